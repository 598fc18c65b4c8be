import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { MEASURE_LIMITS, PDCA_PHASES, type Measure, type MeasureTransition, type PdcaPhase } from '@kvalita/core';

import type { MeasuresApi } from '../measures-api/measures-api';
import type { MeasureChangeReply } from '@kvalita/core';
import { orNull } from './draft';
import { classes } from './styles';
import { fill, type MeasuresTexts } from './texts';

/** The actions answered by a small form (edit has the draft form). */
export type FormAction = 'reportProgress' | 'checkEffectiveness' | MeasureTransition;

export interface MeasureActionFormProps {
  readonly texts: MeasuresTexts;
  readonly action: FormAction;
  readonly measure: Measure;
  readonly busy: boolean;
  /** Sends the change; the panel shows the reply or the refusal. */
  readonly onSubmit: (send: (api: MeasuresApi) => Promise<MeasureChangeReply>) => void;
  readonly onCancel: () => void;
}

export function MeasureActionForm(props: MeasureActionFormProps): React.ReactElement {
  const { texts, measure, action } = props;
  const [progress, setProgress] = React.useState(String(measure.progress));
  const [phase, setPhase] = React.useState<PdcaPhase>(measure.phase);
  const [note, setNote] = React.useState('');
  const [effective, setEffective] = React.useState<boolean | undefined>(undefined);
  const [newDeadline, setNewDeadline] = React.useState('');
  const [missing, setMissing] = React.useState<string | undefined>(undefined);
  const etag = measure.etag;

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    const required: string[] = [];
    const percent = Number(progress);
    if (action === 'reportProgress' && !(Number.isInteger(percent) && percent >= 0 && percent <= 100)) {
      required.push(texts.FormProgress);
    }
    if (action === 'checkEffectiveness' && effective === undefined) required.push(texts.FormEffective);
    if ((action === 'checkEffectiveness' || action === 'cancel') && note.trim() === '') {
      required.push(action === 'cancel' ? texts.FormReason : texts.FormNote);
    }
    if (required.length > 0) {
      setMissing(fill(texts.FormRequired, required.join(', ')));
      return;
    }
    setMissing(undefined);
    if (action === 'reportProgress') {
      props.onSubmit((api) => api.reportProgress(measure.id, { etag, progress: percent, phase, note: note.trim() }));
    } else if (action === 'checkEffectiveness') {
      props.onSubmit((api) =>
        api.checkEffectiveness(measure.id, {
          etag,
          effective: effective === true,
          note: note.trim(),
          newDeadline: effective === true ? null : orNull(newDeadline),
        }),
      );
    } else {
      props.onSubmit((api) => api.transition(measure.id, { etag, transition: action, reason: note.trim() }));
    }
  };

  return (
    <form className={classes.form} onSubmit={submit} noValidate={true} aria-label={texts.Action[action]}>
      {action === 'reportProgress' ? (
        <>
          <TextField
            label={texts.FormProgress}
            type="number"
            min={0}
            max={100}
            value={progress}
            onChange={(_event, value) => setProgress(value ?? '')}
          />
          <Dropdown
            label={texts.FormPhase}
            options={PDCA_PHASES.map((value) => ({ key: value, text: texts.Phase[value] }))}
            selectedKey={phase}
            onChange={(_event, option) => option && setPhase(option.key as PdcaPhase)}
          />
        </>
      ) : undefined}
      {action === 'checkEffectiveness' ? (
        <ChoiceGroup
          label={texts.FormEffective}
          required={true}
          options={[
            { key: 'yes', text: texts.Yes },
            { key: 'no', text: texts.No },
          ]}
          selectedKey={effective === undefined ? null : effective ? 'yes' : 'no'}
          onChange={(_event, option) => setEffective(option?.key === 'yes')}
        />
      ) : undefined}
      <TextField
        label={action === 'cancel' ? texts.FormReason : texts.FormNote}
        required={action === 'cancel' || action === 'checkEffectiveness'}
        multiline={true}
        rows={3}
        maxLength={action === 'cancel' ? MEASURE_LIMITS.reason : MEASURE_LIMITS.note}
        value={note}
        onChange={(_event, value) => setNote(value ?? '')}
      />
      {action === 'checkEffectiveness' && effective === false ? (
        <TextField
          label={texts.FormNewDeadline}
          type="date"
          value={newDeadline}
          onChange={(_event, value) => setNewDeadline(value ?? '')}
        />
      ) : undefined}
      {missing === undefined ? undefined : <p role="alert">{missing}</p>}
      <div className={classes.actions}>
        <PrimaryButton type="submit" text={texts.Action[action]} disabled={props.busy} />
        <DefaultButton text={texts.CancelForm} onClick={props.onCancel} disabled={props.busy} />
      </div>
    </form>
  );
}
