import { Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CAF_LIMITS, type MessageKey, type ScoreTexts } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useNarrowScreen } from '../../platform/components/use-narrow-screen';
import { EvidenceList } from './EvidenceList';
import { ScoreFields } from './ScoreFields';
import { SubcriterionExamples } from './SubcriterionExamples';
import type { SubcriterionFormProps } from './scoring.types';

const TEXT_FIELDS: readonly { key: keyof ScoreTexts; label: MessageKey }[] = [
  { key: 'strengths', label: 'tab.caf.texts.strengths' },
  { key: 'areasForImprovement', label: 'tab.caf.texts.areas' },
  { key: 'improvementIdeas', label: 'tab.caf.texts.ideas' },
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * One subcriterion: the score(s) against the panel, the three texts and the evidence links. The
 * model's examples come first, except on a phone, where the score comes first (on the first screen).
 */
export function SubcriterionForm({ code, kind, method, entry, readOnly, onChange }: SubcriterionFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const narrow = useNarrowScreen();
  const idPrefix = `score-${code.replace('.', '-')}`;
  return (
    <div className={styles.root}>
      {!narrow && <SubcriterionExamples code={code} />}
      <ScoreFields
        idPrefix={idPrefix}
        method={method}
        kind={kind}
        values={entry.values}
        disabled={readOnly}
        onChange={(dimension, value) =>
          onChange({ ...entry, values: { ...entry.values, [dimension]: value } })
        }
      />
      {narrow && <SubcriterionExamples code={code} />}
      {TEXT_FIELDS.map(({ key, label }) => (
        <Field key={key} label={t(label)}>
          <Textarea
            value={entry[key]}
            maxLength={CAF_LIMITS.scoreText}
            resize="vertical"
            disabled={readOnly}
            onChange={(_event, data) => onChange({ ...entry, [key]: data.value })}
          />
        </Field>
      ))}
      <EvidenceList
        idPrefix={idPrefix}
        evidence={entry.evidence}
        readOnly={readOnly}
        onChange={(evidence) => onChange({ ...entry, evidence })}
      />
    </div>
  );
}
