import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import type { ResponseLike } from '../../src/platform/behaviors/fetch-types';

/** fetch's Response from the test host (Node 22); sharepoint/ is compiled without its typings. */
const FetchResponse = (
  globalThis as unknown as {
    Response: new (
      body: string | null,
      init: { status: number; headers?: Record<string, string> },
    ) => ResponseLike;
  }
).Response;

export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** `body` is sent as JSON; `text` as it is (e.g. a $batch's multipart answer). */
export type Answer = { status: number; headers?: Record<string, string>; body?: unknown; text?: string };

export const json = (body: unknown, status = 200): Answer => ({
  status,
  headers: { 'Content-Type': 'application/json' },
  body,
});

export const throttled = (status: 429 | 503, retryAfter?: string): Answer => ({
  status,
  headers: {
    'Content-Type': 'application/json',
    ...(retryAfter === undefined ? {} : { 'Retry-After': retryAfter }),
  },
  body: {
    'odata.error': {
      code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
      message: { lang: 'en-US', value: 'The request has been throttled.' },
    },
  },
});

/**
 * A send behaviour that answers from a script instead of the network and records every request,
 * so behaviours on the timeline can be tested without a server and without waiting.
 */
export function FakeSend(answer: (request: SentRequest) => Answer): TimelinePipe<Queryable> & {
  readonly sent: SentRequest[];
} {
  const sent: SentRequest[] = [];
  const behavior = (instance: Queryable) => {
    instance.on.send.replace((async (
      url: { toString(): string },
      init: { method?: string; headers?: unknown; body?: unknown },
    ) => {
      const request = {
        method: init.method ?? 'GET',
        url: url.toString(),
        headers: { ...(init.headers as Record<string, string>) },
        body: init.body,
      };
      sent.push(request);
      const { status, headers, body, text } = answer(request);
      return new FetchResponse(text ?? (body === undefined ? null : JSON.stringify(body)), {
        status,
        ...(headers ? { headers } : {}),
      });
    }) as unknown as Parameters<typeof instance.on.send.replace>[0]);
    return instance;
  };
  return Object.assign(behavior, { sent });
}

/** Answers from a fixed sequence, repeating the last answer. */
export function sequence(...answers: Answer[]): () => Answer {
  let index = 0;
  return () => answers[Math.min(index++, answers.length - 1)] as Answer;
}
