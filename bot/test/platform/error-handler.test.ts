import { describe, expect, it } from '@jest/globals';
import { CycleNameTakenError, DomainError, DuplicateKeyError, StaleVersionError } from '@kvalita/core';
import { ConcurrencyConflictError, ThrottledError } from '@kvalita/sharepoint';
import type { Request, Response } from 'express';
import { errorHandler } from '../../src/platform/http/error-handler';

/** Runs the handler as Express would and returns what the caller receives. */
function answer(error: unknown, acceptLanguage = 'cs') {
  const logged: string[] = [];
  const reply: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const res = {
    status(code: number) {
      reply.status = code;
      return this;
    },
    setHeader(name: string, value: string) {
      reply.headers[name.toLowerCase()] = value;
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

  it("answers in the caller's language in whole sentences, the English details beside the message", () => {
    expect(answer(new StaleVersionError('1.1'), 'en').body).toEqual({
      error: {
        code: 'conflict',
        message: 'Someone else changed the item meanwhile. Reload it and try again.',
        details: '1.1',
        // The precise sentence's key, so the tab can say it in the language it shows.
        reason: { key: 'error.stale' },
      },
    });
    expect(answer(new DomainError('badRequest', { details: 'title: too long' }), 'cs').body).toEqual({
      error: {
        code: 'badRequest',
        message: 'Požadavek není platný. Zkontrolujte zadané údaje a zkuste to znovu.',
        details: 'title: too long',
      },
    });
    expect(answer(new DomainError('forbidden'), 'cs').body).toEqual({
      error: { code: 'forbidden', message: 'K této akci nemáte oprávnění.' },
    });
  });

  it('names a precise refusal by its catalogue key and values, without the English details', () => {
    const clash = answer(new CycleNameTakenError('Sebehodnocení 2026'), 'cs').body as {
      error: { reason?: unknown };
    };
    expect(clash.error.reason).toEqual({
      key: 'error.caf.cycleNameTaken',
      params: { existing: 'Sebehodnocení 2026' },
    });
    // A code's own sentence needs no reason: the tab has it for the code.
    expect(
      (answer(new DomainError('notFound'), 'en').body as { error: { reason?: unknown } }).error.reason,
    ).toBe(undefined);
  });

  it('refuses a step a rule forbids without claiming that someone changed the item', () => {
    const refusal = answer(new DomainError('conflict', { details: 'the report is not approved' }), 'cs')
      .body as {
      error: { message: string };
    };
    expect(refusal.error.message).toBe(
      'Tento krok teď nelze provést, protože to stav položky nedovoluje. Načtěte stránku znovu a podívejte se na její aktuální stav.',
    );
    expect(refusal.error.message).not.toMatch(/někdo|mezitím|report/);
    const taken = answer(new DuplicateKeyError('name taken'), 'en').body as { error: { message: string } };
    expect(taken.error.message).toBe('Such an item already exists.');
  });

  it('answers persistent throttling with 503 and Retry-After: SharePoint’s advice rounded up, else a minute', () => {
    const advised = answer(new ThrottledError(429, '', 'throttled', 3, 4.2), 'en');
    expect(advised.status).toBe(503);
    expect(advised.headers['retry-after']).toBe('5');
    expect(advised.body).toMatchObject({
      error: { code: 'unavailable', message: expect.stringMatching(/try again in a minute/) },
    });
    expect(answer(new ThrottledError(503, '', 'busy', 6, null)).headers['retry-after']).toBe('60');
  });

  it('maps a SharePoint conflict that escaped a port, and hides and logs anything unknown', () => {
    expect(answer(new ConcurrencyConflictError(412, '', 'stale')).status).toBe(409);
    const reply = answer(new TypeError('x is undefined'));
    expect(reply.status).toBe(500);
    expect(reply.body).toEqual({ error: { code: 'internal', message: 'Na straně služby nastala chyba.' } });
    expect(reply.logged.join('\n')).toContain('x is undefined');
  });
});
