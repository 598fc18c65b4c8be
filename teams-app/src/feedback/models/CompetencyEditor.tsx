import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_LIMITS } from '@kvalita/core';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { RuleMessage } from '../parts/RuleMessage';
import { useFieldMessage } from '../parts/use-field-message';
import { addBehaviour, editCompetency, removeBehaviour, removeCompetency } from './model-form';
import type { CompetencyEditorProps } from './ModelEditor.types';

const useStyles = makeStyles({
  fieldset: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
  behaviours: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  behaviour: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * One competency: its name, its definition and its 3–6 observable behaviours. Adding a behaviour
 * moves focus to its field; removing one moves it to "add", so the keyboard never falls off the page.
 */
export function CompetencyEditor({
  draft,
  onChange,
  errors,
  groupIndex: g,
  index: c,
  number,
}: CompetencyEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const message = useFieldMessage(errors);
  const competency = draft.groups[g]?.competencies[c];
  // The field to focus after the next render ('' = the add button), set by add and remove.
  const focusNext = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const fields = useRef(new Map<string, HTMLInputElement>());
  useEffect(() => {
    if (focusNext.current === null) return;
    (fields.current.get(focusNext.current) ?? addButton.current)?.focus();
    focusNext.current = null;
  });
  if (competency === undefined) return null;
  const at = `groups.${g}.competencies.${c}`;
  const { max } = FEEDBACK_LIMITS.behavioursPerCompetency;
  const legend =
    competency.name.trim() === ''
      ? t('tab.feedback.model.competency', { number })
      : t('tab.feedback.model.competencyNamed', { number, name: competency.name.trim() });
  const edit = (part: 'name' | 'definition', value: string) =>
    onChange(editCompetency(draft, g, c, (old) => ({ ...old, [part]: value })));
  const setBehaviour = (b: number, text: string) =>
    onChange(
      editCompetency(draft, g, c, (old) => ({
        ...old,
        behaviours: old.behaviours.map((behaviour, at2) => (at2 === b ? { ...behaviour, text } : behaviour)),
      })),
    );
  const add = () => {
    const next = addBehaviour(draft, g, c);
    onChange(next);
    focusNext.current = next.groups[g]?.competencies[c]?.behaviours.at(-1)?.key ?? '';
  };
  const remove = (b: number) => {
    onChange(removeBehaviour(draft, g, c, b));
    focusNext.current = '';
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <Field
        label={t('tab.feedback.model.competencyName')}
        required
        validationMessage={message(`${at}.name`)}
      >
        <Input
          value={competency.name}
          maxLength={FEEDBACK_LIMITS.competencyName}
          onChange={(_e, data) => edit('name', data.value)}
        />
      </Field>
      <Field
        label={t('tab.feedback.model.definition')}
        required
        validationMessage={message(`${at}.definition`)}
      >
        <Textarea
          value={competency.definition}
          maxLength={FEEDBACK_LIMITS.definition}
          onChange={(_e, data) => edit('definition', data.value)}
        />
      </Field>
      <ol className={styles.behaviours} aria-label={t('tab.feedback.model.behaviours', { name: legend })}>
        {competency.behaviours.map((behaviour, b) => (
          <li key={behaviour.key} className={styles.behaviour}>
            <Field
              className={styles.grow}
              label={t('tab.feedback.model.behaviour', { number: b + 1 })}
              required
              validationMessage={message(`${at}.behaviours.${b}.text`)}
            >
              <Input
                ref={(element) => {
                  if (element === null) fields.current.delete(behaviour.key);
                  else fields.current.set(behaviour.key, element);
                }}
                value={behaviour.text}
                maxLength={FEEDBACK_LIMITS.behaviour}
                onChange={(_e, data) => setBehaviour(b, data.value)}
              />
            </Field>
            <Button onClick={() => remove(b)}>
              {t('tab.feedback.model.removeBehaviour', { number: b + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <RuleMessage text={message(`${at}.behaviours`)} />
      <div className={styles.buttons}>
        <Button ref={addButton} disabled={competency.behaviours.length >= max} onClick={add}>
          {t('tab.feedback.model.addBehaviour')}
        </Button>
        <Button appearance="subtle" onClick={() => onChange(removeCompetency(draft, g, c))}>
          {t('tab.feedback.model.removeCompetency', { number })}
        </Button>
      </div>
    </fieldset>
  );
}
