import {
  StaleVersionError,
  type AcknowledgementAudience,
  type DocumentComment,
  type DocumentEvent,
  type DocumentStateChange,
  type AcknowledgementsStore,
  type Department,
  type DocumentSettings,
  type DocumentsStore,
  type Person,
  type StoredAcknowledgement,
  type StoredDocument,
  type StoredDocumentQuery,
  type StoredDocumentSummary,
} from '@kvalita/core';
import type { StoredBotConversation } from '@kvalita/sharepoint';
import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../src/platform/chat/adaptive-card.types';
import type { Clock } from '../../src/platform/delivery/clock';
import { RateLimiter } from '../../src/platform/delivery/rate-limiter';
import { directoryOf } from '../../src/documents/chat/document-audience';
import { DocumentChatNotifier } from '../../src/documents/chat/document-chat-notifier';
import { DocumentReminders } from '../../src/documents/reminders/document-reminders';
import { MemoryNotifications } from './memory-notifications';

export const JANA = 'jana.novakova@lipova.example';
export const PETR = 'petr.svoboda@lipova.example';
export const LUCIE = 'lucie.dvorakova@lipova.example';
export const TOMAS = 'tomas.cerny@lipova.example';
export const JIRI = 'jiri.kucera@lipova.example';
export const EVA = 'eva.vesela@lipova.example';
export const MARIE = 'marie.prochazkova@lipova.example';

export const DEPARTMENTS: Department[] = [
  { code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null },
  { code: 'OSV-SP', name: 'Oddělení sociální práce', parentCode: 'OSV' },
  { code: 'OD', name: 'Odbor dopravy', parentCode: null },
];

const person = (
  email: string,
  displayName: string,
  departmentCode: string | null,
  roles: Person['roles'],
): Person => ({
  email,
  displayName,
  jobTitle: null,
  departmentCode,
  managerEmail: null,
  roles,
});

export const PEOPLE: Person[] = [
  person(JANA, 'Jana Nováková', null, ['qualityManager']),
  person(PETR, 'Petr Svoboda', null, ['director']),
  person(LUCIE, 'Lucie Dvořáková', 'OSV', ['headOfDepartment']),
  person(TOMAS, 'Tomáš Černý', 'OD', ['headOfDepartment']),
  person(JIRI, 'Jiří Kučera', 'OSV-SP', ['employee']),
  person(EVA, 'Eva Veselá', 'OD', ['employee']),
  person(MARIE, 'Marie Procházková', 'OSV', ['cafTeamMember']),
];

export const OFFICE: AcknowledgementAudience = { scope: 'office', departmentCodes: [], roles: [] };

export interface DocumentSeed {
  readonly id: number;
  readonly code?: string;
  readonly title?: string;
  readonly status?: StoredDocument['status'];
  readonly versionLabel?: string | null;
  readonly effectiveFrom?: string | null;
  readonly nextReviewDate?: string | null;
  readonly requiresAcknowledgement?: boolean;
  readonly audience?: AcknowledgementAudience;
  readonly ownerEmail?: string | null;
  readonly approverEmail?: string;
  readonly reviewerEmails?: readonly string[];
  readonly revision?: StoredDocument['revision'];
}

