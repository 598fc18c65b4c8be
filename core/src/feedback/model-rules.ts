import type { CompetencyModelDraft } from './contract';
import { FEEDBACK_LIMITS, RATING_POINTS } from './contract';

/*
 * What makes a competency model usable in a cycle (DOMAIN "360°": 3–10 competencies, 3–6 observable
 * behaviours each, five anchored points). The editor shows each problem beside its field; the .xlsx
 * import names the row. The request schema checks types and lengths; these are the model's rules.
 */

export const MODEL_PROBLEMS = [
  'groupsCount',
  'competenciesCount',
  'behavioursCount',
  'behavioursTotal',
  'duplicateKey',
  'anchors',
  'emptyGroup',
] as const;
export type ModelProblemKind = (typeof MODEL_PROBLEMS)[number];

export interface ModelProblem {
  readonly kind: ModelProblemKind;
  /** Where: "groups.1.competencies.0.behaviours", "scale", "groups.0.key" … */
  readonly path: string;
  /** The key or count concerned, for the message. */
  readonly value: string;
}

export function modelProblems(draft: CompetencyModelDraft): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const limits = FEEDBACK_LIMITS;
  const outside = (count: number, range: { min: number; max: number }) =>
    count < range.min || count > range.max;
  if (outside(draft.groups.length, limits.groupsPerModel))
    problems.push({ kind: 'groupsCount', path: 'groups', value: String(draft.groups.length) });
  const competencies = draft.groups.flatMap((group) => group.competencies);
  if (outside(competencies.length, limits.competenciesPerModel))
    problems.push({ kind: 'competenciesCount', path: 'groups', value: String(competencies.length) });
  const behaviours = competencies.reduce((sum, competency) => sum + competency.behaviours.length, 0);
  if (behaviours > limits.behavioursPerModel)
    problems.push({ kind: 'behavioursTotal', path: 'groups', value: String(behaviours) });
  if (
    draft.scale.length !== RATING_POINTS.length ||
    draft.scale.some((anchor, index) => anchor.point !== RATING_POINTS[index])
  )
    problems.push({ kind: 'anchors', path: 'scale', value: String(draft.scale.length) });

  // Keys are unique across the whole model: a rating is stored by its behaviour's key alone.
  const seen = new Set<string>();
  const claim = (key: string, path: string) => {
    if (seen.has(key)) problems.push({ kind: 'duplicateKey', path, value: key });
    seen.add(key);
  };
  draft.groups.forEach((group, g) => {
    claim(group.key, `groups.${g}.key`);
    if (group.competencies.length === 0)
      problems.push({ kind: 'emptyGroup', path: `groups.${g}`, value: group.key });
    group.competencies.forEach((competency, c) => {
      const at = `groups.${g}.competencies.${c}`;
      claim(competency.key, `${at}.key`);
      if (outside(competency.behaviours.length, limits.behavioursPerCompetency))
        problems.push({ kind: 'behavioursCount', path: `${at}.behaviours`, value: competency.key });
      competency.behaviours.forEach((behaviour, b) => claim(behaviour.key, `${at}.behaviours.${b}.key`));
    });
  });
  return problems;
}

/** Every behaviour key of a model, in the model's order (a rating submit must answer each). */
export function behaviourKeys(draft: Pick<CompetencyModelDraft, 'groups'>): string[] {
  return draft.groups.flatMap((group) =>
    group.competencies.flatMap((competency) => competency.behaviours.map((behaviour) => behaviour.key)),
  );
}

/** A model key from its name: ASCII, lower case, '-' between words, unique among `taken`. */
export function nextModelKey(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^[^a-z]+/, '')
      .slice(0, FEEDBACK_LIMITS.key - 4) || 'model';
  if (!taken.has(slug)) return slug;
  for (let suffix = 2; ; suffix += 1) {
    const key = `${slug}-${suffix}`;
    if (!taken.has(key)) return key;
  }
}
