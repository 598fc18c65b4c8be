import {
  DEFAULT_DOCUMENT_SETTINGS,
  type Department,
  type DocumentDraft,
  type Person,
  type StoredDocument,
} from '@kvalita/core';
import { DocumentsService } from '../../src/documents/documents-service';
import type { DocumentNotifier } from '../../src/documents/document-ports';
import type { DocumentsPerson } from '../../src/documents/documents-deps';
import type { IncomingUpload } from '../../src/documents/upload-body';
import { MemoryAcknowledgementsStore, MemoryDocumentsStore } from './in-memory-stores';

export const DEPARTMENTS: Department[] = [
  { code: 'KT', name: 'Kancelář tajemníka', parentCode: null },
  { code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null },
  { code: 'OSV-SP', name: 'Oddělení sociální práce', parentCode: 'OSV' },
  { code: 'OD', name: 'Odbor dopravy', parentCode: null },
];

const person = (
  local: string,
  displayName: string,
  departmentCode: string,
  roles: Person['roles'],
): Person => ({
  email: `${local}@lipova.example`,
  displayName,
  jobTitle: null,
  departmentCode,
  managerEmail: null,
  roles,
});

export const PEOPLE = {
  quality: person('jana.novakova', 'Ing. Jana Nováková', 'KT', ['qualityManager', 'employee']),
  director: person('petr.svoboda', 'Mgr. Petr Svoboda', 'KT', ['director', 'employee']),
  headOsv: person('lucie.dvorakova', 'Bc. Lucie Dvořáková', 'OSV', ['headOfDepartment', 'employee']),
  headOd: person('tomas.cerny', 'Ing. Tomáš Černý', 'OD', ['headOfDepartment', 'employee']),
  reviewer: person('marie.prochazkova', 'Marie Procházková', 'OSV-SP', ['cafTeamMember', 'employee']),
  employee: person('jiri.kucera', 'Jiří Kučera', 'OD', ['employee']),
  clerk: person('eva.vesela', 'Eva Veselá', 'OSV-SP', ['employee']),
} as const;

export type Who = keyof typeof PEOPLE;

export const draftOf = (changes: Partial<DocumentDraft> = {}): DocumentDraft => ({
  code: 'SM-01',
  title: 'Metodika řízení kvality',
  kind: 'methodology',
  description: 'Jak úřad řídí kvalitu podle modelu CAF.',
  ownerEmail: PEOPLE.headOd.email,
  approverEmail: PEOPLE.director.email,
  issuingBody: 'secretary',
  issuingResolution: null,
  reviewerEmails: [PEOPLE.reviewer.email],
  departmentCodes: [],
  reviewIntervalMonths: 12,
  requiresAcknowledgement: true,
  acknowledgementAudience: { scope: 'office', departmentCodes: [], roles: [] },
  relatedSubcriteria: ['1.1', '5.1'],
  ...changes,
});

/** The bytes of a small file, as a request body would bring them (in two chunks). */
export function fileUpload(
  etag: string,
  changes: Partial<Omit<IncomingUpload, 'content'>> & { text?: string; breakAfter?: number } = {},
): IncomingUpload {
  const bytes = new TextEncoder().encode(changes.text ?? 'Metodika řízení kvality, verze pro schválení.');
  const half = Math.floor(bytes.length / 2);
  const breakAfter = changes.breakAfter;
  return {
    name: changes.name ?? 'SM-01 Metodika.docx',
    etag,
    contentType:
      'contentType' in changes
        ? changes.contentType
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    declaredBytes: 'declaredBytes' in changes ? (changes.declaredBytes ?? null) : bytes.length,
    content: (async function* () {
      yield bytes.slice(0, half);
      if (breakAfter !== undefined) throw new Error('connection reset');
      yield bytes.slice(half);
    })(),
  };
}

export interface Notice {
  readonly kind: 'submitted' | 'returned' | 'approved' | 'tookEffect' | 'withdrawn';
  readonly documentId: number;
  readonly versionLabel: string | null;
}

/** A notifier that writes down what it was told. */
export function recordingNotifier(): DocumentNotifier & { readonly notices: Notice[] } {
  const notices: Notice[] = [];
  const note = (kind: Notice['kind']) => async (document: StoredDocument) => {
    notices.push({ kind, documentId: document.id, versionLabel: document.effectiveVersion?.label ?? null });
  };
  return {
    notices,
    submitted: note('submitted'),
    returned: note('returned'),
    approved: note('approved'),
    tookEffect: note('tookEffect'),
    withdrawn: note('withdrawn'),
  };
}

/** A clock the test moves. */
export function testClock(start = '2026-12-03T09:00:00Z') {
  let now = new Date(start);
  return {
    now: () => now,
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
}

export function documentsWorld(options: { joinedOn?: Partial<Record<string, string>> } = {}) {
  const clock = testClock();
  const people: DocumentsPerson[] = Object.values(PEOPLE).map((p) => ({
    ...p,
    joinedOn: options.joinedOn?.[p.email] ?? null,
  }));
  const store = new MemoryDocumentsStore(people, DEPARTMENTS, clock.now);
  const acknowledgements = new MemoryAcknowledgementsStore();
  const notifier = recordingNotifier();
  const service = new DocumentsService({
    store,
    acknowledgements,
    people: {
      list: async () => people,
      findByEmail: async (email) => people.find((p) => p.email === email.toLowerCase()) ?? null,
    },
    departments: { list: async () => DEPARTMENTS },
    notifier,
    settings: DEFAULT_DOCUMENT_SETTINGS,
    now: clock.now,
    log: () => undefined,
  });
  const actor = (who: Who) => service.actorOf(PEOPLE[who]);
  return { clock, people, store, acknowledgements, notifier, service, actor };
}
