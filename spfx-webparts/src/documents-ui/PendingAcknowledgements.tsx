import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import { formatDate, type Locale, type PendingAcknowledgement } from '@kvalita/core';

import type { DocumentsApi } from '../documents-api/documents-api';
import { errorText } from '../measures-ui/errors';
import { classes } from '../measures-ui/styles';
import { FileLink } from './FileLink';
import { documentClasses } from './styles';
import { fill, type DocumentsTexts } from './texts';

export interface PendingAcknowledgementsProps {
  readonly api: DocumentsApi;
  readonly texts: DocumentsTexts;
  readonly locale: Locale;
  /** Tells the register a confirmation was stored (its count of pending ones changes). */
  readonly onAcknowledged: () => void;
}

type PendingState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'loaded'; readonly pending: readonly PendingAcknowledgement[] };

/** What the signed-in person still has to read and confirm, each with an explicit button. */
export function PendingAcknowledgements(props: PendingAcknowledgementsProps): React.ReactElement {
  const { api, texts, locale } = props;
  const [headingId] = React.useState(() => getId('kvalita-pending-heading'));
  const [state, setState] = React.useState<PendingState>({ kind: 'loading' });
  const [busyId, setBusyId] = React.useState<number | undefined>(undefined);
  const [message, setMessage] = React.useState<{ readonly error: boolean; readonly text: string } | undefined>();
  const [reloads, setReloads] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    api.myAcknowledgements().then(
      (reply) => current && setState({ kind: 'loaded', pending: reply.pending }),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, reloads]);

  const confirm = (item: PendingAcknowledgement): void => {
    setBusyId(item.documentId);
    setMessage(undefined);
    api.acknowledge(item.documentId, { versionLabel: item.versionLabel }).then(
      () => {
        setBusyId(undefined);
        setMessage({ error: false, text: fill(texts.AcknowledgeDone, item.code, item.versionLabel) });
        setReloads((count) => count + 1);
        props.onAcknowledged();
      },
      (error: unknown) => {
        setBusyId(undefined);
        setMessage({ error: true, text: fill(texts.ChangeFailed, errorText(error)) });
      },
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.subheading}>
        {texts.PendingHeading}
      </h3>
      <div role="status">
        {message === undefined || message.error ? undefined : (
          <MessageBar messageBarType={MessageBarType.success}>{message.text}</MessageBar>
        )}
      </div>
      {message?.error ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {message.text}
        </MessageBar>
      ) : undefined}
      {state.kind === 'loading' ? <Spinner label={texts.PendingLoading} ariaLive="polite" /> : undefined}
      {state.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {fill(texts.LoadFailed, state.message)}
        </MessageBar>
      ) : undefined}
      {state.kind === 'loaded' && state.pending.length === 0 ? (
        <p className={classes.secondary}>{texts.PendingNone}</p>
      ) : undefined}
      {state.kind === 'loaded' && state.pending.length > 0 ? (
        <ul className={classes.history} aria-labelledby={headingId}>
          {state.pending.map((item) => {
            const name = `${item.code} ${item.title}`;
            return (
              <li key={`${item.documentId}-${item.versionLabel}`} className={classes.card}>
                <strong>{name}</strong>
                <div className={classes.secondary}>
                  {fill(
                    texts.PendingDetails,
                    item.versionLabel,
                    formatDate(locale, item.effectiveFrom),
                    item.daysWaiting,
                  )}
                </div>
                <div className={documentClasses.itemActions}>
                  <FileLink
                    api={api}
                    texts={texts}
                    webUrl={item.webUrl}
                    contentUrl={item.contentUrl}
                    fileName={`${item.code} ${item.versionLabel}`}
                    label={fill(texts.OpenFileOf, name, item.versionLabel)}
                    onError={(text) => setMessage({ error: true, text })}
                  />
                  <PrimaryButton
                    text={texts.AcknowledgeButton}
                    ariaLabel={fill(texts.AcknowledgeButtonOf, name, item.versionLabel)}
                    disabled={busyId !== undefined}
                    onClick={() => confirm(item)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      ) : undefined}
    </section>
  );
}
