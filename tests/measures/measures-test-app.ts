import express from 'express';
import type { AddressInfo } from 'node:net';
import { DomainError, normalizeEmail, type MeasureSettings } from '@kvalita/core';
import {
  measureChangeReplySchema,
  measureDetailReplySchema,
  measureRegisterReplySchema,
  errorReplySchema,
} from '@kvalita/core/schemas';
import { expect } from '@jest/globals';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE } from '../../scripts/local/demo/office';
import { authenticateWith } from '../../bot/src/platform/auth/middleware';
import { errorHandler } from '../../bot/src/platform/http/error-handler';
import { MeasuresService } from '../../bot/src/measures/measures-service';
import { measuresRoutes } from '../../bot/src/measures/measures-routes';
import { MemoryMeasuresStore } from '../../bot/test/measures/memory-measures-store';

/**
 * The measures API over HTTP as the service mounts it (JSON bodies up to 256 kB, the error body of
 * every endpoint), on an in-memory register with the demo office's people and departments; people
 * sign in as in local mode (`Authorization: Demo <email>`).
 */
export interface MeasuresTestApp {
  readonly url: string;
  readonly store: MemoryMeasuresStore;
  setNow(now: Date): void;
  stop(): Promise<void>;
}

export async function startMeasuresApp(
  settings: Partial<MeasureSettings> = {},
  start = new Date('2026-11-22T10:00:00Z'),
): Promise<MeasuresTestApp> {
  let now = start;
  const clock = () => now;
  const store = new MemoryMeasuresStore(DEMO_PEOPLE, DEMO_DEPARTMENTS, clock);
  const find = async (email: string) =>
    DEMO_PEOPLE.find((person) => person.email === normalizeEmail(email)) ?? null;
  const service = new MeasuresService({
    store,
    people: { findByEmail: find },
    departments: { list: async () => DEMO_DEPARTMENTS },
    settings: { hideOtherDepartments: false, reminderDays: 7, ...settings },
    now: clock,
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
  app.use(
    '/api/measures',
    express.json({ limit: '256kb', strict: true }),
    measuresRoutes({ authenticate, measures: service }),
  );
  app.use(errorHandler(() => undefined));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/measures`,
    store,
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
  readonly body: Record<string, unknown> & {
    error?: { code: string; message: string; details?: string; reason?: { key: string } };
  };
}

/** One call as a demo person (`who` before @lipova.example); the reply checked against the contract. */
export async function callMeasures(
  app: MeasuresTestApp,
  method: string,
  path: string,
  who: string | null,
  body?: unknown,
  language = 'en',
): Promise<Reply> {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      ...(who === null ? {} : { Authorization: `Demo ${who}@lipova.example` }),
      'content-type': 'application/json',
      'accept-language': language,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed = (text ? JSON.parse(text) : null) as Reply['body'];
  const schema =
    response.status >= 400
      ? errorReplySchema
      : method === 'GET'
        ? path.startsWith('/') && path.length > 1 && !path.startsWith('/?')
          ? measureDetailReplySchema
          : measureRegisterReplySchema
        : measureChangeReplySchema;
  const checked = schema.safeParse(parsed);
  if (!checked.success)
    throw new Error(
      `${method} ${path} (${response.status}) does not match the contract: ${JSON.stringify(checked.error.issues)}`,
    );
  expect(checked.data).toEqual(parsed);
  return { status: response.status, body: parsed };
}
