import express from 'express';
import type { AddressInfo } from 'node:net';
import { expect } from '@jest/globals';
import { DomainError, normalizeEmail, type Person } from '@kvalita/core';
import {
  competencyModelReplySchema,
  competencyModelsReplySchema,
  cycleLoadReplySchema,
  cycleSubjectsReplySchema,
  erasePersonReplySchema,
  errorReplySchema,
  feedbackCycleReplySchema,
  feedbackCyclesReplySchema,
  feedbackEvidenceReplySchema,
  feedbackReportReplySchema,
  myFeedbackDataReplySchema,
  myFeedbackReplySchema,
  organisationReplySchema,
  ratingFormSchema,
  ratingReplySchema,
  subjectNominationsReplySchema,
} from '@kvalita/core/schemas';
import { authenticateWith } from '../../../bot/src/platform/auth/middleware';
import { compressJson } from '../../../bot/src/platform/http/compress-json';
import { errorHandler } from '../../../bot/src/platform/http/error-handler';
import { hmacRespondentKeyer } from '../../../bot/src/platform/respondent-key';
import { FeedbackService } from '../../../bot/src/feedback/feedback-service';
import { feedbackRoutes } from '../../../bot/src/feedback/feedback-routes';
import {
  recordingNotifier,
  OFFICE_DEPARTMENTS,
  OFFICE_PEOPLE,
  SECRET,
  type NotifierCall,
} from '../../../bot/test/feedback/service-fixture';
import { MemoryFeedbackStores } from '../../../bot/test/feedback/memory-feedback-stores';

/**
 * The 360 feedback API over HTTP as the service mounts it (its own JSON and .xlsx parsing,
 * compressed replies, the error body of every endpoint) on in-memory storage, over the demo office
 * with a social-work section large enough for anonymous groups; people sign in as in local mode
 * (`Authorization: Demo <email>`).
 */
export interface FeedbackTestApp {
  readonly url: string;
  readonly stores: MemoryFeedbackStores;
  readonly calls: NotifierCall[];
  stop(): Promise<void>;
}

