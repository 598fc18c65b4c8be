import {
  normalizeEmail,
  type AcknowledgementsStore,
  type DocumentSettings,
  type DocumentsStore,
  type StoredDocument,
} from '@kvalita/core';
import type { StoredDocumentNotification } from '@kvalita/sharepoint';
import type { DeliveryRows } from '../../platform/delivery/run-wave';
import { addDays } from '@kvalita/core';
import { CATCH_UP_DAYS, waitingAtLeast, type AcknowledgedVersion } from '../reminders/document-reminder-plan';
import type { AudienceMember, DepartmentHead, DocumentDirectory } from './document-audience';
import type { EscalationItem } from '../cards/escalation-card';
import { ONCE, type DocumentNotificationStore } from './notification-store';

/** What one run of the fan-out read about the rows it may send (the cards are built from it). */
export interface NotificationRun {
  /** Documents of the rows still worth sending, read fresh this run. */
  readonly documents: Map<number, StoredDocument>;
  /** Escalation cards' contents by row id (a head's versions with people still waiting). */
  readonly escalations: Map<number, EscalationItem[]>;
  dropped: number;
}

export interface NotificationRowsDeps {
  readonly notifications: DocumentNotificationStore;
  readonly documents: Pick<DocumentsStore, 'get'>;
  readonly acknowledgements: Pick<AcknowledgementsStore, 'forDocuments'>;
  readonly directory: DocumentDirectory;
  readonly settings: () => DocumentSettings;
  /** Who has a personal chat (lower-case e-mails): rows of others wait unread, costing nothing. */
  readonly reachable: () => Promise<ReadonlySet<string>>;
  /** Today in the office (YYYY-MM-DD). */
  readonly today: () => string;
  readonly now: () => Date;
  readonly log?: (line: string) => void;
}

/** Too late by its date alone: a review reminder past its date, an overdue week long gone. */
function outdated(row: StoredDocumentNotification, today: string): string | null {
  if (row.kind === 'reviewSoon' && today > row.occasion.slice(0, 10)) return 'the review date has passed';
  if (row.kind === 'reviewOverdue') {
    const week = row.occasion.split('#')[1] ?? '';
    if (week !== '' && today > addDays(week, 6 + CATCH_UP_DAYS)) return 'a newer weekly reminder replaces it';
  }
  return null;
}

/** Why a row about this document must not go out any more (null: send it). */
function staleReason(row: StoredDocumentNotification, document: StoredDocument | null): string | null {
  if (!document) return 'the document is gone';
  if (document.status === 'withdrawn') return 'the document was withdrawn';
  const effective = document.effectiveVersion?.label ?? null;
  const revision = document.revision;
  switch (row.kind) {
    case 'acknowledgementRequest':
    case 'acknowledgementReminder':
    case 'acknowledgementEscalation':
      if (!document.requiresAcknowledgement) return 'the document no longer requires acknowledgement';
      return effective === row.versionLabel ? null : 'a newer version took effect';
    case 'reviewRequest':
    case 'approvalRequest':
      return revision?.status === 'inReview' && revision.label === row.versionLabel
        ? null
        : 'the draft is no longer in review';
    case 'reviewSoon':
    case 'reviewOverdue':
      if (document.status !== 'effective') return 'the document is not effective';
      return document.nextReviewDate === row.occasion.slice(0, 10) ? null : 'the review date moved';
    case 'returned':
    case 'approved':
      return null;
  }
}

/**
 * The notifications list as the platform fan-out's rows (FanOutRunner). Before a page is handed to
 * the runner each row is checked against its document read afresh: a withdrawn document, a
 * superseded version, a draft no longer in review, a moved review date, or a person who confirmed
 * meanwhile drops the row, which is then never sent. A head's escalations due in one page become
 * one card (the first row carries it, the others are dropped as sent with it), so a head gets at
 * most one a day. Rows of people without a personal chat are passed through unread: the runner
 * leaves them pending until they install the app.
 */
