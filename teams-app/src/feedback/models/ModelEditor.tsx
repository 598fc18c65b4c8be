import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_LIMITS } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { RuleMessage } from '../parts/RuleMessage';
import { useFieldMessage } from '../parts/use-field-message';
import { GroupEditor } from './GroupEditor';
import { addGroup } from './model-form';
import type { ModelEditorProps } from './ModelEditor.types';
import { ScaleEditor } from './ScaleEditor';

const useStyles = makeStyles({
  fields: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '56rem' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** A model's every field: name, description, the scale's anchors, groups of competencies with their behaviours. */
export function ModelEditor({ draft, onChange, errors }: ModelEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const message = useFieldMessage(errors);
  const L = FEEDBACK_LIMITS;
  // Competencies are numbered across the whole model: each group's first number.
  const firstNumbers = draft.groups.reduce<number[]>(
    (numbers, _group, g) => [
      ...numbers,
      (numbers[g - 1] ?? 1) + (draft.groups[g - 1]?.competencies.length ?? 0),
    ],
    [],
  );
  return (
    <div className={styles.fields}>
      <Field label={t('tab.feedback.model.name')} required validationMessage={message('name')}>
        <Input
          value={draft.name}
          maxLength={L.modelName}
          onChange={(_e, data) => onChange({ ...draft, name: data.value })}
        />
      </Field>
      <Field label={t('tab.feedback.model.description')} validationMessage={message('description')}>
        <Textarea
          value={draft.description}
          maxLength={L.description}
          onChange={(_e, data) => onChange({ ...draft, description: data.value })}
        />
      </Field>
      <ScaleEditor draft={draft} onChange={onChange} errors={errors} />
      <p className={styles.hint}>
        {t('tab.feedback.model.limits', {
          minCompetencies: L.competenciesPerModel.min,
          maxCompetencies: L.competenciesPerModel.max,
          minBehaviours: L.behavioursPerCompetency.min,
          maxBehaviours: L.behavioursPerCompetency.max,
          total: L.behavioursPerModel,
        })}
      </p>
      {draft.groups.map((group, g) => (
        <GroupEditor
          key={group.key}
          draft={draft}
          onChange={onChange}
          errors={errors}
          index={g}
          firstNumber={firstNumbers[g] ?? 1}
        />
      ))}
      <RuleMessage text={message('groups')} />
      <div>
        <Button
          disabled={draft.groups.length >= L.groupsPerModel.max}
          onClick={() => onChange(addGroup(draft))}
        >
          {t('tab.feedback.model.addGroup')}
        </Button>
      </div>
    </div>
  );
}