export function storedDocument(seed: DocumentSeed): StoredDocument {
  const label = seed.versionLabel === undefined ? '1.0' : seed.versionLabel;
  const effectiveFrom = seed.effectiveFrom === undefined ? '2027-02-01' : seed.effectiveFrom;
  const ownerEmail = seed.ownerEmail === undefined ? JANA : seed.ownerEmail;
  const approverEmail = seed.approverEmail ?? PETR;
  const file = { name: `${seed.code ?? 'SM-01'}.docx`, type: 'docx' as const, bytes: 1000 };
  return {
    id: seed.id,
    code: seed.code ?? `SM-${String(seed.id).padStart(2, '0')}`,
    title: seed.title ?? 'Metodika řízení kvality',
    kind: 'methodology',
    description: '',
    issuingBody: 'director',
    issuingResolution: null,
    departmentCodes: [],
    reviewIntervalMonths: 12,
    requiresAcknowledgement: seed.requiresAcknowledgement ?? true,
    acknowledgementAudience: seed.audience ?? OFFICE,
    relatedSubcriteria: [],
    status: seed.status ?? 'effective',
    owner: ownerEmail ? { email: ownerEmail, displayName: 'Jana Nováková' } : null,
    approver: { email: approverEmail, displayName: 'Petr Svoboda' },
    reviewers: (seed.reviewerEmails ?? []).map((email) => ({ email, displayName: email })),
    departmentNames: [],
    fileType: 'docx',
    effectiveVersion:
      label === null
        ? null
        : {
            label,
            status: 'effective',
            file,
            createdAt: '2027-01-20T09:00:00Z',
            createdBy: null,
            approvedAt: '2027-01-20T09:00:00Z',
            approvedBy: { email: approverEmail, displayName: 'Petr Svoboda' },
            effectiveFrom,
            effectiveUntil: null,
            reasonForChange: null,
            contentUrl: `/api/documents/${seed.id}/versions/${label}/content`,
          },
    revision: seed.revision ?? null,
    effectiveFrom,
    nextReviewDate: seed.nextReviewDate === undefined ? '2028-02-01' : seed.nextReviewDate,
    withdrawnReason: null,
    webUrl: `https://lipova.sharepoint.com/sites/kvalita/KvalitaDocuments/SM-${seed.id}.docx`,
    createdAt: '2027-01-10T09:00:00Z',
    modifiedAt: '2027-01-20T09:00:00Z',
    etag: `"d${seed.id}"`,
    ownerEmail,
    approverEmail,
    reviewerEmails: seed.reviewerEmails ?? [],
  };
}

/**
 * The library in memory, as far as the chat and the service's acknowledge and comment use it:
 * reads, `change` with its ETag check and comments; creating, uploading and approving are other
 * tests' (they throw here).
 */
export class MemoryLibrary implements DocumentsStore {
  readonly documents = new Map<number, StoredDocument>();
  readonly stored: { documentId: number; comment: DocumentComment }[] = [];
  private version = 0;
  constructor(seeds: readonly DocumentSeed[]) {
    for (const seed of seeds) this.documents.set(seed.id, storedDocument(seed));
  }
  set(id: number, change: Partial<StoredDocument>): StoredDocument {
    const document = { ...(this.documents.get(id) ?? storedDocument({ id })), ...change };
    this.documents.set(id, document);
    return document;
  }
  async get(id: number) {
    return this.documents.get(id) ?? null;
  }
  async events(): Promise<DocumentEvent[]> {
    return [];
  }
  async comments(id: number): Promise<DocumentComment[]> {
    return this.stored.filter((row) => row.documentId === id).map((row) => row.comment);
  }
  async addComment(id: number, versionLabel: string, byEmail: string, text: string) {
    this.stored.push({
      documentId: id,
      comment: {
        id: this.stored.length + 1,
        versionLabel,
        by: { email: byEmail, displayName: byEmail },
        at: '',
        text,
      },
    });
  }
  async change(id: number, etag: string, change: { readonly state?: DocumentStateChange }) {
    const document = this.documents.get(id);
    if (!document || document.etag !== etag) throw new StaleVersionError();
    this.version += 1;
    this.set(id, {
      ...(change.state?.status ? { status: change.state.status } : {}),
      etag: `"c${this.version}"`,
    });
  }
  async create(): Promise<number> {
    throw new Error('not used by the chat tests');
  }
  async uploadDraft(): Promise<void> {
    throw new Error('not used by the chat tests');
  }
  async approve(): Promise<void> {
    throw new Error('not used by the chat tests');
  }
  async content(): Promise<null> {
    return null;
  }
  async versions(id: number) {
    const version = this.documents.get(id)?.effectiveVersion;
    return version ? [version] : [];
  }
  async summaries(query: StoredDocumentQuery): Promise<StoredDocumentSummary[]> {
    return [...this.documents.values()]
      .filter((d) => !query.statuses || query.statuses.includes(d.status))
      .filter(
        (d) =>
          query.requiresAcknowledgement === undefined ||
          d.requiresAcknowledgement === query.requiresAcknowledgement,
      )
      .filter((d) => !query.reviewBy || (d.nextReviewDate !== null && d.nextReviewDate <= query.reviewBy))
      .map((d) => ({
        id: d.id,
        code: d.code,
        title: d.title,
        kind: d.kind,
        status: d.status,
        versionLabel: d.effectiveVersion?.label ?? null,
        effectiveFrom: d.effectiveFrom,
        nextReviewDate: d.nextReviewDate,
        owner: d.owner,
        departmentCodes: d.departmentCodes,
        relatedSubcriteria: d.relatedSubcriteria,
        requiresAcknowledgement: d.requiresAcknowledgement,
        revisionStatus: d.revision?.status ?? null,
        webUrl: d.webUrl,
        modifiedAt: d.modifiedAt,
        ownerEmail: d.ownerEmail,
        approverEmail: d.approverEmail,
        reviewerEmails: d.reviewerEmails,
        acknowledgementAudience: d.acknowledgementAudience,
        submittedAt: d.revision?.submittedAt ?? null,
      }));
  }
}

