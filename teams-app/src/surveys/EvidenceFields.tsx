import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { SURVEY_EVIDENCE_SUBCRITERIA, type SurveyEvidenceSubcriterion } from '@kvalita/core';
import { useI18n } from '../platform/i18n/i18n-context';
import { useModelIndex } from '../platform/components/use-model-index';

export interface EvidenceFieldsProps {
  readonly selected: readonly SurveyEvidenceSubcriterion[];
  readonly onChange: (selected: SurveyEvidenceSubcriterion[]) => void;
}

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
});

/** CAF subcriteria the survey is evidence for, with their titles from the CAF model. */
export function EvidenceFields({ selected, onChange }: EvidenceFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const model = useModelIndex();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('tab.surveys.evidence.legend')}</legend>
      {SURVEY_EVIDENCE_SUBCRITERIA.map((code) => (
        <Checkbox
          key={code}
          label={`${code} ${model.byCode.get(code)?.title ?? ''}`.trim()}
          checked={selected.includes(code)}
          onChange={(_event, data) =>
            onChange(
              data.checked === true
                ? SURVEY_EVIDENCE_SUBCRITERIA.filter((item) => item === code || selected.includes(item))
                : selected.filter((item) => item !== code),
            )
          }
        />
      ))}
    </fieldset>
  );
}
