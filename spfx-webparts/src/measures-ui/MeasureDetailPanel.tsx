import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import {
  formatDate,
  type DepartmentOption,
  type Locale,
  type MeasureAction,
  type MeasureChangeReply,
  type MeasureDetailReply,
} from '@kvalita/core';

import type { MeasuresApi } from '../measures-api/measures-api';
import { draftOf } from './draft';
import { errorText } from './errors';
import { MeasureActionForm, type FormAction } from './MeasureActionForm';
import { MeasureDraftForm } from './MeasureDraftForm';
import { classes } from './styles';
import { fill, type MeasuresTexts } from './texts';

export interface MeasureDetailPanelProps {
  readonly api: MeasuresApi;
  readonly texts: MeasuresTexts;
  readonly locale: Locale;
  readonly measureId: number;
  readonly departments: readonly DepartmentOption[];
  readonly onDismiss: () => void;
  /** After a saved change, so the register shows the new state. */
  readonly onChanged: () => void;
}

type DetailState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'loaded'; readonly reply: MeasureDetailReply };

/**
 * A measure's detail in a Fluent UI panel (focus moves into it and stays there until it closes):
 * its fields, its history (newest first) and the buttons for exactly what the reply's `allowed` lists.
 */
// The panel's title is the page's level-1 heading while it is open, so its sections are h2.
export function MeasureDetailPanel(props: MeasureDetailPanelProps): React.ReactElement {
  const { api, texts, locale, measureId } = props;
  const [state, setState] = React.useState<DetailState>({ kind: 'loading' });
  const [action, setAction] = React.useState<MeasureAction | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);

  React.useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    api.getMeasure(measureId).then(
      (reply) => current && setState({ kind: 'loaded', reply }),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, measureId]);

  const send = (change: (client: MeasuresApi) => Promise<MeasureChangeReply>): void => {
    setBusy(true);
    change(api).then(
      (reply) => {
        setBusy(false);
        setAction(undefined);
        setState({ kind: 'loaded', reply });
        setNotice({ ok: true, text: texts.Saved });
        props.onChanged();
      },
      (error: unknown) => {
        setBusy(false);
        setNotice({ ok: false, text: fill(texts.ChangeFailed, errorText(error)) });
      },
    );
  };

  const title = state.kind === 'loaded' ? state.reply.measure.title : texts.DetailLoading;
  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={title}
      closeButtonAriaLabel={texts.DetailClose}
      onDismiss={props.onDismiss}
      isLightDismiss={true}
    >
      {state.kind === 'loading' ? <Spinner label={texts.DetailLoading} ariaLive="polite" /> : undefined}
      {state.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {fill(texts.LoadFailed, state.message)}
        </MessageBar>
      ) : undefined}
      {notice === undefined ? undefined : (
        <MessageBar
          messageBarType={notice.ok ? MessageBarType.success : MessageBarType.error}
          isMultiline={true}
          onDismiss={() => setNotice(undefined)}
          dismissButtonAriaLabel={texts.CancelForm}
        >
          {notice.text}
        </MessageBar>
      )}
      {state.kind === 'loaded' ? (
        renderDetail({
          ...props,
          reply: state.reply,
          action,
          busy,
          onAction: (next) => {
            setNotice(undefined);
            setAction(next);
          },
          send,
        })
      ) : undefined}
    </Panel>
  );

  // A render function, not a component: the forms inside keep their state across the panel's renders.
  function renderDetail(
    inner: MeasureDetailPanelProps & {
      reply: MeasureDetailReply;
      action: MeasureAction | undefined;
      busy: boolean;
      onAction: (action: MeasureAction | undefined) => void;
      send: (change: (client: MeasuresApi) => Promise<MeasureChangeReply>) => void;
    },
  ): React.ReactElement {
    const { measure, updates, allowed } = inner.reply;
    const date = (iso: string | null): string => (iso === null ? texts.NoValue : formatDate(locale, iso));
    return (
      <>
        <dl className={classes.fields}>
          <dt>{texts.ColumnStatus}</dt>
          <dd>{texts.Status[measure.status]}</dd>
          <dt>{texts.ColumnPhase}</dt>
          <dd>{texts.Phase[measure.phase]}</dd>
          <dt>{texts.FieldKind}</dt>
          <dd>{texts.Kind[measure.kind]}</dd>
          <dt>{texts.FieldOrigin}</dt>
          <dd>
            {texts.Origin[measure.source.origin]}
            {measure.source.subcriterionCode === null ? '' : ` · ${measure.source.subcriterionCode}`}
          </dd>
          <dt>{texts.FieldPriority}</dt>
          <dd>{texts.Priority[measure.priority]}</dd>
          <dt>{texts.FieldDepartment}</dt>
          <dd>{measure.departmentName ?? texts.NoValue}</dd>
          <dt>{texts.FieldOwner}</dt>
          <dd>{measure.owner?.displayName ?? texts.NoValue}</dd>
          <dt>{texts.FieldDeadline}</dt>
          <dd>{date(measure.deadline)}</dd>
          <dt>{texts.FieldCheckDate}</dt>
          <dd>{date(measure.checkDate)}</dd>
          <dt>{texts.FieldProgress}</dt>
          <dd>{measure.progress}&nbsp;%</dd>
          <dt>{texts.FieldEffective}</dt>
          <dd>{measure.effective === null ? texts.NoValue : measure.effective ? texts.Yes : texts.No}</dd>
          <dt>{texts.FieldProblem}</dt>
          <dd>{measure.problem || texts.NoValue}</dd>
          <dt>{texts.FieldRootCause}</dt>
          <dd>{measure.rootCause.whys.length === 0 ? texts.NoValue : measure.rootCause.whys.join(' → ')}</dd>
          <dt>{texts.FieldExpectedResult}</dt>
          <dd>{measure.expectedResult || texts.NoValue}</dd>
          <dt>{texts.FieldEffectivenessCriterion}</dt>
          <dd>{measure.effectivenessCriterion || texts.NoValue}</dd>
          {measure.cancelReason === null ? undefined : (
            <>
              <dt>{texts.FieldCancelReason}</dt>
              <dd>{measure.cancelReason}</dd>
            </>
          )}
        </dl>
        {measure.steps.length === 0 ? undefined : (
          <>
            <h2 className={classes.subheading}>{texts.FieldSteps}</h2>
            <ul>
              {measure.steps.map((step) => (
                <li key={step.key}>
                  {step.title} ({step.done ? texts.StepDone : texts.StepOpen}
                  {step.dueDate === null ? '' : `, ${date(step.dueDate)}`})
                </li>
              ))}
            </ul>
          </>
        )}
        {allowed.length === 0 ? undefined : (
          <>
            <h2 className={classes.subheading}>{texts.ActionsHeading}</h2>
            {inner.action === undefined ? (
              <div className={classes.actions}>
                {allowed.map((allowedAction) => (
                  <DefaultButton
                    key={allowedAction}
                    text={texts.Action[allowedAction]}
                    onClick={() => inner.onAction(allowedAction)}
                  />
                ))}
              </div>
            ) : inner.action === 'edit' ? (
              <MeasureDraftForm
                texts={texts}
                initial={draftOf(measure)}
                departments={inner.departments}
                busy={inner.busy}
                onCancel={() => inner.onAction(undefined)}
                onSubmit={(draft) =>
                  inner.send((client) => client.editMeasure(measure.id, { etag: measure.etag, draft }))
                }
              />
            ) : (
              <MeasureActionForm
                texts={texts}
                action={inner.action as FormAction}
                measure={measure}
                busy={inner.busy}
                onCancel={() => inner.onAction(undefined)}
                onSubmit={inner.send}
              />
            )}
          </>
        )}
        <h2 className={classes.subheading}>{texts.HistoryHeading}</h2>
        {updates.length === 0 ? (
          <p>{texts.NoHistory}</p>
        ) : (
          <ol className={classes.history}>
            {updates.map((update) => (
              <li key={update.id}>
                <strong>{texts.UpdateKind[update.kind]}</strong> · {texts.Phase[update.phase]}
                {update.progress === null ? '' : ` · ${update.progress}\u00a0%`}
                <div className={classes.secondary}>
                  {fill(
                    texts.UpdateBy,
                    update.by?.displayName ?? texts.NoValue,
                    formatDate(locale, update.at),
                  )}
                </div>
                {update.note === '' ? undefined : <div>{update.note}</div>}
              </li>
            ))}
          </ol>
        )}
      </>
    );
  }
}
