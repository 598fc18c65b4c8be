import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { callApi } from '../support/api-call';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/**
 * Who forms a cycle and its team, through the tab's API on the seeded demo office: the quality
 * manager (Jana Nováková) chooses the leader; a head of department (Lucie Dvořáková, social affairs
 * OSV, with its section OSV-SP) nominates people of her own department only. And a cycle's name
 * is taken once in the office, case and diacritics aside.
 */
describe('CAF cycle and team rules (API)', () => {
  let stack: LocalStack;
  let cycleId: number;
  const run = Date.now().toString(36);

  const call = (method: string, path: string, who: string, body?: unknown, language = 'en') =>
    callApi(stack.serviceUrl, 'caf', { method, path, who, body, language });
  const newCycle = (name: string, startDate = '2027-02-01') => ({
    name,
    method: 'classical',
    startDate,
    endDate: '2028-06-30',
    scope: { kind: 'office' },
  });
  const message = (reply: { body: Record<string, unknown> | null }) =>
    (reply.body?.['error'] as { message?: string } | undefined)?.message ?? '';

  beforeAll(async () => {
    stack = await startTestStack();
    const created = await call('POST', '/cycles', 'jana.novakova', newCycle(`Tým ${run}`));
    cycleId = created.body?.['id'] as number;
  }, 60_000);
  afterAll(() => stack.stop());

  it('does not let a head of department make themself the leader, and says why', async () => {
    const self = await call('POST', `/cycles/${cycleId}/team`, 'lucie.dvorakova', {
      email: 'lucie.dvorakova@lipova.example',
      role: 'leader',
    });
    expect(self.status).toBe(403);
    expect(message(self)).toBe(
      'Only the quality manager chooses or changes the leader of the self-assessment team.',
    );
    const detail = await call('GET', `/cycles/${cycleId}`, 'jana.novakova');
    expect(detail.body?.['team']).toEqual([]);
  });

  it('lets a head of department nominate people of her department and its sections, no one else', async () => {
    const own = await call('POST', `/cycles/${cycleId}/team`, 'lucie.dvorakova', {
      email: 'marie.prochazkova@lipova.example',
      role: 'member',
    });
    expect(own.status).toBe(201);
    const herself = await call('POST', `/cycles/${cycleId}/team`, 'lucie.dvorakova', {
      email: 'lucie.dvorakova@lipova.example',
      role: 'member',
    });
    expect(herself.status).toBe(201);
    const other = await call(
      'POST',
      `/cycles/${cycleId}/team`,
      'lucie.dvorakova',
      { email: 'jiri.kucera@lipova.example', role: 'member' },
      'cs',
    );
    expect(other.status).toBe(403);
    expect(message(other)).toBe(
      'Osoba Jiří Kučera nepatří do útvaru, který vedete. Vedoucí útvaru přidává a odebírá jen lidi ze svého útvaru a jeho oddělení; ostatní změny týmu dělá manažer/ka kvality.',
    );
    const detail = await call('GET', `/cycles/${cycleId}`, 'jana.novakova');
    expect((detail.body?.['team'] as { email: string }[]).map((member) => member.email).sort()).toEqual([
      'lucie.dvorakova@lipova.example',
      'marie.prochazkova@lipova.example',
    ]);
  });

  it('lets the quality manager choose the leader from any department', async () => {
    const leader = await call('POST', `/cycles/${cycleId}/team`, 'jana.novakova', {
      email: 'tomas.cerny@lipova.example',
      role: 'leader',
    });
    expect(leader.status).toBe(201);
    const outsider = await call('POST', `/cycles/${cycleId}/team`, 'jana.novakova', {
      email: 'eva.vesela@lipova.example',
      role: 'member',
    });
    expect(outsider.status).toBe(201);
    const detail = await call('GET', `/cycles/${cycleId}`, 'tomas.cerny');
    expect(detail.body?.['myTeamRole']).toBe('leader');
  });

  it('accepts names that share their first 21 characters, and refuses one that differs only in case and diacritics, naming the clash', async () => {
    const first = await call(
      'POST',
      '/cycles',
      'jana.novakova',
      newCycle(`Sebehodnocení ${run} – odbor dopravy`),
    );
    const second = await call(
      'POST',
      '/cycles',
      'jana.novakova',
      newCycle(`Sebehodnocení ${run} – odbor výstavby`),
    );
    expect([first.status, second.status]).toEqual([201, 201]);

    await call('POST', '/cycles', 'jana.novakova', newCycle(`Sebehodnocení 2026 ${run}`));
    const clash = await call(
      'POST',
      '/cycles',
      'jana.novakova',
      newCycle(`SEBEHODNOCENI 2026 ${run.toUpperCase()}`, '2028-01-03'),
      'cs',
    );
    expect(clash.status).toBe(409);
    expect(message(clash)).toBe(
      `Cyklus s názvem „Sebehodnocení 2026 ${run}“ už v úřadu je. Názvy cyklů se porovnávají bez ohledu na velikost písmen, diakritiku a mezery; zvolte jiný název.`,
    );
    const cycles = (await call('GET', '/cycles', 'jana.novakova')).body?.['cycles'] as { name: string }[];
    expect(cycles.filter((cycle) => cycle.name.toLowerCase().includes(`2026 ${run}`))).toHaveLength(1);
  });
  it('refuses a second leader in words that name the one the team has, and keeps the team as it was', async () => {
    const created = await call('POST', '/cycles', 'jana.novakova', newCycle(`Vedoucí ${run}`));
    const id = created.body?.['id'] as number;
    const leader = await call('POST', `/cycles/${id}/team`, 'jana.novakova', {
      email: 'lucie.dvorakova@lipova.example',
      role: 'leader',
    });
    expect(leader.status).toBeLessThan(300);
    const second = await call(
      'POST',
      `/cycles/${id}/team`,
      'jana.novakova',
      { email: 'marie.prochazkova@lipova.example', role: 'leader' },
      'cs',
    );
    expect(second.status).toBe(409);
    expect(message(second)).toBe(
      'Hodnoticí tým už má vedoucího (Bc. Lucie Dvořáková) a může mít jen jednoho. Přidejte tuto osobu jako člena týmu.',
    );
    const team = (await call('GET', `/cycles/${id}`, 'jana.novakova')).body?.['team'] as { email: string }[];
    expect(team.map((member) => member.email)).toEqual(['lucie.dvorakova@lipova.example']);
  });
});
