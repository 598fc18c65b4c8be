import type { DocumentDraft, NewDocumentEvent } from '@kvalita/core';

/** A methodology as the create form sends it (tests change what they need). */
export const methodologyDraft = (code: string, overrides: Partial<DocumentDraft> = {}): DocumentDraft => ({
  code,
  title: 'Metodika řízení kvality',
  kind: 'methodology',
  description: 'Jak úřad řídí kvalitu podle modelu CAF 2020.',
  ownerEmail: 'jana.novakova@lipova.example',
  approverEmail: 'petr.svoboda@lipova.example',
  issuingBody: 'director',
  issuingResolution: null,
  reviewerEmails: ['adam.cermak@lipova.example'],
  departmentCodes: [],
  reviewIntervalMonths: 12,
  requiresAcknowledgement: true,
  acknowledgementAudience: { scope: 'office', departmentCodes: [], roles: [] },
  relatedSubcriteria: ['1.1', '5.2'],
  ...overrides,
});

export const documentEvent = (
  kind: NewDocumentEvent['kind'],
  versionLabel: string,
  byEmail = 'jana.novakova@lipova.example',
  note = '',
): NewDocumentEvent => ({ kind, byEmail, versionLabel, note });

/** Bytes as an upload brings them, in pieces of `piece` bytes. */
export async function* piecesOf(bytes: Uint8Array, piece: number): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += piece) yield bytes.slice(offset, offset + piece);
}

/** An upload that breaks off after `after` bytes (the connection dropped). */
export async function* breaksOff(bytes: Uint8Array, piece: number, after: number): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += piece) {
    if (offset >= after) throw new Error('connection reset');
    yield bytes.slice(offset, offset + piece);
  }
}

export async function readAll(content: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of content) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

export const textBytes = (text: string, repeat = 1): Uint8Array =>
  new Uint8Array(Buffer.from(text.repeat(repeat)));
