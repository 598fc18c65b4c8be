import {
  normalizeEmail,
  type AnswersStore,
  type NominationsStore,
  type PersonRef,
  type StoredFeedbackCycle,
  type StoredNomination,
  type SubjectsStore,
} from '@kvalita/core';
import type { RespondentKeyer } from '../../platform/respondent-key';
import { answerKeys } from '../feedback-keys';

/** A rater's forms in one cycle, as the service counts them from the keyed answers. */
export interface RaterStanding {
  readonly email: string;
  /** Forms answered (declined ones are not counted in either figure). */
  readonly done: number;
  readonly total: number;
  /** Subjects whose forms are still open, for the reminder's "still open: …". */
  readonly open: readonly PersonRef[];
}

/**
 * Who has forms left in a cycle. "Done" is never stored by name: the service derives it from the
 * answers' respondent keys, which only it can compute (FeedbackService implements this), so the
 * chat asks it instead of reading answers.
 */
export type FeedbackProgress = (cycle: StoredFeedbackCycle) => Promise<readonly RaterStanding[]>;

export interface KeyedProgressDeps {
  readonly nominations: Pick<NominationsStore, 'all'>;
  readonly subjects: Pick<SubjectsStore, 'all'>;
  readonly answers: Pick<AnswersStore, 'existing'>;
  /** The service's keyed hash (the same secret and scheme the answers are stored under). */
  readonly keyer: RespondentKeyer;
}

/**
 * FeedbackProgress from the answers' keys, with the service's key scheme (feedback-keys.ts): each
 * approved nomination's respondent key is recomputed and looked up, all of a cycle at once. What a
 * reminder needs and nothing more: counts per rater and the names of subjects still open.
 */
export function keyedFeedbackProgress(deps: KeyedProgressDeps): FeedbackProgress {
  const keys = answerKeys(deps.keyer);
  return async (cycle) => {
    const forms: StoredNomination[] = [];
    for await (const page of deps.nominations.all(cycle.id))
      forms.push(...page.filter((nomination) => nomination.state === 'approved'));
    const names = new Map<number, PersonRef>();
    for await (const page of deps.subjects.all(cycle.id))
      for (const subject of page) names.set(subject.id, subject.person);
    const keyOf = new Map(
      forms.map((form) => [
        form.id,
        keys.formKeys(cycle.id, form.subjectEmail, form.raterEmail).respondentKey,
      ]),
    );
    const existing =
      forms.length > 0
        ? await deps.answers.existing(cycle.id, [...new Set(keyOf.values())])
        : new Set<string>();
    const byRater = new Map<string, { done: number; total: number; open: PersonRef[] }>();
    for (const form of forms) {
      const email = normalizeEmail(form.raterEmail);
      const standing = byRater.get(email) ?? { done: 0, total: 0, open: [] };
      standing.total += 1;
      if (existing.has(keyOf.get(form.id) ?? '')) standing.done += 1;
      else
        standing.open.push(
          names.get(form.subjectId) ?? { email: form.subjectEmail, displayName: form.subjectEmail },
        );
      byRater.set(email, standing);
    }
    return [...byRater].map(([email, standing]) => ({ email, ...standing }));
  };
}
