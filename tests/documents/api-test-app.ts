import express from 'express';
import type { AddressInfo } from 'node:net';
import { expect } from '@jest/globals';
import { DEFAULT_DOCUMENT_SETTINGS, DomainError, normalizeEmail } from '@kvalita/core';
import {
  documentAcknowledgementsReplySchema,
  documentChangeReplySchema,
  documentDetailReplySchema,
  documentEvidenceReplySchema,
  documentOverviewReplySchema,
  documentRegisterReplySchema,
  errorReplySchema,
  myAcknowledgementsReplySchema,
} from '@kvalita/core/schemas';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE } from '../../scripts/local/demo/office';
import { authenticateWith } from '../../bot/src/platform/auth/middleware';
import { compressJson } from '../../bot/src/platform/http/compress-json';
import { errorHandler } from '../../bot/src/platform/http/error-handler';
import { DocumentsService } from '../../bot/src/documents/documents-service';
import { documentsRoutes } from '../../bot/src/documents/documents-routes';
import { silentDocumentNotifier } from '../../bot/src/documents/document-ports';
import { MemoryAcknowledgementsStore, MemoryDocumentsStore } from '../../bot/test/documents/in-memory-stores';

/**
 * The documents API over HTTP as the service mounts it (its own JSON parsing, compressed replies,
 * the error body of every endpoint) on in-memory storage with the demo office's people and
 * departments; people sign in as in local mode (`Authorization: Demo <email>`).
 */
export interface DocumentsTestApp {
  readonly url: string;
  readonly store: MemoryDocumentsStore;
  readonly acknowledgements: MemoryAcknowledgementsStore;
  setNow(now: Date): void;
  stop(): Promise<void>;
}

export async function startDocumentsApp(start = new Date('2026-12-03T09:00:00Z')): Promise<DocumentsTestApp> {
  let now = start;
  const clock = () => now;
  const store = new MemoryDocumentsStore(DEMO_PEOPLE, DEMO_DEPARTMENTS, clock);
  const acknowledgements = new MemoryAcknowledgementsStore();
  const find = async (email: string) =>
    DEMO_PEOPLE.find((person) => person.email === normalizeEmail(email)) ?? null;
  const documents = new DocumentsService({
    store,
    acknowledgements,
    people: { list: async () => DEMO_PEOPLE, findByEmail: find },
    departments: { list: async () => DEMO_DEPARTMENTS },
    notifier: silentDocumentNotifier,
    settings: DEFAULT_DOCUMENT_SETTINGS,
    now: clock,
    log: () => undefined,
  });
  const authenticate = authenticateWith({
    async authenticate({ authorization }) {
      const match = /^Demo\s+(\S{3,255})$/i.exec(authorization ?? '');
      const person = match?.[1] ? await find(match[1]) : null;
      if (!person) throw new DomainError('unauthorized');
      return { email: person.email, displayName: person.displayName, roles: person.roles };
    },
  });
  const app = express();
  app.use('/api', compressJson());
  app.use('/api/documents', documentsRoutes({ authenticate, documents }));
  app.use(errorHandler(() => undefined));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/documents`,
    store,
    acknowledgements,
    setNow: (next) => {
      now = next;
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown> & {
    error?: { code: string; message: string; details?: string; reason?: { key: string } };
  };
}

interface Schema {
  safeParse(
    input: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: unknown[] } };
}

/** The reply schema of each JSON endpoint of docs/api-documents.md, by method and path. */
const ROUTES: readonly (readonly [string, RegExp, Schema])[] = [
  ['GET', /^\/?(\?.*)?$/, documentRegisterReplySchema],
  ['POST', /^\/?$/, documentChangeReplySchema],
  ['GET', /^\/overview$/, documentOverviewReplySchema],
  ['GET', /^\/evidence(\?.*)?$/, documentEvidenceReplySchema],
  ['GET', /^\/acknowledgements\/mine$/, myAcknowledgementsReplySchema],
  ['GET', /^\/\d+\/acknowledgements$/, documentAcknowledgementsReplySchema],
  ['GET', /^\/[^/?]+$/, documentDetailReplySchema],
  ['PUT', /^\/[^/]+(\/file\?.*)?$/, documentChangeReplySchema],
  ['POST', /^\/[^/]+\/[a-z]+$/, documentChangeReplySchema],
];

/** The reply checked against the contract: the error body, or its endpoint's reply exactly. */
export function expectDocumentsReply(method: string, path: string, status: number, body: unknown): void {
  const route = ROUTES.find(([verb, pattern]) => verb === method && pattern.test(path));
  const schema = status >= 400 ? errorReplySchema : route?.[2];
  if (!schema) throw new Error(`No contract reply for ${method} ${path}`);
  const checked = schema.safeParse(body);
  if (!checked.success)
    throw new Error(
      `${method} ${path} (${status}) does not match the contract: ${JSON.stringify(checked.error.issues)}`,
    );
  expect(checked.data).toEqual(body);
}

/** One JSON call as a demo person (`who` before @lipova.example); the reply checked against the contract. */
export async function callDocuments(
  app: Pick<DocumentsTestApp, 'url'>,
  method: string,
  path: string,
  who: string | null,
  body?: unknown,
  language = 'en',
): Promise<Reply> {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      ...(who === null ? {} : { Authorization: `Demo ${who.includes('@') ? who : `${who}@lipova.example`}` }),
      'content-type': 'application/json',
      'accept-language': language,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed = (text ? JSON.parse(text) : null) as Reply['body'];
  expectDocumentsReply(method, path, response.status, parsed);
  return { status: response.status, headers: response.headers, body: parsed };
}

/** PUT …/:id/file with the bytes as the body, as the tab's upload sends it. */
export async function uploadFile(
  app: Pick<DocumentsTestApp, 'url'>,
  id: number,
  who: string,
  query: Record<string, string>,
  bytes: Uint8Array,
  contentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
): Promise<Reply> {
  const path = `/${id}/file?${new URLSearchParams(query).toString()}`;
  const response = await fetch(`${app.url}${path}`, {
    method: 'PUT',
    headers: {
      Authorization: `Demo ${who}@lipova.example`,
      'content-type': contentType,
      'accept-language': 'cs',
    },
    body: bytes,
  });
  const text = await response.text();
  const parsed = (text ? JSON.parse(text) : null) as Reply['body'];
  expectDocumentsReply('PUT', path, response.status, parsed);
  return { status: response.status, headers: response.headers, body: parsed };
}