/** Confirmations in memory: one per person and version, append-only. */
export class MemoryAcknowledgements implements AcknowledgementsStore {
  readonly rows: StoredAcknowledgement[] = [];
  async forDocuments(ids?: readonly number[]) {
    return this.rows.filter((row) => !ids || ids.includes(row.documentId));
  }
  async forPerson(email: string) {
    return this.rows.filter((row) => row.email === email.toLowerCase());
  }
  async record(ack: StoredAcknowledgement) {
    const same = this.rows.find(
      (row) =>
        row.documentId === ack.documentId &&
        row.versionLabel === ack.versionLabel &&
        row.email === ack.email.toLowerCase(),
    );
    if (same) return 'already' as const;
    this.rows.push({ ...ack, email: ack.email.toLowerCase() });
    return 'recorded' as const;
  }
}

/** Time that moves when someone sleeps. */
class StepClock implements Clock {
  time = 0;
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.time += Math.max(0, ms);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export function chat(email: string, locale = 'cs-CZ'): StoredBotConversation {
  return {
    itemId: 1,
    updatedOn: null,
    userObjectId: `oid-${email}`,
    displayName: email,
    email,
    conversationId: `a:${email}`,
    channelUserId: `29:${email}`,
    serviceUrl: 'https://smba.example/',
    botId: '28:kvalita',
    tenantId: 'tenant',
    channelId: 'msteams',
    locale,
  };
}

export interface SentCard {
  readonly to: string;
  readonly card: AdaptiveCard;
}

/** An office with documents, people with chats, and the documents' chat as the scheduler runs it. */
export function documentsOffice(
  seeds: readonly DocumentSeed[],
  options: { people?: Person[]; chats?: StoredBotConversation[]; settings?: DocumentSettings } = {},
) {
  const people = options.people ?? [...PEOPLE];
  const library = new MemoryLibrary(seeds);
  const acknowledgements = new MemoryAcknowledgements();
  let now = new Date('2027-03-02T08:00:00Z');
  const notifications = new MemoryNotifications(() => now);
  const chats = options.chats ?? people.map((p) => chat(p.email, p.email === TOMAS ? 'en-GB' : 'cs-CZ'));
  const sent: SentCard[] = [];
  const directory = directoryOf({ list: async () => people }, { list: async () => DEPARTMENTS });
  const build = () =>
    new DocumentReminders({
      documents: library,
      acknowledgements,
      notifications,
      directory,
      ...(options.settings ? { settings: () => options.settings as DocumentSettings } : {}),
      conversations: { all: async () => chats },
      send: async (conversation, activity: Partial<Activity>) => {
        sent.push({ to: conversation.email ?? '', card: activity.attachments?.[0]?.content as AdaptiveCard });
      },
      links: {
        document: (id) => `https://teams.example/documents/${id}`,
        register: () => 'https://teams.example/documents',
      },
      limiter: new RateLimiter(new StepClock(), { ratePerSecond: 1000 }),
      clock: new StepClock(),
      random: () => 0.5,
      now: () => now,
      options: { jitterMs: 0 },
    });
  const notifier = new DocumentChatNotifier({
    notifications,
    directory,
    acknowledgements,
    documents: library,
    now: () => now,
  });
  return {
    people,
    library,
    acknowledgements,
    notifications,
    chats,
    sent,
    notifier,
    /** A fresh process (nothing remembered but what is stored). */
    restart: build,
    scheduler: build(),
    at(iso: string) {
      now = new Date(iso);
      return now;
    },
    confirm(documentId: number, versionLabel: string, email: string) {
      return acknowledgements.record({
        documentId,
        versionLabel,
        email,
        departmentCode: null,
        at: now.toISOString(),
      });
    },
  };
}

/** The text of a card's blocks, one string (titles are rich text runs). */
export function cardText(card: AdaptiveCard): string {
  return JSON.stringify(card.body);
}
