import type {
  DocumentDetailReply,
  DocumentOverviewReply,
  DocumentRegisterReply,
  MyAcknowledgementsReply,
} from '@kvalita/core';

import { measuresApiError } from '../measures-api/measures-api';

/** Turns a 2xx reply body into the contract's reply, or throws when it is not one. */
export interface DocumentReplyReaders {
  readonly register: (body: unknown) => DocumentRegisterReply;
  readonly detail: (body: unknown) => DocumentDetailReply;
  readonly myAcknowledgements: (body: unknown) => MyAcknowledgementsReply;
  readonly overview: (body: unknown) => DocumentOverviewReply;
}

/** A reply that is not what the contract says (an older service, a proxy's page): a clear error, no half-drawn list. */
function unexpected(what: string): Error {
  return measuresApiError('internal', `The service answered ${what} in an unexpected shape.`, 200);
}

function record(body: unknown, what: string): Readonly<Record<string, unknown>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw unexpected(what);
  return body as Readonly<Record<string, unknown>>;
}

function requireArrays(body: Readonly<Record<string, unknown>>, names: readonly string[], what: string): void {
  for (const name of names) if (!Array.isArray(body[name])) throw unexpected(what);
}

/** The fields every reply's consumers read before drawing anything. */
export const documentReplyReaders: DocumentReplyReaders = {
  register: (body) => {
    const reply = record(body, 'the register');
    requireArrays(reply, ['items'], 'the register');
    if (typeof reply.total !== 'number' || typeof reply.pendingAcknowledgements !== 'number') throw unexpected('the register');
    return reply as unknown as DocumentRegisterReply;
  },
  detail: (body) => {
    const reply = record(body, 'a document');
    requireArrays(reply, ['versions', 'events', 'comments', 'allowed'], 'a document');
    const document = record(reply.document, 'a document');
    if (typeof document.id !== 'number' || typeof document.etag !== 'string') throw unexpected('a document');
    record(reply.acknowledgement, 'a document');
    return reply as unknown as DocumentDetailReply;
  },
  myAcknowledgements: (body) => {
    const reply = record(body, 'the acknowledgements');
    requireArrays(reply, ['pending'], 'the acknowledgements');
    return reply as unknown as MyAcknowledgementsReply;
  },
  overview: (body) => {
    const reply = record(body, 'the overview');
    requireArrays(
      reply,
      ['awaitingApproval', 'reviewsDue', 'acknowledgementsByDocument', 'acknowledgementsByDepartment'],
      'the overview',
    );
    return reply as unknown as DocumentOverviewReply;
  },
};
