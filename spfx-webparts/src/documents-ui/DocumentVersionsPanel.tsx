import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { formatDate, type DocumentDetailReply, type DocumentSummary, type Locale } from '@kvalita/core';

import type { DocumentsApi } from '../documents-api/documents-api';
import { errorText } from '../measures-ui/errors';
import { classes } from '../measures-ui/styles';
import { FileLink } from './FileLink';
import { fill, type DocumentsTexts } from './texts';

export interface DocumentVersionsPanelProps {
  readonly api: DocumentsApi;
  readonly texts: DocumentsTexts;
  readonly locale: Locale;
  readonly document: DocumentSummary;
  readonly onDismiss: () => void;
}

type DetailState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'loaded'; readonly reply: DocumentDetailReply };

/**
 * Every version of a document the reader may see, newest first: the effective one and each earlier
 * approved version (kept as records), each of which can be opened.
 */
export function DocumentVersionsPanel(props: DocumentVersionsPanelProps): React.ReactElement {
  const { api, texts, locale, document } = props;
  const [state, setState] = React.useState<DetailState>({ kind: 'loading' });
  const [openError, setOpenError] = React.useState<string | undefined>(undefined);
  const name = `${document.code} ${document.title}`;
  const date = (value: string | null): string => (value === null ? texts.NoValue : formatDate(locale, value));

  React.useEffect(() => {
    let current = true;
    api.getDocument(document.id).then(
      (reply) => current && setState({ kind: 'loaded', reply }),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, document.id]);

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={fill(texts.VersionsHeading, name)}
      closeButtonAriaLabel={texts.Close}
      onDismiss={props.onDismiss}
    >
      {state.kind === 'loading' ? <Spinner label={texts.Loading} ariaLive="polite" /> : undefined}
      {state.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {fill(texts.LoadFailed, state.message)}
        </MessageBar>
      ) : undefined}
      {openError === undefined ? undefined : (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {openError}
        </MessageBar>
      )}
      {state.kind === 'loaded' ? (
        <div className={classes.scroller} role="group" aria-label={fill(texts.VersionsHeading, name)} tabIndex={0}>
          <table className={classes.table} aria-label={fill(texts.VersionsHeading, name)}>
            <thead>
              <tr>
                <th scope="col">{texts.ColumnVersion}</th>
                <th scope="col">{texts.ColumnStatus}</th>
                <th scope="col">{texts.ColumnEffective}</th>
                <th scope="col">{texts.ColumnApprovedBy}</th>
                <th scope="col">{texts.ColumnReason}</th>
                <th scope="col">{texts.ColumnFile}</th>
              </tr>
            </thead>
            <tbody>
              {state.reply.versions.map((version) => (
                <tr key={version.label}>
                  <th scope="row">{version.label}</th>
                  <td>{texts.VersionStatus[version.status]}</td>
                  <td>
                    {version.effectiveFrom === null
                      ? texts.NoValue
                      : version.effectiveUntil === null
                        ? fill(texts.EffectiveSince, date(version.effectiveFrom))
                        : fill(texts.EffectiveBetween, date(version.effectiveFrom), date(version.effectiveUntil))}
                  </td>
                  <td>{version.approvedBy?.displayName ?? texts.NoValue}</td>
                  <td>{version.reasonForChange ?? texts.NoValue}</td>
                  <td>
                    <FileLink
                      api={api}
                      texts={texts}
                      // SharePoint's link is the effective file; earlier versions come through the service.
                      webUrl={version.status === 'effective' ? state.reply.document.webUrl : null}
                      contentUrl={version.contentUrl}
                      fileName={version.file.name}
                      label={fill(texts.OpenFileOf, name, version.label)}
                      onError={setOpenError}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : undefined}
    </Panel>
  );
}
