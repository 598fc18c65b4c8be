import type {
  DocumentDetailReply,
  DocumentOverviewReply,
  DocumentRegisterReply,
  MyAcknowledgementsReply,
} from '@kvalita/core';
import {
  documentDetailReplySchema,
  documentOverviewReplySchema,
  documentRegisterReplySchema,
  myAcknowledgementsReplySchema,
} from '@kvalita/core/schemas';

import { measuresApiError } from '../measures-api/measures-api';

/** Turns a 2xx reply body into the contract's reply, or throws when it is not one. */
export interface DocumentReplyReaders {
  readonly register: (body: unknown) => DocumentRegisterReply;
  readonly detail: (body: unknown) => DocumentDetailReply;
  readonly myAcknowledgements: (body: unknown) => MyAcknowledgementsReply;
  readonly overview: (body: unknown) => DocumentOverviewReply;
}

/** What reading a reply needs of a schema (core's reply schemas are zod/mini; any safeParse fits). */
interface ReplySchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

/**
 * Nothing the network returns is trusted: a reply is read with its contract schema (core's, the
 * same the tab reads with). Another shape (an older service, a proxy's sign-in page) is a clear
 * error rather than half a list.
 */
function readWith<T>(schema: ReplySchema<T>, what: string): (body: unknown) => T {
  return (body) => {
    const result = schema.safeParse(body);
    if (result.success) return result.data;
    throw measuresApiError('internal', `The service answered ${what} in an unexpected shape.`, 200);
  };
}

export const documentReplyReaders: DocumentReplyReaders = {
  register: readWith<DocumentRegisterReply>(documentRegisterReplySchema, 'the register'),
  detail: readWith<DocumentDetailReply>(documentDetailReplySchema, 'a document'),
  myAcknowledgements: readWith<MyAcknowledgementsReply>(myAcknowledgementsReplySchema, 'the acknowledgements'),
  overview: readWith<DocumentOverviewReply>(documentOverviewReplySchema, 'the overview'),
};
