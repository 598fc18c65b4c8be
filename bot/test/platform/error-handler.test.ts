import { describe, expect, it } from '@jest/globals';
import { DomainError, StaleVersionError } from '@kvalita/core';
import { ConcurrencyConflictError } from '@kvalita/sharepoint';
import type { Request, Response } from 'express';
import { errorHandler } from '../../src/platform/http/error-handler';

/** Runs the handler as Express would and returns what the caller receives. */
function answer(error: unknown, acceptLanguage = 'cs') {
  const logged: string[] = [];
  const reply: { status?: number; body?: unknown } = {};
  const res = {
    status(code: number) {
      reply.status = code;
      return this;
    },
    json(body: unknown) {
      reply.body = body;
      return this;
    },
  } as unknown as Response;
  const req = { method: 'PUT', path: '/api/x', headers: { 'accept-language': acceptLanguage } } as Request;
  errorHandler((line) => logged.push(line))(error, req, res, () => undefined);
  return { ...reply, logged };
}

describe('domain errors become HTTP answers in one place', () => {
  it.each([
    [new DomainError('badRequest', { details: 'title: too long' }), 400, 'badRequest'],
    [new DomainError('unauthorized'), 401, 'unauthorized'],
    [new DomainError('forbidden'), 403, 'forbidden'],
    [new DomainError('notFound'), 404, 'notFound'],
    [new StaleVersionError('1.1'), 409, 'conflict'],
    [new DomainError('payloadTooLarge', { details: 'body too large' }), 413, 'payloadTooLarge'],
  ])('%s → %i', (error, status, code) => {
    const reply = answer(error);
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ error: { code } });
    expect(reply.logged).toEqual([]);
  });

  it("answers in the caller's language with the details filled in", () => {
    expect(answer(new StaleVersionError('1.1'), 'en').body).toEqual({
      error: {
        code: 'conflict',
        message: expect.stringContaining('1.1') as unknown as string,
      },
    });
    expect(answer(new DomainError('forbidden'), 'cs').body).toEqual({
      error: { code: 'forbidden', message: 'K této akci nemáte oprávnění.' },
    });
  });

  it('maps a SharePoint conflict that escaped a port, and hides and logs anything unknown', () => {
    expect(answer(new ConcurrencyConflictError(412, '', 'stale')).status).toBe(409);
    const reply = answer(new TypeError('x is undefined'));
    expect(reply.status).toBe(500);
    expect(reply.body).toEqual({ error: { code: 'internal', message: 'Na straně služby nastala chyba.' } });
    expect(reply.logged.join('\n')).toContain('x is undefined');
  });
});
