import { localizeModel, type CriterionKind, type LocalizedCriterion } from '@kvalita/core';
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context';

export interface SubcriterionInfo {
  readonly code: string;
  readonly title: string;
  readonly criterion: number;
  readonly kind: CriterionKind;
}

export interface ModelIndex {
  readonly criteria: readonly LocalizedCriterion[];
  /** The 28 subcriteria in model order. */
  readonly subcriteria: readonly SubcriterionInfo[];
  readonly byCode: ReadonlyMap<string, SubcriterionInfo>;
}

/** The CAF model in the UI language, indexed by subcriterion code (from core: no request needed). */
export function useModelIndex(): ModelIndex {
  const { locale } = useI18n();
  return useMemo(() => {
    const criteria = localizeModel(locale);
    const subcriteria = criteria.flatMap((criterion) =>
      criterion.subcriteria.map((subcriterion) => ({
        code: subcriterion.code,
        title: subcriterion.title,
        criterion: criterion.number,
        kind: criterion.kind,
      })),
    );
    return { criteria, subcriteria, byCode: new Map(subcriteria.map((item) => [item.code, item])) };
  }, [locale]);
}
