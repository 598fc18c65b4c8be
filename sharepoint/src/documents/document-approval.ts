import { StaleVersionError, type NewDocumentEvent, type VersionApproval } from '@kvalita/core';
import { CheckinType } from '@pnp/sp/files';
import '../platform/pnp-imports';
import { toSharePointDate } from '../platform/dates';
import { etagOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { SiteContext } from '../platform/site-context';
import { ensurePeople, userOf, type SiteUser } from '../measures/measure-people';
import { fileAt } from './document-file';
import { MODERATION, documentStatuses, eventKinds, type FileColumns } from './document-rows';
import type { DocumentValues } from './document-values';
import { documentEventsList } from './lists/document-events';
import { documentsLibrary } from './lists/documents';
import { isMajorLabel, nextMajorLabel, parseLabel } from './version-labels';

const onEvents = filterOn(documentEventsList);

export interface ApprovalDeps {
  readonly site: SiteContext;
  readonly now: () => Date;
  readonly appendEvent: (
    documentId: number,
    event: NewDocumentEvent,
    users: ReadonlyMap<string, SiteUser>,
    extra: { readonly effectiveFrom?: string | null; readonly reason?: string | null },
  ) => Promise<void>;
}

type ApprovalState = FileColumns & {
  readonly Id: number;
  readonly ApprovedDraft: string | null;
  readonly ReasonForChange: string | null;
};

/**
 * Approval publishes the draft `versionLabel` as the next major version through SharePoint's own
 * versioning and content approval, in steps that each leave a state the next call recognises:
 *
 *  1. check-out (the file is the app's while the approval runs; a second approver's check-out, or
 *     its conditional write, is refused: StaleVersionError);
 *  2. the approval's metadata (approver, date, comment, effective date, next review, status, the
 *     draft it approves) written with If-Match on the document's ETag — on the checked-out file,
 *     so it is part of the major version and adds no draft;
 *  3. a major check-in: SharePoint makes the next major version (pending, content approval);
 *  4. file.approve: the version is published, readers see it;
 *  5. the 'approved' event in the history (once: a resumed run looks for it first).
 *
 * A run that stopped half-way is finished by the next call with the document's current ETag: a
 * checked-out draft goes on from 2, a pending major version from 4, an approved one from 5 (its
 * ApprovedDraft says which draft it came from). Nothing is ever half-published: readers see the
 * old version until step 4, and the new one from then on. Round trips: 2 (state and people in
 * parallel) + check-out + metadata + check-in + approve + 2 (the event, looked for and written).
 */
export async function approveDraft(
  deps: ApprovalDeps,
  documentId: number,
  etag: string,
  approval: VersionApproval,
  event: NewDocumentEvent,
): Promise<void> {
  const { site } = deps;
  const list = await site.list(documentsLibrary);
  const item = list.items.getById(documentId);
  const [state, users] = await Promise.all([
    item.select(
      'Id',
      'FileLeafRef',
      'FileRef',
      'OData__UIVersionString',
      'CheckoutUserId',
      'OData__ModerationStatus',
      'ApprovedDraft',
      'ReasonForChange',
    )<ApprovalState>(),
    ensurePeople(site.sp, [approval.approverEmail, event.byEmail]),
  ]);
  if (etagOf(state) !== etag) throw new StaleVersionError();
  if (parseLabel(approval.versionLabel) === null || isMajorLabel(approval.versionLabel))
    throw new RangeError(`"${approval.versionLabel}" is no draft's label`);
  const major = nextMajorLabel(approval.versionLabel);
  const label = state.OData__UIVersionString ?? '';
  const file = fileAt(site.sp, state.FileRef ?? '');
  const reason = state.ReasonForChange ?? null;

  if (isMajorLabel(label)) {
    // A run that published already: only the same draft's approval may go on from here.
    if (label !== major || state.ApprovedDraft !== approval.versionLabel) throw new StaleVersionError();
  } else {
    if (label !== approval.versionLabel) throw new StaleVersionError('a newer draft was uploaded; reload it');
    if (state.CheckoutUserId === null || state.CheckoutUserId === undefined) {
      await file.checkout().catch((error: unknown) => {
        // Someone else's approval took the file a moment ago.
        throw /checked out/i.test(String((error as Error).message)) ? new StaleVersionError() : error;
      });
    }
    try {
      await item.update(approvalValues(approval, major, users, deps.now()), etag);
    } catch (error) {
      throw isConflict(error) ? new StaleVersionError() : error;
    }
    await file.checkin(approval.comment, CheckinType.Major);
  }
  const moderation = isMajorLabel(label) ? state.OData__ModerationStatus : MODERATION.pending;
  if (moderation !== MODERATION.approved) {
    await file.approve(approval.comment).catch((error: unknown) => {
      // The other approver of a race approved it between our read and this call.
      throw /not pending approval/i.test(String((error as Error).message)) ? new StaleVersionError() : error;
    });
  }
  const eventsList = await site.list(documentEventsList);
  const recorded = await eventsList.items
    .select('Id')
    .filter(
      [
        onEvents('DocumentId', 'eq', documentId),
        onEvents('EventKind', 'eq', eventKinds.label('approved')),
        onEvents('VersionLabel', 'eq', event.versionLabel),
      ].join(' and '),
    )
    .top(1)<{ Id: number }[]>();
  if (recorded.length === 0)
    await deps.appendEvent(documentId, event, users, { effectiveFrom: approval.effectiveFrom, reason });
}

function approvalValues(
  approval: VersionApproval,
  major: string,
  users: ReadonlyMap<string, SiteUser>,
  now: Date,
): DocumentValues {
  return {
    DocumentStatus: documentStatuses.label(approval.status),
    RevisionStatus: null,
    EffectiveVersion: major,
    EffectiveFrom: toSharePointDate(approval.effectiveFrom),
    NextReviewDate: toSharePointDate(approval.nextReviewDate),
    ...(approval.issuingResolution !== null ? { IssuingResolution: approval.issuingResolution } : {}),
    ApprovedById: userOf(users, approval.approverEmail).Id,
    ApprovedAt: now.toISOString(),
    ApprovedDraft: approval.versionLabel,
    ApprovalComment: approval.comment,
    SubmittedAt: null,
    ReturnComment: null,
    WithdrawnReason: null,
  };
}

const isConflict = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 412;
