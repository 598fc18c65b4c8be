import {
  normalizeEmail,
  type AcknowledgementsStore,
  type DocumentsStore,
  type StoredDocument,
} from '@kvalita/core';
import type { NewDocumentNotification } from '@kvalita/sharepoint';
import type { DocumentNotifier } from '../document-ports';
import type { DocumentDirectory } from './document-audience';
import { ONCE, type DocumentNotificationStore } from './notification-store';

export interface DocumentChatNotifierDeps {
  readonly notifications: DocumentNotificationStore;
  readonly directory: Pick<DocumentDirectory, 'members'>;
  readonly acknowledgements: Pick<AcknowledgementsStore, 'forDocuments'>;
  readonly documents: Pick<DocumentsStore, 'versions'>;
  readonly now: () => Date;
  /** Asks the fan-out to run now rather than at the next tick (never awaited by the service). */
  readonly kick?: () => void;
  readonly log?: (line: string) => void;
}

/**
 * What the documents' service tells the chat, turned into planned cards: rows in the notifications
 * list (one per kind, version, occasion and person; unique keys make a repeated call add nothing),
 * which the fan-out of DocumentReminders sends at Teams' pace, resumably, claiming each row before
 * its send. Planning is all the service waits for; a failure to plan is logged and never fails
 * the change the person made (the daily pass plans missing read-and-confirm cards again).
 */
export class DocumentChatNotifier implements DocumentNotifier {
  constructor(private readonly deps: DocumentChatNotifierDeps) {}

  async submitted(document: StoredDocument): Promise<void> {
    const revision = document.revision;
    if (!revision) return;
    // A draft submitted again after a return is a new occasion: its reviewers are asked again.
    const occasion = revision.submittedAt ?? document.modifiedAt;
    const base = { documentId: document.id, versionLabel: revision.label, occasion };
    const reviewers = document.reviewerEmails
      .map(normalizeEmail)
      .filter((email) => email !== normalizeEmail(document.approverEmail ?? ''));
    await this.plan('submitted', [
      ...[...new Set(reviewers)].map((email) => ({
        kind: 'reviewRequest' as const,
        ...base,
        recipientEmail: email,
      })),
      ...(document.approverEmail
        ? [
            {
              kind: 'approvalRequest' as const,
              ...base,
              recipientEmail: normalizeEmail(document.approverEmail),
            },
          ]
        : []),
    ]);
  }

  async returned(document: StoredDocument, _comment: string): Promise<void> {
    // The comment is read from the document when the card goes out (it is the draft's returnComment).
    if (!document.ownerEmail || !document.revision) return;
    await this.plan('returned', [
      {
        kind: 'returned',
        documentId: document.id,
        versionLabel: document.revision.label,
        occasion: document.modifiedAt,
        recipientEmail: normalizeEmail(document.ownerEmail),
      },
    ]);
  }

  async approved(document: StoredDocument): Promise<void> {
    if (!document.ownerEmail) return;
    // With a later effective date the approved version is not the effective one yet: the newest approved.
    const approved = (await this.deps.documents.versions(document.id)).find(
      (version) => version.approvedAt !== null,
    );
    const label = approved?.label ?? document.effectiveVersion?.label;
    if (!label) return;
    await this.plan('approved', [
      {
        kind: 'approved',
        documentId: document.id,
        versionLabel: label,
        occasion: ONCE,
        recipientEmail: normalizeEmail(document.ownerEmail),
      },
    ]);
  }

  async tookEffect(document: StoredDocument): Promise<void> {
    const version = document.effectiveVersion;
    if (!document.requiresAcknowledgement || !version || document.status !== 'effective') return;
    const [members, acknowledged] = await Promise.all([
      this.deps.directory.members(document.acknowledgementAudience),
      this.deps.acknowledgements.forDocuments([document.id]),
    ]);
    const done = new Set(
      acknowledged
        .filter((ack) => ack.versionLabel === version.label)
        .map((ack) => normalizeEmail(ack.email)),
    );
    await this.plan(
      'took effect',
      members
        .filter((member) => !done.has(member.email))
        .map((member) => ({
          kind: 'acknowledgementRequest' as const,
          documentId: document.id,
          versionLabel: version.label,
          occasion: ONCE,
          recipientEmail: member.email,
        })),
    );
  }

  async withdrawn(document: StoredDocument): Promise<void> {
    const at = this.deps.now();
    let dropped = 0;
    for (const row of await this.deps.notifications.ofDocument(document.id))
      if (row.state === 'pending' || row.state === 'failed' || row.state === 'sending')
        if (await this.deps.notifications.drop(row, 'the document was withdrawn', at)) dropped += 1;
    if (dropped > 0)
      this.deps.log?.(`document ${document.id} withdrawn: ${dropped} chat notifications dropped`);
  }

  private async plan(what: string, notifications: readonly NewDocumentNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    let outcome;
    try {
      outcome = await this.deps.notifications.plan(notifications);
    } catch (error) {
      this.deps.log?.(
        `documents: chat notifications not planned (${what}): ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    if (outcome.unresolved > 0)
      this.deps.log?.(
        `documents: ${outcome.unresolved} people could not be resolved in SharePoint (${what})`,
      );
    if (outcome.planned > 0) {
      this.deps.log?.(`documents: ${outcome.planned} chat notifications planned (${what})`);
      this.deps.kick?.();
    }
  }
}
