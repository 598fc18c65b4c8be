import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import { getId } from '@fluentui/react/lib/Utilities';
import {
  DOCUMENT_KINDS,
  DOCUMENT_LIMITS,
  type DocumentFilter,
  type DocumentKind,
  type DocumentRegisterReply,
  type DocumentSummary,
  type Locale,
} from '@kvalita/core';

import type { DocumentsApi } from '../documents-api/documents-api';
import { errorText } from '../measures-ui/errors';
import { classes } from '../measures-ui/styles';
import { DocumentsTable } from './DocumentsTable';
import { DocumentVersionsPanel } from './DocumentVersionsPanel';
import { PendingAcknowledgements } from './PendingAcknowledgements';
import { fill, type DocumentsTexts } from './texts';

export interface DocumentsRegisterProps {
  readonly api: DocumentsApi;
  readonly texts: DocumentsTexts;
  readonly locale: Locale;
  /** The property pane's kind the register starts with (the reader may change it). */
  readonly defaultKind: DocumentKind | undefined;
  readonly pageSize: number;
  readonly showPendingAcknowledgements: boolean;
}

type RegisterState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'loaded';
      readonly reply: DocumentRegisterReply;
      readonly items: readonly DocumentSummary[];
    };

/** The register's query: effective documents only, of the chosen kind, matching the words. */
export function toDocumentFilter(kind: DocumentKind | undefined, search: string, pageSize: number): DocumentFilter {
  const words = search.trim();
  return {
    status: ['effective'],
    ...(kind === undefined ? {} : { kind }),
    ...(words === '' ? {} : { search: words }),
    sort: 'code',
    pageSize,
  };
}

const ALL_KINDS = '';

/** Dokumenty kvality: the register of effective documents, search, my pending acknowledgements. */
export function DocumentsRegister(props: DocumentsRegisterProps): React.ReactElement {
  const { api, texts, locale } = props;
  const [headingId] = React.useState(() => getId('kvalita-documents-heading'));
  const [kind, setKind] = React.useState<DocumentKind | undefined>(props.defaultKind);
  const [typed, setTyped] = React.useState('');
  const [search, setSearch] = React.useState('');
  const [state, setState] = React.useState<RegisterState>({ kind: 'loading' });
  const [open, setOpen] = React.useState<DocumentSummary | undefined>(undefined);
  const [reloads, setReloads] = React.useState(0);
  const filter = React.useMemo(() => toDocumentFilter(kind, search, props.pageSize), [kind, search, props.pageSize]);

  React.useEffect(() => setKind(props.defaultKind), [props.defaultKind]);

  React.useEffect(() => {
    let current = true;
    setState((previous) => (previous.kind === 'loaded' ? previous : { kind: 'loading' }));
    api.listDocuments(filter).then(
      (reply) => current && setState({ kind: 'loaded', reply, items: reply.items }),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, filter, reloads]);

  const loadMore = (): void => {
    if (state.kind !== 'loaded' || state.reply.nextPage === null) return;
    const loaded = state;
    api.listDocuments({ ...filter, page: loaded.reply.nextPage ?? undefined }).then(
      (reply) => setState({ kind: 'loaded', reply, items: [...loaded.items, ...reply.items] }),
      (error: unknown) => setState({ kind: 'failed', message: errorText(error) }),
    );
  };

  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={classes.heading}>
        {texts.RegisterHeading}
      </h2>
      {props.showPendingAcknowledgements ? (
        <PendingAcknowledgements
          api={api}
          texts={texts}
          locale={locale}
          onAcknowledged={() => setReloads((count) => count + 1)}
        />
      ) : undefined}
      <form
        role="search"
        aria-label={texts.SearchFormLabel}
        className={classes.filters}
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(typed);
        }}
      >
        <TextField
          className={classes.filterField}
          label={texts.SearchLabel}
          type="search"
          maxLength={DOCUMENT_LIMITS.search}
          value={typed}
          onChange={(_event, value) => setTyped(value ?? '')}
        />
        <PrimaryButton type="submit" text={texts.SearchButton} />
        <Dropdown
          className={classes.filterField}
          label={texts.KindFilter}
          options={[
            { key: ALL_KINDS, text: texts.AllKinds },
            ...DOCUMENT_KINDS.map((value) => ({ key: value, text: texts.Kind[value] })),
          ]}
          selectedKey={kind ?? ALL_KINDS}
          onChange={(_event, option) =>
            setKind(option === undefined || option.key === ALL_KINDS ? undefined : (option.key as DocumentKind))
          }
        />
      </form>
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
          </div>
          {state.items.length === 0 ? (
            <p className={classes.secondary}>{texts.Empty}</p>
          ) : (
            <DocumentsTable texts={texts} locale={locale} items={state.items} headingId={headingId} onOpenVersions={setOpen} />
          )}
          {state.reply.nextPage === null ? undefined : <DefaultButton text={texts.LoadMore} onClick={loadMore} />}
        </>
      ) : undefined}
      {open === undefined ? undefined : (
        <DocumentVersionsPanel api={api} texts={texts} locale={locale} document={open} onDismiss={() => setOpen(undefined)} />
      )}
    </section>
  );
}
