import express from 'express';
import type { AddressInfo } from 'node:net';
import { DomainError, normalizeEmail } from '@kvalita/core';
import { authenticateWith } from '../../../bot/src/platform/auth/middleware';
import { compressJson } from '../../../bot/src/platform/http/compress-json';
import { errorHandler } from '../../../bot/src/platform/http/error-handler';
import { mysteryRoutes } from '../../../bot/src/mystery/mystery-routes';
import { mysteryDownloads } from '../../../bot/src/mystery/exports/mystery-downloads';
import { mysteryFixture, people } from '../../../bot/test/mystery/mystery-fixture';
import { expectContractReply } from '../../support/contract-reply';

/*
 * /api/mystery on memory stores that count their writes (bot/test/mystery), with the demo sign-in
 * (`Authorization: Demo <e-mail>`): what the bad-input tests need to show that a refusal wrote
 * nothing. The stack tests (mystery-stack.test.ts) run the same routes on the local SharePoint.
 */
/** A reply as the tests read it: the error body's fields typed, the rest read by the test. */
export interface ReplyBody {
  readonly error?: {
    readonly code: string;
    readonly details?: string;
    readonly reason?: { readonly key: string };
  };
  readonly [field: string]: unknown;
}

export async function startMysteryApp() {
  const fixture = mysteryFixture();
  const authenticate = authenticateWith({
    async authenticate({ authorization }) {
      const match = /^Demo\s+(\S{3,255})$/i.exec(authorization ?? '');
      const person = match?.[1] ? people.find((one) => one.email === normalizeEmail(match[1]!)) : undefined;
      if (!person) throw new DomainError('unauthorized');
      return { email: person.email, displayName: person.displayName, roles: person.roles };
    },
  });
  const app = express();
  app.use('/api', compressJson());
  app.use(
    '/api/mystery',
    mysteryRoutes({
      authenticate,
      mystery: fixture.service,
      downloads: mysteryDownloads(fixture.service, 'Městský úřad Lipová'),
    }),
  );
  app.use(errorHandler(() => undefined));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/api/mystery`;
  /** One call as a person; a JSON reply checked against the contract. */
  const call = async (
    method: string,
    path: string,
    who: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: ReplyBody | null }> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(who === null ? {} : { Authorization: `Demo ${who}` }),
        'content-type': 'application/json',
        'accept-language': 'en',
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = text ? (JSON.parse(text) as ReplyBody) : null;
    if (response.headers.get('content-type')?.includes('json') || response.status >= 400)
      expectContractReply(method, `/api/mystery${path.split('?')[0]}`, response.status, json);
    return { status: response.status, body: json };
  };
  return {
    ...fixture,
    call,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
