import { Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CAF_LIMITS } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { formatScore } from '../caf-text';
import { BandPanel } from './BandPanel';
import type { ScoreFieldsProps } from './ScoreFields.types';
import { checkScore, DIMENSION_LABEL, dimensionsFor, fieldError, scoreOf } from './score-values';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  dimension: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  input: { maxWidth: '8rem' },
  mean: { display: 'block', marginBlock: tokens.spacingVerticalS },
});

/**
 * The score inputs of one subcriterion under the cycle's method, each next to its panel: classical
 * one 0–100 score; fine-tuned PLAN/DO/CHECK/ACT (enablers) or TRENDS/TARGETS (results) and their mean.
 */
export function ScoreFields({ idPrefix, method, kind, values, disabled, onChange }: ScoreFieldsProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const dimensions = dimensionsFor(method, kind);
  const checked = checkScore(method, kind, values);
  const mean = scoreOf(checked.input);
  return (
    <div>
      <div className={styles.grid}>
        {dimensions.map((dimension) => {
          const text = values[dimension] ?? '';
          const error = checked.errors[dimension] ?? fieldError(text);
          const typed = error === null && text.trim() !== '' ? Number(text) : null;
          const panelId = `${idPrefix}-${dimension}-panel`;
          return (
            <div key={dimension} className={styles.dimension}>
              <Field
                label={t(DIMENSION_LABEL[dimension])}
                validationState={error === null ? 'none' : 'error'}
                validationMessage={error === null ? undefined : t(error)}
              >
                <Input
                  className={styles.input}
                  type="number"
                  inputMode="numeric"
                  min={CAF_LIMITS.minPoints}
                  max={CAF_LIMITS.maxPoints}
                  step={1}
                  value={text}
                  disabled={disabled}
                  onChange={(_event, data) => onChange(dimension, data.value)}
                />
              </Field>
              <BandPanel id={panelId} dimension={dimension} kind={kind} score={typed} />
            </div>
          );
        })}
      </div>
      {method === 'fineTuned' && (
        <Text className={styles.mean} weight="semibold" role="status">
          {t('tab.caf.score.mean', { score: formatScore(locale, mean) })}
        </Text>
      )}
    </div>
  );
}
