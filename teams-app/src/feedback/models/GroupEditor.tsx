import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_LIMITS } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { RuleMessage } from '../parts/RuleMessage';
import { useFieldMessage } from '../parts/use-field-message';
import { CompetencyEditor } from './CompetencyEditor';
import { addCompetency, editGroup, removeGroup } from './model-form';
import type { GroupEditorProps } from './ModelEditor.types';

const useStyles = makeStyles({
  fieldset: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** A group of competencies (the chat card's sections, with one comment each): its name and competencies. */
export function GroupEditor({ draft, onChange, errors, index: g, firstNumber }: GroupEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const message = useFieldMessage(errors);
  const group = draft.groups[g];
  if (group === undefined) return null;
  const legend =
    group.name.trim() === ''
      ? t('tab.feedback.model.group', { number: g + 1 })
      : t('tab.feedback.model.groupNamed', { number: g + 1, name: group.name.trim() });
  const total = draft.groups.reduce((sum, each) => sum + each.competencies.length, 0);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <Field
        label={t('tab.feedback.model.groupName')}
        required
        validationMessage={message(`groups.${g}.name`)}
      >
        <Input
          value={group.name}
          maxLength={FEEDBACK_LIMITS.groupName}
          onChange={(_e, data) => onChange(editGroup(draft, g, (old) => ({ ...old, name: data.value })))}
        />
      </Field>
      {group.competencies.map((competency, c) => (
        <CompetencyEditor
          key={competency.key}
          draft={draft}
          onChange={onChange}
          errors={errors}
          groupIndex={g}
          index={c}
          number={firstNumber + c}
        />
      ))}
      <RuleMessage text={message(`groups.${g}`)} />
      <div className={styles.buttons}>
        <Button
          disabled={total >= FEEDBACK_LIMITS.competenciesPerModel.max}
          onClick={() => onChange(addCompetency(draft, g))}
        >
          {t('tab.feedback.model.addCompetency', { group: legend })}
        </Button>
        <Button appearance="subtle" onClick={() => onChange(removeGroup(draft, g))}>
          {t('tab.feedback.model.removeGroup', { number: g + 1 })}
        </Button>
      </div>
    </fieldset>
  );
}
