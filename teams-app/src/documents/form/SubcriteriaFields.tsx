import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { SubcriteriaFieldsProps } from './SubcriteriaFields.types';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  criterion: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
  },
  criterionLegend: { padding: 0, width: '100%' },
});

/** The CAF 2020 subcriteria the document is evidence for, grouped by criterion. */
export function SubcriteriaFields({ values, onChange, model }: SubcriteriaFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const legendId = useId();
  const toggle = (code: string, on: boolean) =>
    onChange({
      ...values,
      relatedSubcriteria: on
        ? [...values.relatedSubcriteria, code].sort()
        : values.relatedSubcriteria.filter((old) => old !== code),
    });
  return (
    <fieldset className={styles.fieldset} aria-labelledby={legendId}>
      <legend id={legendId} className={styles.legend}>
        {t('tab.documents.form.subcriteria')}
      </legend>
      {model?.criteria.map((criterion) => (
        <fieldset key={criterion.number} className={styles.criterion}>
          <legend className={styles.criterionLegend}>
            {t('tab.documents.form.criterion', { number: criterion.number, title: criterion.title })}
          </legend>
          {criterion.subcriteria.map((sub) => (
            <Checkbox
              key={sub.code}
              label={`${sub.code} ${sub.title}`}
              checked={values.relatedSubcriteria.includes(sub.code)}
              onChange={(_e, data) => toggle(sub.code, data.checked === true)}
            />
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
