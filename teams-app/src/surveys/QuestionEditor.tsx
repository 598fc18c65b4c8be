import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { QUESTION_TYPES, type QuestionType, SURVEY_LIMITS } from '@kvalita/core';
import { useI18n } from '../platform/i18n/i18n-context';
import { isChoice, withType, type QuestionForm } from './draft-form';
import { TextPair } from './TextPair';

export interface QuestionEditorProps {
  readonly question: QuestionForm;
  /** 0-based position and how many questions there are. */
  readonly index: number;
  readonly count: number;
  readonly error: (path: string) => string | undefined;
  readonly onChange: (question: QuestionForm) => void;
  readonly onMove: (offset: -1 | 1) => void;
  readonly onRemove: () => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  options: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  option: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** One question: type, text in both languages, options for choice questions, and moving it. */
export function QuestionEditor({
  question,
  index,
  count,
  error,
  onChange,
  onMove,
  onRemove,
}: QuestionEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const number = index + 1;
  const at = `questions.${question.key}`;
  const headingId = `question-${question.key}`;
  const setOption = (position: number, option: { cs: string; en: string }) =>
    onChange({
      ...question,
      options: question.options.map((current, place) => (place === position ? option : current)),
    });
  const optionsError = error(`${at}.options`);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t('tab.surveys.question.heading', { number })}
      </h3>
      <Field label={t('tab.surveys.question.type')}>
        <Select
          value={question.type}
          onChange={(_event, data) => onChange(withType(question, data.value as QuestionType))}
        >
          {QUESTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`tab.surveys.type.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      <TextPair
        labelCs={t('tab.surveys.question.textCs')}
        labelEn={t('tab.surveys.question.textEn')}
        cs={question.textCs}
        en={question.textEn}
        maxLength={SURVEY_LIMITS.questionText}
        required
        errorCs={error(`${at}.text.cs`)}
        errorEn={error(`${at}.text.en`)}
        onChange={({ cs, en }) => onChange({ ...question, textCs: cs, textEn: en })}
      />
      {isChoice(question.type) && (
        <fieldset
          className={styles.options}
          aria-describedby={optionsError ? `${headingId}-options-error` : undefined}
        >
          <legend className={styles.legend}>{t('tab.surveys.question.options')}</legend>
          {question.options.map((option, position) => (
            <div key={position} className={styles.option}>
              <TextPair
                labelCs={t('tab.surveys.question.optionCs', { number: position + 1 })}
                labelEn={t('tab.surveys.question.optionEn', { number: position + 1 })}
                cs={option.cs}
                en={option.en}
                maxLength={SURVEY_LIMITS.option}
                required
                errorCs={error(`${at}.options.${position}.cs`)}
                errorEn={error(`${at}.options.${position}.en`)}
                onChange={(next) => setOption(position, next)}
              />
              <Button
                size="small"
                disabled={question.options.length <= SURVEY_LIMITS.minOptions}
                aria-label={t('tab.surveys.question.removeOption', { number: position + 1 })}
                onClick={() =>
                  onChange({
                    ...question,
                    options: question.options.filter((_, place) => place !== position),
                  })
                }
              >
                {t('tab.surveys.question.removeOptionShort')}
              </Button>
            </div>
          ))}
          <div>
            <Button
              size="small"
              disabled={question.options.length >= SURVEY_LIMITS.maxOptions}
              onClick={() => onChange({ ...question, options: [...question.options, { cs: '', en: '' }] })}
            >
              {t('tab.surveys.question.addOption')}
            </Button>
          </div>
          {optionsError && (
            <span id={`${headingId}-options-error`} className={styles.error}>
              {optionsError}
            </span>
          )}
        </fieldset>
      )}
      <div className={styles.bar}>
        <Button
          id={`${headingId}-up`}
          size="small"
          disabled={index === 0}
          aria-label={t('tab.surveys.question.moveUp', { number })}
          onClick={() => onMove(-1)}
        >
          {t('tab.surveys.question.moveUpShort')}
        </Button>
        <Button
          id={`${headingId}-down`}
          size="small"
          disabled={index === count - 1}
          aria-label={t('tab.surveys.question.moveDown', { number })}
          onClick={() => onMove(1)}
        >
          {t('tab.surveys.question.moveDownShort')}
        </Button>
        <Button
          size="small"
          disabled={count <= 1}
          aria-label={t('tab.surveys.question.remove', { number })}
          onClick={onRemove}
        >
          {t('tab.surveys.question.removeShort')}
        </Button>
      </div>
    </section>
  );
}
