import type { CompetencyModelDraft } from './contract';
import { FEEDBACK_LIMITS } from './contract';

/** The sealed sizes of an answer's two parts: the group with the ratings, and the comments. */
export interface SealedAnswerSizes {
  readonly ratings: number;
  readonly comments: number;
}

/**
 * The sealed sizes of every answer to a model (docs/privacy.md): the longest answer the request
 * schema lets through — every behaviour answered, the longest group name; a full comment for every
 * competency group, each character at most 3 bytes of UTF-8 once JSON-escaped — so an answer with
 * no comment and one with long comments look alike in SharePoint. Two parts because the
 * organisation view reads only the ratings: a cycle of 5,000 answers then reads a tenth of the bytes.
 */
export function sealedAnswerBytes(model: Pick<CompetencyModelDraft, 'groups'>): SealedAnswerSizes {
  const behaviours = model.groups.flatMap((group) =>
    group.competencies.flatMap((competency) => competency.behaviours),
  );
  const ratings = behaviours.reduce((sum, behaviour) => sum + behaviour.key.length + '"":null,'.length, 0);
  const comments = model.groups.reduce(
    (sum, group) => sum + group.key.length + '"":"",'.length + FEEDBACK_LIMITS.comment * 3,
    0,
  );
  return {
    ratings: '{"g":"directReport","r":{}}'.length + ratings + 16,
    comments: '{}'.length + comments + 16,
  };
}
