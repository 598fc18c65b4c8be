import { CAF_2020_CRITERIA } from './criteria.data';
import type {
  Criterion,
  LocalizedCriterion,
  Locale,
  Subcriterion,
  TextStatus,
  TitleOverrides,
} from './model.types';

export function allSubcriteria(criteria: readonly Criterion[] = CAF_2020_CRITERIA): Subcriterion[] {
  return criteria.flatMap((criterion) => criterion.subcriteria);
}

export function findSubcriterion(
  code: string,
  criteria: readonly Criterion[] = CAF_2020_CRITERIA,
): Subcriterion | undefined {
  return allSubcriteria(criteria).find((subcriterion) => subcriterion.code === code);
}

export function isSubcriterionCode(code: string): boolean {
  return findSubcriterion(code) !== undefined;
}

/** Picks one locale's titles; an office's override wins and counts as confirmed by that office. */
export function localizeModel(
  locale: Locale,
  overrides: TitleOverrides = {},
  criteria: readonly Criterion[] = CAF_2020_CRITERIA,
): LocalizedCriterion[] {
  const pick = (code: string, text: { text: string; status: TextStatus }) => {
    const override = overrides[code]?.[locale];
    return override === undefined
      ? { title: text.text, titleStatus: text.status }
      : { title: override, titleStatus: 'confirmed' as const };
  };
  return criteria.map((criterion) => ({
    number: criterion.number,
    kind: criterion.kind,
    ...pick(String(criterion.number), criterion.title[locale]),
    subcriteria: criterion.subcriteria.map((subcriterion) => ({
      code: subcriterion.code,
      ...pick(subcriterion.code, subcriterion.title[locale]),
    })),
  }));
}
