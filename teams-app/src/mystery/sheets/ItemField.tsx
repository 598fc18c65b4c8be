import { Caption1, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ChecklistItem, ItemRecord } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { answersOf } from './record-form';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  answers: { display: 'flex', flexWrap: 'wrap' },
  critical: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** One checklist item: its statement, its answers as a radio group (a critical one without "partly"), a note. */
export function ItemField({
  item,
  value,
  disabled,
  onAnswer,
  onNote,
}: {
  readonly item: ChecklistItem;
  readonly value: ItemRecord;
  readonly disabled: boolean;
  readonly onAnswer: (answer: ItemRecord['answer']) => void;
  readonly onNote: (note: string) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.item}>
      <Field
        label={
          <>
            {item.text}
            {item.critical && <span className={styles.critical}> {t('tab.mystery.item.critical')}</span>}
          </>
        }
        hint={item.hint === '' ? undefined : item.hint}
      >
        <RadioGroup
          layout="horizontal"
          className={styles.answers}
          value={value.answer ?? ''}
          disabled={disabled}
          onChange={(_, data) => onAnswer(data.value as ItemRecord['answer'])}
        >
          {answersOf(item).map((answer) => (
            <Radio key={answer} value={answer} label={t(`tab.mystery.answer.${answer}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('tab.mystery.item.note')} size="small">
        <Textarea
          size="small"
          resize="vertical"
          value={value.note}
          disabled={disabled}
          onChange={(_, data) => onNote(data.value)}
        />
      </Field>
      {item.weight > 1 && <Caption1>{t('tab.mystery.item.weight', { weight: item.weight })}</Caption1>}
    </div>
  );
}