export async function startFeedbackApp(start = new Date('2027-02-01T09:00:00Z')): Promise<FeedbackTestApp> {
  const clock = () => start;
  const stores = new MemoryFeedbackStores(OFFICE_PEOPLE, OFFICE_DEPARTMENTS, clock);
  const calls: NotifierCall[] = [];
  const find = (email: string) =>
    OFFICE_PEOPLE.find((person) => person.email === normalizeEmail(email)) ?? null;
  const feedback = new FeedbackService({
    stores,
    people: {
      list: async () => OFFICE_PEOPLE,
      findByEmail: async (email) => find(email),
      findByEmails: async (emails) =>
        new Map(
          emails
            .map(find)
            .filter((person): person is Person => person !== null)
            .map((person) => [person.email, person]),
        ),
    },
    departments: { list: async () => OFFICE_DEPARTMENTS },
    notifier: recordingNotifier(calls),
    keyer: hmacRespondentKeyer(SECRET),
    measures: { exists: async (id) => id === 12 },
    now: clock,
    log: () => undefined,
  });
  const authenticate = authenticateWith({
    async authenticate({ authorization }) {
      const match = /^Demo\s+(\S{3,255})$/i.exec(authorization ?? '');
      const person = match?.[1] ? find(match[1]) : null;
      if (!person) throw new DomainError('unauthorized');
      return { email: person.email, displayName: person.displayName, roles: person.roles };
    },
  });
  const app = express();
  app.use('/api', compressJson());
  app.use('/api/feedback', feedbackRoutes({ authenticate, feedback, officeName: 'Městský úřad Lipová' }));
  app.use(errorHandler(() => undefined));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/feedback`,
    stores,
    calls,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Reply<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T & {
    error?: { code: string; message: string; details?: string; reason?: { key: string } };
  };
}

interface Schema {
  safeParse(
    input: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: unknown[] } };
}

/** The reply schema of each JSON endpoint of docs/api-feedback.md, by method and path. */
const ROUTES: readonly (readonly [string, RegExp, Schema])[] = [
  ['GET', /^\/models$/, competencyModelsReplySchema],
  ['POST', /^\/models(\/import|\/[^/]+\/(copy|versions))?$/, competencyModelReplySchema],
  ['GET', /^\/models\/[^/]+$/, competencyModelReplySchema],
  ['PUT', /^\/models\/[^/]+$/, competencyModelReplySchema],
  ['GET', /^\/cycles$/, feedbackCyclesReplySchema],
  ['POST', /^\/cycles$/, feedbackCycleReplySchema],
  ['GET', /^\/cycles\/[^/]+$/, feedbackCycleReplySchema],
  ['PUT', /^\/cycles\/[^/]+$/, feedbackCycleReplySchema],
  ['POST', /^\/cycles\/[^/]+\/advance$/, feedbackCycleReplySchema],
  ['GET', /^\/cycles\/[^/]+\/subjects(\?.*)?$/, cycleSubjectsReplySchema],
  ['GET', /^\/cycles\/[^/]+\/load$/, cycleLoadReplySchema],
  ['GET', /^\/cycles\/[^/]+\/organisation$/, organisationReplySchema],
  ['GET', /^\/cycles\/[^/]+\/subjects\/[^/?]+$/, subjectNominationsReplySchema],
  ['PUT', /^\/cycles\/[^/]+\/subjects\/[^/]+\/nominations$/, subjectNominationsReplySchema],
  ['POST', /^\/cycles\/[^/]+\/subjects\/[^/]+\/(submit|approve)$/, subjectNominationsReplySchema],
  ['GET', /^\/cycles\/[^/]+\/forms\/[^/]+$/, ratingFormSchema],
  ['POST', /^\/cycles\/[^/]+\/forms\/[^/]+(\/decline)?$/, ratingReplySchema],
  ['GET', /^\/mine$/, myFeedbackReplySchema],
  ['GET', /^\/cycles\/[^/]+\/reports\/[^/]+$/, feedbackReportReplySchema],
  ['POST', /^\/cycles\/[^/]+\/reports\/[^/]+\/goals$/, feedbackReportReplySchema],
  ['PUT', /^\/cycles\/[^/]+\/reports\/[^/]+\/goals\/[^/]+$/, feedbackReportReplySchema],
  ['DELETE', /^\/cycles\/[^/]+\/reports\/[^/]+\/goals\/[^/]+(\?.*)?$/, feedbackReportReplySchema],
  ['GET', /^\/evidence$/, feedbackEvidenceReplySchema],
  ['GET', /^\/my-data$/, myFeedbackDataReplySchema],
  ['DELETE', /^\/people\/[^/]+$/, erasePersonReplySchema],
];

/** The reply checked against the contract: the error body, or its endpoint's reply exactly. */
export function expectFeedbackReply(method: string, path: string, status: number, body: unknown): void {
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

/** One JSON call as a person (`who` before @lipova.example); the reply checked against the contract. */
export async function callFeedback<T = Record<string, unknown>>(
  app: Pick<FeedbackTestApp, 'url'>,
  method: string,
  path: string,
  who: string | null,
  body?: unknown,
  language = 'en',
): Promise<Reply<T>> {
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
  const parsed = (text ? JSON.parse(text) : null) as Reply<T>['body'];
  expectFeedbackReply(method, path, response.status, parsed);
  return { status: response.status, headers: response.headers, body: parsed };
}

/** A download (or upload) as a person: the raw reply. */
export async function rawFeedback(
  app: Pick<FeedbackTestApp, 'url'>,
  method: string,
  path: string,
  who: string,
  body?: Uint8Array,
  contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method,
    headers: {
      Authorization: `Demo ${who}@lipova.example`,
      'accept-language': 'cs',
      ...(body === undefined ? {} : { 'content-type': contentType }),
    },
    ...(body === undefined ? {} : { body }),
  });
}
