import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import type {
  DepartmentOption,
  Locale,
  MeasureFilter,
  MeasureRegisterReply,
  MeasureSummary,
  PersonRef,
} from '@kvalita/core';

import type { MeasuresApi } from '../measures-api/measures-api';
import { emptyDraft } from './draft';
import { errorText } from './errors';
import { MeasureDetailPanel } from './MeasureDetailPanel';
import { MeasureDraftForm } from './MeasureDraftForm';
import { RegisterBoard } from './RegisterBoard';
import { NO_FILTERS, RegisterFilters, type RegisterFilterValues } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { classes } from './styles';
import { fill, type MeasuresTexts } from './texts';

export type RegisterView = 'table' | 'board';

export interface MeasuresRegisterProps {
  readonly api: MeasuresApi;
  readonly texts: MeasuresTexts;
  readonly locale: Locale;
  /** The property pane's department: the register shows only its measures (no department filter). */
  readonly departmentCode: string | undefined;
  readonly view: RegisterView;
  readonly pageSize: number;
}

type RegisterState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'loaded';
      readonly reply: MeasureRegisterReply;
      readonly items: readonly MeasureSummary[];
      readonly more: boolean;
    };

/** The filter bar's values and the web part's fixed properties as the API's filter. */
export function toMeasureFilter(
  values: RegisterFilterValues,
  fixedDepartment: string | undefined,
  pageSize: number,
): MeasureFilter {
  const departmentCode = fixedDepartment ?? values.departmentCode;
  return {
    ...(values.status.length > 0 ? { status: values.status } : {}),
    ...(departmentCode ? { departmentCode } : {}),
    ...(values.ownerEmail ? { ownerEmail: values.ownerEmail } : {}),
    ...(values.origin ? { origin: values.origin } : {}),
    ...(values.overdue ? { overdue: true } : {}),
    ...(values.mine ? { mine: true } : {}),
    sort: 'deadline',
    pageSize,
  };
}

function distinctOwners(items: readonly MeasureSummary[], known: readonly PersonRef[]): PersonRef[] {
  const byEmail: Record<string, PersonRef> = {};
  for (const person of known) byEmail[person.email] = person;
  for (const item of items) if (item.owner) byEmail[item.owner.email] = item.owner;
  return Object.keys(byEmail)
    .map((email) => byEmail[email] as PersonRef)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The Opatření web part: filters, the register as a table or a board, the detail panel, a new measure. */
export function MeasuresRegister(props: MeasuresRegisterProps): React.ReactElement {
  const { api, texts, locale, pageSize } = props;
  const [headingId] = React.useState(() => getId('kvalita-register-heading'));
  const [filters, setFilters] = React.useState<RegisterFilterValues>(NO_FILTERS);
  const [state, setState] = React.useState<RegisterState>({ kind: 'loading' });
  const [departments, setDepartments] = React.useState<readonly DepartmentOption[]>([]);
  const [owners, setOwners] = React.useState<readonly PersonRef[]>([]);
  const [openId, setOpenId] = React.useState<number | undefined>(undefined);
  const [creating, setCreating] = React.useState(false);
  const [creatingBusy, setCreatingBusy] = React.useState(false);
  const [createError, setCreateError] = React.useState<string | undefined>(undefined);
  const [reloads, setReloads] = React.useState(0);
  const filter = React.useMemo(
    () => toMeasureFilter(filters, props.departmentCode, pageSize),
    [filters, props.departmentCode, pageSize],
  );

  React.useEffect(() => {
    let current = true;
    api.listDepartments().then(
      (reply) => current && setDepartments(reply.departments),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);

  React.useEffect(() => {
    let current = true;
    // A reload after a change keeps the rows (and the focus the detail panel returns to) until the answer.
    setState((previous) => (previous.kind === 'loaded' ? previous : { kind: 'loading' }));
    api.listMeasures(filter).then(
      (reply) => {
        if (!current) return;
        setState({ kind: 'loaded', reply, items: reply.items, more: reply.nextPage !== null });
        setOwners((known) => distinctOwners(reply.items, known));
      },
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, filter, reloads]);

  const loadMore = (): void => {
    if (state.kind !== 'loaded' || state.reply.nextPage === null) return;
    const loaded = state;
    api.listMeasures({ ...filter, page: loaded.reply.nextPage ?? undefined }).then(
      (reply) =>
        setState({ kind: 'loaded', reply, items: [...loaded.items, ...reply.items], more: reply.nextPage !== null }),
      (error: unknown) => setState({ kind: 'failed', message: errorText(error) }),
    );
  };

  const creatableDepartments =
    state.kind !== 'loaded' || state.reply.creatableDepartmentCodes === 'all'
      ? departments
      : departments.filter((department) =>
          (state.reply.creatableDepartmentCodes as readonly string[]).indexOf(department.code) >= 0,
        );

  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={classes.heading}>
        {texts.RegisterHeading}
      </h2>
      <RegisterFilters
        texts={texts}
        values={filters}
        onChange={setFilters}
        departments={departments}
        showDepartment={props.departmentCode === undefined}
        owners={owners}
      />
      {state.kind === 'loading' ? <Spinner label={texts.Loading} ariaLive="polite" /> : undefined}
      {state.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {fill(texts.LoadFailed, state.message)}
        </MessageBar>
      ) : undefined}
      {state.kind === 'loaded' ? (
        <>
          <div className={classes.toolbar}>
            <span role="status">{fill(texts.ShownOfTotal, state.items.length, state.reply.total)}</span>
            {state.reply.mayCreate ? (
              <PrimaryButton
                text={texts.CreateButton}
                onClick={() => {
                  setCreateError(undefined);
                  setCreating(true);
                }}
              />
            ) : undefined}
          </div>
          {state.items.length === 0 ? (
            <p className={classes.secondary}>{texts.Empty}</p>
          ) : props.view === 'board' ? (
            <RegisterBoard texts={texts} locale={locale} items={state.items} headingId={headingId} onOpen={setOpenId} />
          ) : (
            <RegisterTable texts={texts} locale={locale} items={state.items} headingId={headingId} onOpen={setOpenId} />
          )}
          {state.more ? <DefaultButton text={texts.LoadMore} onClick={loadMore} /> : undefined}
        </>
      ) : undefined}
      {openId === undefined ? undefined : (
        <MeasureDetailPanel
          api={api}
          texts={texts}
          locale={locale}
          measureId={openId}
          departments={departments}
          onDismiss={() => setOpenId(undefined)}
          onChanged={() => setReloads((count) => count + 1)}
        />
      )}
      {creating ? (
        <Panel
          isOpen={true}
          type={PanelType.medium}
          headerText={texts.CreateHeading}
          closeButtonAriaLabel={texts.DetailClose}
          onDismiss={() => setCreating(false)}
        >
          {createError === undefined ? undefined : (
            <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
              {fill(texts.ChangeFailed, createError)}
            </MessageBar>
          )}
          <MeasureDraftForm
            texts={texts}
            initial={emptyDraft(props.departmentCode ?? creatableDepartments[0]?.code)}
            departments={creatableDepartments}
            busy={creatingBusy}
            onCancel={() => setCreating(false)}
            onSubmit={(draft) => {
              setCreatingBusy(true);
              api.createMeasure(draft).then(
                (reply) => {
                  setCreatingBusy(false);
                  setCreating(false);
                  setReloads((count) => count + 1);
                  setOpenId(reply.measure.id);
                },
                (error: unknown) => {
                  setCreatingBusy(false);
                  setCreateError(errorText(error));
                },
              );
            }}
          />
        </Panel>
      ) : undefined}
    </section>
  );
}
