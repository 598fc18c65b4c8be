import { expect } from '@jest/globals';
import { callApi } from './api-call';

export interface NewCycle {
  readonly name: string;
  readonly method: 'classical' | 'fineTuned';
  readonly startDate: string;
  readonly endDate: string;
}

/**
 * A new office-wide cycle in individual scoring, made by the quality manager through the API:
 * led by Lucie Dvořáková, with the given members (demo e-mail names). Returns its id.
 */
export async function startScoringCycle(
  serviceUrl: string,
  cycle: NewCycle,
  members: readonly string[],
): Promise<number> {
  const qm = 'jana.novakova';
  const caf = (method: string, path: string, body: unknown) =>
    callApi(serviceUrl, 'caf', { method, path, who: qm, body });
  const created = await caf('POST', '/cycles', { ...cycle, scope: { kind: 'office' } });
  expect(created.status).toBe(201);
  const id = Number(created.body?.['id']);
  const team = [['lucie.dvorakova', 'leader'], ...members.map((member) => [member, 'member'])] as const;
  for (const [person, role] of team)
    expect(
      (await caf('POST', `/cycles/${id}/team`, { email: `${person}@lipova.example`, role })).status,
    ).toBe(201);
  expect((await caf('POST', `/cycles/${id}/status`, { status: 'scoring' })).status).toBe(200);
  return id;
}
