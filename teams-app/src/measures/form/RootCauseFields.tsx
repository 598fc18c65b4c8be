import { Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { MEASURE_LIMITS, ROOT_CAUSE_CATEGORIES } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { RootCauseFieldsProps } from './MeasureForm.types';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  categories: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The root cause: five "why?" answers and the cause categories. */
export function RootCauseFields({ values, onChange, errors }: RootCauseFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const whysError = errors.whys;
  return (
    <>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('tab.measures.form.whys')}</legend>
        {values.whys.map((why, index) => (
          <Field key={index} label={t('tab.measures.form.why', { number: index + 1 })}>
            <Input
              value={why}
              maxLength={MEASURE_LIMITS.whyText}
              onChange={(_e, data) =>
                onChange({ ...values, whys: values.whys.map((old, at) => (at === index ? data.value : old)) })
              }
            />
          </Field>
        ))}
        {whysError && (
          <span role="alert" className={styles.error}>
            {t(whysError.key, whysError.values)}
          </span>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('tab.measures.form.categories')}</legend>
        <div className={styles.categories}>
          {ROOT_CAUSE_CATEGORIES.map((category) => (
            <Checkbox
              key={category}
              label={t(`tab.measures.cause.${category}`)}
              checked={values.categories.includes(category)}
              onChange={(_e, data) =>
                onChange({
                  ...values,
                  categories:
                    data.checked === true
                      ? [...values.categories, category]
                      : values.categories.filter((old) => old !== category),
                })
              }
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
