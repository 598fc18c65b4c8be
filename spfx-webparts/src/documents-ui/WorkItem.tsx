import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatDate, type DocumentDetailReply, type Locale } from '@kvalita/core';

import type { DocumentsApi } from '../documents-api/documents-api';
import { errorText } from '../measures-ui/errors';
import { classes } from '../measures-ui/styles';
import { DecisionForm, type DecisionAction } from './DecisionForm';
import { FileLink } from './FileLink';
import { documentClasses } from './styles';
import { fill, type DocumentsTexts } from './texts';

export interface WorkItemProps {
  readonly api: DocumentsApi;
  readonly texts: DocumentsTexts;
  readonly locale: Locale;
  readonly reply: DocumentDetailReply;
  /** The decisions this list offers; only those the service allows appear. */
  readonly actions: readonly DecisionAction[];
  readonly today: string;
  /** A decision was stored: the lists are loaded again. */
  readonly onChanged: (message: string) => void;
}

/** One document needing the person's work: its draft or review, the reviewers' comments, the decisions. */
export function WorkItem(props: WorkItemProps): React.ReactElement {
  const { api, texts, locale, reply } = props;
  const { document } = reply;
  const [action, setAction] = React.useState<DecisionAction | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const name = `${document.code} ${document.title}`;
  const draft = document.revision;
  const draftVersion = draft === null ? undefined : reply.versions.filter((version) => version.label === draft.label)[0];
  const comments = draft === null ? [] : reply.comments.filter((comment) => comment.versionLabel === draft.label);
  const offered = props.actions.filter((candidate) => reply.allowed.indexOf(candidate) >= 0);
  const date = (value: string): string => formatDate(locale, value);
  const overdue = document.nextReviewDate !== null && document.nextReviewDate < props.today;

  const send = (change: (api: DocumentsApi) => Promise<unknown>): void => {
    if (action === undefined) return;
    const done = action;
    setBusy(true);
    setError(undefined);
    change(api).then(
      () => {
        setBusy(false);
        setAction(undefined);
        props.onChanged(fill(texts.DecisionDone, texts.Action[done], name));
      },
      (failure: unknown) => {
        setBusy(false);
        setError(fill(texts.ChangeFailed, errorText(failure)));
      },
    );
  };

  return (
    <li className={classes.card}>
      <h4 className={documentClasses.itemHeading}>
        {name}
      </h4>
      {draft === null ? (
        <p>
          {fill(texts.ReviewDate, document.nextReviewDate === null ? texts.NoValue : date(document.nextReviewDate))}
          {overdue ? <span className={classes.overdue}> ({texts.ReviewOverdue})</span> : undefined}
          {document.effectiveVersion === null ? undefined : ` · ${fill(texts.EffectiveVersion, document.effectiveVersion.label)}`}
        </p>
      ) : (
        <>
          <p>
            {fill(texts.DraftLine, texts.VersionStatus[draft.status], draft.label)}
            {draft.submittedAt === null ? undefined : ` · ${fill(texts.SubmittedOn, date(draft.submittedAt))}`}
            {document.owner === null ? undefined : ` · ${fill(texts.OwnerLine, document.owner.displayName)}`}
          </p>
          {draft.reasonForChange ? <p>{fill(texts.ReasonLine, draft.reasonForChange)}</p> : undefined}
          {draft.returnComment ? <p>{fill(texts.ReturnedWith, draft.returnComment)}</p> : undefined}
        </>
      )}
      {comments.length === 0 ? undefined : (
        <>
          <h5 className={documentClasses.commentsHeading}>
            {texts.CommentsHeading}
          </h5>
          <ul className={classes.history}>
            {comments.map((comment) => (
              <li key={comment.id}>
                <strong>{comment.by?.displayName ?? texts.NoValue}</strong> ({date(comment.at)}):{' '}
                <span>{comment.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {error === undefined ? undefined : (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {error}
        </MessageBar>
      )}
      <div className={documentClasses.itemActions}>
        {draftVersion === undefined ? undefined : (
          <FileLink
            api={api}
            texts={texts}
            webUrl={null}
            contentUrl={draftVersion.contentUrl}
            fileName={draftVersion.file.name}
            label={fill(texts.OpenFileOf, name, draftVersion.label)}
            onError={setError}
          />
        )}
        {offered.map((candidate) => (
          <DefaultButton
            key={candidate}
            text={texts.Action[candidate]}
            ariaLabel={fill(texts.ActionOf, texts.Action[candidate], name)}
            aria-expanded={action === candidate}
            disabled={busy}
            onClick={() => {
              setError(undefined);
              setAction(action === candidate ? undefined : candidate);
            }}
          />
        ))}
      </div>
      {action === undefined ? undefined : (
        <DecisionForm
          key={action}
          texts={texts}
          action={action}
          document={document}
          busy={busy}
          onSubmit={send}
          onCancel={() => setAction(undefined)}
        />
      )}
    </li>
  );
}
