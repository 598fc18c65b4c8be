import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import type { DocumentDetailReply, DocumentSummary, Locale } from '@kvalita/core';

import type { DocumentsApi } from '../documents-api/documents-api';
import { isMeasuresApiError } from '../measures-api/measures-api';
import { errorText } from '../measures-ui/errors';
import { classes } from '../measures-ui/styles';
import { mayNeedWork, sortApprovalWork, type ApprovalWork } from './approval-work';
import type { DecisionAction } from './DecisionForm';
import { officeToday } from './office-date';
import { fill, type DocumentsTexts } from './texts';
import { WorkItem } from './WorkItem';

export interface DocumentApprovalsProps {
  readonly api: DocumentsApi;
  readonly texts: DocumentsTexts;
  readonly locale: Locale;
  /** The signed-in person (their own drafts are listed apart from those awaiting their decision). */
  readonly myEmail: string;
  readonly pageSize: number;
  readonly showMyDrafts: boolean;
  readonly showReviews: boolean;
  /** Today in the office (a prop so the lists do not change at midnight mid-render). */
  readonly today?: string;
}

type WorkState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'loaded'; readonly work: ApprovalWork };

/**
 * The documents needing the person's work: the ones they own, approve or review (GET
 * /api/documents?mine=true), and for the quality manager and the director the overview's drafts
 * awaiting approval and reviews due. Only documents that can need work are read in detail; the
 * detail's `allowed` decides what is offered.
 */
async function loadWork(api: DocumentsApi, myEmail: string, pageSize: number, today: string): Promise<ApprovalWork> {
  const [mine, overview] = await Promise.all([
    api.listDocuments({ mine: true, sort: 'nextReviewDate', pageSize }),
    // Everyone else is refused the overview; their own list is all they need.
    api.overview().catch((error: unknown) => {
      if (isMeasuresApiError(error) && error.status === 403) return undefined;
      throw error;
    }),
  ]);
  const byId: Record<number, DocumentSummary> = {};
  const candidates = [...mine.items, ...(overview?.awaitingApproval ?? []), ...(overview?.reviewsDue ?? [])];
  for (const summary of candidates) if (mayNeedWork(summary, today)) byId[summary.id] = summary;
  const details = await Promise.all(Object.keys(byId).map((id) => detailIfStillVisible(api, Number(id))));
  return sortApprovalWork(
    details.filter((detail): detail is DocumentDetailReply => detail !== undefined),
    myEmail,
    today,
  );
}

/** A document withdrawn from the person (or deleted) since the list was read is simply not their work now. */
async function detailIfStillVisible(api: DocumentsApi, id: number): Promise<DocumentDetailReply | undefined> {
  try {
    return await api.getDocument(id);
  } catch (error) {
    if (isMeasuresApiError(error) && (error.status === 403 || error.status === 404)) return undefined;
    throw error;
  }
}

const DECIDE: readonly DecisionAction[] = ['approve', 'return', 'comment'];
const OWN_DRAFT: readonly DecisionAction[] = ['comment'];
const REVIEW: readonly DecisionAction[] = ['confirmReview', 'revise'];

/** Schvalování dokumentů: drafts awaiting my decision, my drafts, reviews due and overdue. */
export function DocumentApprovals(props: DocumentApprovalsProps): React.ReactElement {
  const { api, texts, locale } = props;
  const [headingId] = React.useState(() => getId('kvalita-approvals-heading'));
  const today = props.today ?? officeToday();
  const [state, setState] = React.useState<WorkState>({ kind: 'loading' });
  const [done, setDone] = React.useState<string | undefined>(undefined);
  const [reloads, setReloads] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setState((previous) => (previous.kind === 'loaded' ? previous : { kind: 'loading' }));
    loadWork(api, props.myEmail, props.pageSize, today).then(
      (work) => current && setState({ kind: 'loaded', work }),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, props.myEmail, props.pageSize, today, reloads]);

  const list = (
    heading: string,
    empty: string,
    items: readonly DocumentDetailReply[],
    actions: readonly DecisionAction[],
  ): React.ReactElement => (
    <WorkList heading={heading} empty={empty} count={items.length} texts={texts}>
      {items.map((reply) => (
        <WorkItem
          key={reply.document.id}
          api={api}
          texts={texts}
          locale={locale}
          reply={reply}
          actions={actions}
          today={today}
          onChanged={(message) => {
            setDone(message);
            setReloads((count) => count + 1);
          }}
        />
      ))}
    </WorkList>
  );

  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={classes.heading}>
        {texts.ApprovalsHeading}
      </h2>
      <div role="status">
        {done === undefined ? undefined : <MessageBar messageBarType={MessageBarType.success}>{done}</MessageBar>}
      </div>
      {state.kind === 'loading' ? <Spinner label={texts.Loading} ariaLive="polite" /> : undefined}
      {state.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {fill(texts.LoadFailed, state.message)}
        </MessageBar>
      ) : undefined}
      {state.kind === 'loaded' ? (
        <>
          {list(texts.AwaitingMeHeading, texts.AwaitingMeNone, state.work.awaitingMe, DECIDE)}
          {props.showMyDrafts ? list(texts.MyDraftsHeading, texts.MyDraftsNone, state.work.myDrafts, OWN_DRAFT) : undefined}
          {props.showReviews ? list(texts.ReviewsHeading, texts.ReviewsNone, state.work.reviewsDue, REVIEW) : undefined}
        </>
      ) : undefined}
    </section>
  );
}

function WorkList(props: {
  readonly heading: string;
  readonly empty: string;
  readonly count: number;
  readonly texts: DocumentsTexts;
  readonly children: React.ReactNode;
}): React.ReactElement {
  const [headingId] = React.useState(() => getId('kvalita-work-heading'));
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.subheading}>
        {fill(props.texts.ListHeading, props.heading, props.count)}
      </h3>
      {props.count === 0 ? (
        <p className={classes.secondary}>{props.empty}</p>
      ) : (
        <ul className={classes.history} aria-labelledby={headingId}>
          {props.children}
        </ul>
      )}
    </section>
  );
}
