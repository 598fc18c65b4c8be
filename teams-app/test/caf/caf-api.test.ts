import { describe, expect, it } from '@jest/globals';
import { createApiClient } from '../../src/platform/api/client';
import { asLucie, createFakeCaf } from './fake-caf';
import { createFakeService, type FakeReply } from '../support/fake-service';

function client(reply?: FakeReply) {
  const caf = createFakeCaf();
  const service = createFakeService({ people: undefined, caf: caf.handler });
  if (reply) service.replyOnce('/api/caf/cycles', reply);
  // The fake knows the CAF people only through the caf option's handler; sign in as Jana (in both lists).
  const api = createApiClient({
    baseUrl: 'https://kvalita.test/api/',
    fetch: service.fetch,
    locale: 'cs',
    authorize: () =>
      Promise.resolve(`Demo ${asLucie['kvalita.demoEmail'].replace('lucie.dvorakova', 'jana.novakova')}`),
  });
  return { api, service };
}

describe('CAF API client', () => {
  it('reads the cycle list and a cycle with its team and permissions', async () => {
    const { api } = client();
    const cycles = await api.listCycles();
    expect(cycles.map((cycle) => cycle.name)).toEqual(['Sebehodnocení CAF 2026', 'Jemné hodnocení 2026']);
    const cycle = await api.getCycle(2);
    expect(cycle.permissions.manageCycle).toBe(true);
    expect(cycle.team.map((member) => member.displayName)).toEqual(['Lucie Dvořáková', 'Marie Procházková']);
  });

  it('turns an answer of the wrong shape into invalidResponse', async () => {
    const { api } = client({ status: 200, body: { cycles: [{ id: 'two' }] } });
    await expect(api.listCycles()).rejects.toMatchObject({ code: 'invalidResponse' });
  });

  it('turns 409 into a conflict error with the service message', async () => {
    const { api } = client({ status: 409, body: { error: { code: 'conflict', message: 'Změněno jinde.' } } });
    await expect(api.listCycles()).rejects.toMatchObject({
      code: 'conflict',
      status: 409,
      message: 'Změněno jinde.',
    });
  });

  it('sends JSON bodies with the method and Content-Type', async () => {
    const { api, service } = client();
    await api.moveCycleStatus(2, 'consensus', { endScoring: true });
    const request = service.requestsTo('/api/caf/cycles/2/status')[0];
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({ status: 'consensus', endScoring: true });
  });
});
