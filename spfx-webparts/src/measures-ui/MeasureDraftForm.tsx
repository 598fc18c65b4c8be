import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  MEASURE_KINDS,
  MEASURE_LIMITS,
  MEASURE_ORIGINS,
  MEASURE_PRIORITIES,
  type DepartmentOption,
  type MeasureDraft,
  type MeasureKind,
  type MeasureOrigin,
  type MeasurePriority,
} from '@kvalita/core';

import { orNull } from './draft';
import { classes } from './styles';
import { fill, type MeasuresTexts } from './texts';

export interface MeasureDraftFormProps {
  readonly texts: MeasuresTexts;
  readonly initial: MeasureDraft;
  readonly departments: readonly DepartmentOption[];
  readonly busy: boolean;
  readonly onSubmit: (draft: MeasureDraft) => void;
  readonly onCancel: () => void;
}

/** Create or edit a measure: the fields a register user fills; the rest of the draft is kept. */
export function MeasureDraftForm(props: MeasureDraftFormProps): React.ReactElement {
  const { texts } = props;
  const [draft, setDraft] = React.useState<MeasureDraft>(props.initial);
  const [missing, setMissing] = React.useState<string | undefined>(undefined);
  const set = (change: Partial<MeasureDraft>): void => setDraft((current) => ({ ...current, ...change }));

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    const required: [string, string][] = [
      [texts.FormTitle, draft.title],
      [texts.FormDeadline, draft.deadline],
      [texts.FormProblem, draft.problem],
    ];
    const empty = required.filter(([, value]) => value.trim() === '').map(([label]) => label);
    if (empty.length > 0) {
      setMissing(fill(texts.FormRequired, empty.join(', ')));
      return;
    }
    setMissing(undefined);
    props.onSubmit({ ...draft, title: draft.title.trim() });
  };

  return (
    <form className={classes.form} onSubmit={submit} noValidate={true}>
      <TextField
        label={texts.FormTitle}
        required={true}
        maxLength={MEASURE_LIMITS.title}
        value={draft.title}
        onChange={(_event, value) => set({ title: value ?? '' })}
      />
      <Dropdown
        label={texts.FormKind}
        options={MEASURE_KINDS.map((kind) => ({ key: kind, text: texts.Kind[kind] }))}
        selectedKey={draft.kind}
        onChange={(_event, option) => option && set({ kind: option.key as MeasureKind })}
      />
      <Dropdown
        label={texts.FormOrigin}
        options={MEASURE_ORIGINS.map((origin) => ({ key: origin, text: texts.Origin[origin] }))}
        selectedKey={draft.source.origin}
        onChange={(_event, option) =>
          option && set({ source: { ...draft.source, origin: option.key as MeasureOrigin } })
        }
      />
      <TextField
        label={texts.FormSubcriterion}
        value={draft.source.subcriterionCode ?? ''}
        onChange={(_event, value) => set({ source: { ...draft.source, subcriterionCode: orNull(value ?? '') } })}
      />
      <Dropdown
        label={texts.FormDepartment}
        options={props.departments.map((department) => ({ key: department.code, text: department.name }))}
        selectedKey={draft.departmentCode ?? null}
        onChange={(_event, option) => option && set({ departmentCode: String(option.key) })}
      />
      <Dropdown
        label={texts.FormPriority}
        options={MEASURE_PRIORITIES.map((priority) => ({ key: priority, text: texts.Priority[priority] }))}
        selectedKey={draft.priority}
        onChange={(_event, option) => option && set({ priority: option.key as MeasurePriority })}
      />
      <TextField
        label={texts.FormDeadline}
        required={true}
        type="date"
        value={draft.deadline}
        onChange={(_event, value) => set({ deadline: value ?? '' })}
      />
      <TextField
        label={texts.FormProblem}
        required={true}
        multiline={true}
        rows={3}
        maxLength={MEASURE_LIMITS.longText}
        value={draft.problem}
        onChange={(_event, value) => set({ problem: value ?? '' })}
      />
      <TextField
        label={texts.FormExpectedResult}
        multiline={true}
        rows={2}
        maxLength={MEASURE_LIMITS.longText}
        value={draft.expectedResult}
        onChange={(_event, value) => set({ expectedResult: value ?? '' })}
      />
      <TextField
        label={texts.FormEffectivenessCriterion}
        multiline={true}
        rows={2}
        maxLength={MEASURE_LIMITS.longText}
        value={draft.effectivenessCriterion}
        onChange={(_event, value) => set({ effectivenessCriterion: value ?? '' })}
      />
      <TextField
        label={texts.FormCheckDate}
        type="date"
        value={draft.checkDate ?? ''}
        onChange={(_event, value) => set({ checkDate: orNull(value ?? '') })}
      />
      {missing === undefined ? undefined : <p role="alert">{missing}</p>}
      <div className={classes.actions}>
        <PrimaryButton type="submit" text={texts.Submit} disabled={props.busy} />
        <DefaultButton text={texts.CancelForm} onClick={props.onCancel} disabled={props.busy} />
      </div>
    </form>
  );
}