export function notificationRows(deps: NotificationRowsDeps): {
  rows: DeliveryRows<StoredDocumentNotification>;
  run: () => NotificationRun;
} {
  let run: NotificationRun = { documents: new Map(), escalations: new Map(), dropped: 0 };
  let acknowledged = new Map<number, Map<string, Set<string>>>();
  let heads: DepartmentHead[] | null = null;
  let audiences = new Map<string, Promise<AudienceMember[]>>();
  /** The directory is read once per audience and run, however many heads and versions need it. */
  const membersOf = (audience: StoredDocument['acknowledgementAudience']) => {
    const key = JSON.stringify(audience);
    const known = audiences.get(key) ?? deps.directory.members(audience);
    audiences.set(key, known);
    return known;
  };

  const drop = async (row: StoredDocumentNotification, reason: string) => {
    if (await deps.notifications.drop(row, reason, deps.now())) {
      run.dropped += 1;
      deps.log?.(`document notification ${row.key} dropped: ${reason}`);
    }
  };

  const document = async (id: number): Promise<StoredDocument | null> => {
    const known = run.documents.get(id);
    if (known) return known;
    const read = await deps.documents.get(id);
    if (read) run.documents.set(id, read);
    return read;
  };

  /** Lower-case e-mails of those who confirmed each version of a document (read once per run). */
  const confirmations = async (documentId: number): Promise<Map<string, Set<string>>> => {
    const known = acknowledged.get(documentId);
    if (known) return known;
    const byVersion = new Map<string, Set<string>>();
    for (const ack of await deps.acknowledgements.forDocuments([documentId])) {
      const set = byVersion.get(ack.versionLabel) ?? new Set<string>();
      set.add(normalizeEmail(ack.email));
      byVersion.set(ack.versionLabel, set);
    }
    acknowledged.set(documentId, byVersion);
    return byVersion;
  };

  /** A head's line for one version: their people in the audience, confirmed, and still waiting. */
  const escalationItem = async (
    head: DepartmentHead,
    doc: StoredDocument,
    versionLabel: string,
  ): Promise<EscalationItem | null> => {
    const effectiveFrom = doc.effectiveVersion?.effectiveFrom ?? doc.effectiveFrom ?? deps.today();
    const audience = (await membersOf(doc.acknowledgementAudience)).filter(
      (member) => member.departmentCode !== null && head.departmentCodes.includes(member.departmentCode),
    );
    if (audience.length === 0) return null;
    const version: AcknowledgedVersion = {
      documentId: doc.id,
      versionLabel,
      effectiveFrom,
      audience,
      acknowledged: (await confirmations(doc.id)).get(versionLabel) ?? new Set(),
      requests: await deps.notifications.ofSubject({
        kind: 'acknowledgementRequest',
        documentId: doc.id,
        versionLabel,
        occasion: ONCE,
      }),
    };
    const waiting = waitingAtLeast(version, deps.today(), deps.settings().acknowledgementEscalationDays);
    return {
      documentId: doc.id,
      code: doc.code,
      title: doc.title,
      versionLabel,
      audience: audience.length,
      acknowledged: audience.filter((member) => version.acknowledged.has(member.email)).length,
      waiting: waiting.map((member) => member.displayName).sort((a, b) => a.localeCompare(b, 'cs')),
    };
  };

  /** One card per head in a page: the first row carries every escalation of theirs that is due. */
  const escalations = async (page: readonly StoredDocumentNotification[]) => {
    const byHead = new Map<string, StoredDocumentNotification[]>();
    for (const row of page) {
      const email = normalizeEmail(row.recipientEmail ?? '');
      byHead.set(email, [...(byHead.get(email) ?? []), row]);
    }
    heads ??= await deps.directory.heads();
    const kept: StoredDocumentNotification[] = [];
    for (const [email, rows] of byHead) {
      const head = heads.find((candidate) => candidate.email === email);
      const items: EscalationItem[] = [];
      if (head)
        for (const row of rows) {
          const doc = await document(row.documentId);
          if (staleReason(row, doc) !== null || !doc) continue;
          const item = await escalationItem(head, doc, row.versionLabel);
          if (item && item.waiting.length > 0) items.push(item);
        }
      const [carrier, ...rest] = rows;
      if (!carrier) continue;
      if (items.length === 0) {
        for (const row of rows)
          await drop(row, head ? 'everyone confirmed meanwhile' : 'no longer a head of department');
        continue;
      }
      run.escalations.set(carrier.id, items);
      kept.push(carrier);
      for (const row of rest) await drop(row, `sent on one card with notification ${carrier.id}`);
    }
    return kept;
  };

  const checked = async (page: readonly StoredDocumentNotification[], reachable: ReadonlySet<string>) => {
    const today = deps.today();
    const kept: StoredDocumentNotification[] = [];
    const escalationRows: StoredDocumentNotification[] = [];
    for (const row of page) {
      const late = outdated(row, today);
      if (late !== null) {
        await drop(row, late);
        continue;
      }
      const recipient = normalizeEmail(row.recipientEmail ?? '');
      if (!reachable.has(recipient)) {
        kept.push(row);
        continue;
      }
      if (row.kind === 'acknowledgementEscalation') {
        escalationRows.push(row);
        continue;
      }
      const doc = await document(row.documentId);
      const reason = staleReason(row, doc);
      if (reason !== null) {
        await drop(row, reason);
        continue;
      }
      if (
        (row.kind === 'acknowledgementRequest' || row.kind === 'acknowledgementReminder') &&
        (await confirmations(row.documentId)).get(row.versionLabel)?.has(recipient)
      ) {
        await drop(row, 'the person confirmed meanwhile');
        continue;
      }
      kept.push(row);
    }
    return [...kept, ...(escalationRows.length > 0 ? await escalations(escalationRows) : [])];
  };

  const rows: DeliveryRows<StoredDocumentNotification> = {
    async *due(_key, _wave, options = {}) {
      run = { documents: new Map(), escalations: new Map(), dropped: 0 };
      acknowledged = new Map();
      heads = null;
      audiences = new Map();
      const reachable = await deps.reachable();
      const { kind: _kind, ...rest } = options;
      for await (const page of deps.notifications.due(rest)) {
        const kept = await checked(page, reachable);
        if (kept.length > 0) yield kept;
      }
    },
    claim: (row, at) => deps.notifications.claim(row, at),
    renew: (row, at) => deps.notifications.renew(row, at),
    markSent: (row, at) => deps.notifications.markSent(row, at),
    markFailed: (row, error, at) => deps.notifications.markFailed(row, error, at),
    markSkipped: (row, reason, at) => deps.notifications.markSkipped(row, reason, at),
  };
  return { rows, run: () => run };
}
