import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ANONYMOUS_GROUPS, FEEDBACK_LIMITS, type AnonymousGroup } from '@kvalita/core';
import { DepartmentPicker } from '../../platform/components/DepartmentPicker';
import { PeopleListField } from '../../platform/components/PersonFields';
import { useI18n } from '../../platform/i18n/i18n-context';
import { RuleMessage } from '../parts/RuleMessage';
import { useFieldMessage } from '../parts/use-field-message';
import type { CycleFormValues } from './cycle-form';
import type { CycleFormProps } from './CycleFormPage.types';

const useStyles = makeStyles({
  fields: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  fieldset: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  number: { width: '8rem' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

type DateField = 'nominationDeadline' | 'approvalDeadline' | 'ratingDeadline';
type NumberField = 'groupThreshold' | 'commentThreshold' | 'raterLoad';

/** A cycle's fields: name, model, whom it rates, three deadlines, raters per group, thresholds, load cap. */
export function CycleForm({ api, values, onChange, errors, models }: CycleFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const message = useFieldMessage(errors);
  const set = <K extends keyof CycleFormValues>(key: K, value: CycleFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const setRule = (group: AnonymousGroup, bound: 'min' | 'max', value: string) =>
    set('rules', { ...values.rules, [group]: { ...values.rules[group], [bound]: value } });
  const date = (field: DateField) => (
    <Field label={t(`tab.feedback.cycleForm.${field}`)} required validationMessage={message(field)}>
      <Input type="date" value={values[field]} onChange={(_e, data) => set(field, data.value)} />
    </Field>
  );
  const number = (field: NumberField, hint: string) => (
    <Field
      label={t(`tab.feedback.cycleForm.${field}`)}
      hint={hint}
      required
      validationMessage={message(field)}
    >
      <Input
        className={styles.number}
        type="number"
        inputMode="numeric"
        value={values[field]}
        onChange={(_e, data) => set(field, data.value)}
      />
    </Field>
  );
  const L = FEEDBACK_LIMITS;
  return (
    <div className={styles.fields}>
      <Field label={t('tab.feedback.cycleForm.name')} required validationMessage={message('name')}>
        <Input value={values.name} maxLength={L.cycleName} onChange={(_e, data) => set('name', data.value)} />
      </Field>
      <Field
        label={t('tab.feedback.cycleForm.model')}
        hint={t('tab.feedback.cycleForm.modelHint')}
        required
        validationMessage={message('modelId')}
      >
        <Select value={values.modelId} onChange={(_e, data) => set('modelId', data.value)}>
          <option value="">{t('tab.feedback.cycleForm.noModel')}</option>
          {models.map((model) => (
            <option key={model.id} value={String(model.id)}>
              {t('tab.feedback.models.link', { name: model.name, version: model.version })}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('tab.feedback.cycleForm.subjects')}</legend>
        <p className={styles.hint}>{t('tab.feedback.cycleForm.subjectsHint')}</p>
        <PeopleListField
          api={api}
          label={t('tab.feedback.cycleForm.addPerson')}
          listLabel={t('tab.feedback.cycleForm.people', { count: values.subjects.length })}
          people={values.subjects}
          onChange={(people) => set('subjects', people)}
          removeLabel={(person) => t('tab.feedback.cycleForm.removePerson', { name: person.displayName })}
          error={message('subjects')}
        />
        <DepartmentPicker
          api={api}
          legend={t('tab.feedback.cycleForm.departments')}
          selected={values.departmentCodes}
          onChange={(codes) => set('departmentCodes', codes)}
          validationMessage={message('departmentCodes')}
          errorId="feedback-cycle-departments-error"
        />
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('tab.feedback.cycleForm.deadlines')}</legend>
        <div className={styles.row}>
          {date('nominationDeadline')}
          {date('approvalDeadline')}
          {date('ratingDeadline')}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('tab.feedback.cycleForm.rules')}</legend>
        <p className={styles.hint}>{t('tab.feedback.cycleForm.rulesHint')}</p>
        {ANONYMOUS_GROUPS.map((group) => (
          <div key={group}>
            <div className={styles.row} role="group" aria-label={t(`tab.feedback.group.${group}`)}>
              {(['min', 'max'] as const).map((bound) => (
                <Field
                  key={bound}
                  label={t(`tab.feedback.cycleForm.${bound}`, { group: t(`tab.feedback.group.${group}`) })}
                  required
                  validationMessage={message(`rules.${group}.${bound}`)}
                >
                  <Input
                    className={styles.number}
                    type="number"
                    inputMode="numeric"
                    value={values.rules[group][bound]}
                    onChange={(_e, data) => setRule(group, bound, data.value)}
                  />
                </Field>
              ))}
            </div>
            <RuleMessage text={message(`rules.${group}`)} />
          </div>
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('tab.feedback.cycleForm.thresholds')}</legend>
        <div className={styles.row}>
          {number(
            'groupThreshold',
            t('tab.feedback.cycleForm.groupThresholdHint', {
              min: L.groupThreshold.min,
              max: L.groupThreshold.max,
            }),
          )}
          {number(
            'commentThreshold',
            t('tab.feedback.cycleForm.commentThresholdHint', {
              min: L.commentThreshold.min,
              max: L.commentThreshold.max,
            }),
          )}
          {number(
            'raterLoad',
            t('tab.feedback.cycleForm.raterLoadHint', { min: L.raterLoad.min, max: L.raterLoad.max }),
          )}
        </div>
      </fieldset>
    </div>
  );
}
