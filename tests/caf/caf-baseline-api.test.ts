import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { callApi } from '../support/api-call';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/**
 * Which earlier cycle a cycle's "change since the previous cycle" is measured against, on the
 * seeded demo office (a closed, approved 2024 cycle and the 2026 cycle in scoring): the default
 * rule, the quality manager's choice and its refusals, as the results, the cycle and the report show.
 */
describe('the previous cycle a CAF cycle is compared with', () => {
  let stack: LocalStack;
  let current: number;
  let previous: number;
  let departmental: number;

  const call = (method: string, path: string, who: string, body?: unknown) =>
    callApi(stack.serviceUrl, 'caf', { method, path, who, body });
  const choose = (id: number, previousCycleId: unknown, who = 'jana.novakova') =>
    call('PUT', `/cycles/${id}/baseline`, who, { previousCycleId });
  const reportText = async (id: number) => {
    const response = await fetch(`${stack.serviceUrl}/api/caf/cycles/${id}/report.docx?locale=cs`, {
      headers: { Authorization: 'Demo jana.novakova@lipova.example' },
    });
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  };

  beforeAll(async () => {
    stack = await startTestStack();
    const { body } = await call('GET', '/cycles', 'jana.novakova');
    const cycles = body?.['cycles'] as { id: number; status: string }[];
    current = cycles.find((cycle) => cycle.status === 'scoring')?.id ?? 0;
    previous = cycles.find((cycle) => cycle.status === 'closed')?.id ?? 0;
    const created = await call('POST', '/cycles', 'jana.novakova', {
      name: 'Sebehodnocení odborů 2027',
      method: 'classical',
      startDate: '2027-01-04',
      endDate: '2027-04-30',
      scope: { kind: 'departments', departmentCodes: ['OSV', 'OE'] },
    });
    departmental = Number(created.body?.['id']);
  }, 60_000);
  afterAll(() => stack.stop());

  it('by default is the closed, approved 2024 cycle, said so with its dates and offered in the chooser', async () => {
    const { body } = await call('GET', `/cycles/${current}/results`, 'jiri.kucera');
    expect(body?.['comparedWith']).toEqual({
      id: previous,
      name: 'Sebehodnocení CAF 2024',
      startDate: '2024-09-02',
      endDate: '2024-12-13',
      source: 'default',
    });
    expect(body?.['noComparison']).toBeNull();
    expect(body?.['baselineOptions']).toEqual([
      expect.objectContaining({ id: previous, isDefault: true, sameScope: true, sameMethod: true }),
    ]);
  });

  it('is nothing for a cycle of another scope, saying why, with the 2024 cycle offered as another scope', async () => {
    const { body } = await call('GET', `/cycles/${departmental}/results`, 'jana.novakova');
    expect(body?.['comparedWith']).toBeNull();
    expect(body?.['noComparison']).toBe('noSameScopeAndMethod');
    expect(body?.['baselineOptions']).toEqual([
      expect.objectContaining({
        id: previous,
        scope: { kind: 'office' },
        isDefault: false,
        sameScope: false,
        sameMethod: true,
      }),
    ]);
  });

  it('is the cycle the quality manager chose, in the results, the cycle and the report, until reset', async () => {
    const chosen = await choose(departmental, previous);
    expect(chosen.status).toBe(200);
    expect(chosen.body?.['comparedWith']).toMatchObject({ id: previous, source: 'chosen' });
    const { body: results } = await call('GET', `/cycles/${departmental}/results`, 'jiri.kucera');
    expect(results?.['comparedWith']).toMatchObject({ id: previous, source: 'chosen' });
    expect(results?.['previousCycleName']).toBe('Sebehodnocení CAF 2024');
    expect(results?.['noComparison']).toBeNull();
    const { body: detail } = await call('GET', `/cycles/${departmental}`, 'jana.novakova');
    expect(detail?.['previousCycleId']).toBe(previous);
    const report = await reportText(departmental);
    expect(report).toContain('Srovnává se s cyklem Sebehodnocení CAF 2024');
    expect(report).toContain('Cyklus pro srovnání zvolil(a) manažer/ka kvality');

    const reset = await choose(departmental, null);
    expect(reset.status).toBe(200);
    expect(reset.body?.['comparedWith']).toBeNull();
    expect(reset.body?.['noComparison']).toBe('noSameScopeAndMethod');
    const { body: after } = await call('GET', `/cycles/${departmental}`, 'jana.novakova');
    expect(after?.['previousCycleId']).toBeNull();
    expect(await reportText(departmental)).toContain('Předchozí srovnatelný cyklus není');
  }, 60_000);

  it('says whose choice it is when the quality manager picks the default cycle explicitly', async () => {
    const chosen = await choose(current, previous);
    expect(chosen.body?.['comparedWith']).toMatchObject({ id: previous, source: 'chosen' });
    const changes = chosen.body?.['changes'] as { code: string; previous: number | null }[];
    expect(changes.some((change) => change.previous !== null)).toBe(true);
    const reset = await choose(current, null);
    expect(reset.body?.['comparedWith']).toMatchObject({ id: previous, source: 'default' });
  });

  it('refuses a cycle still open, the cycle itself and a later one, each with its own sentence', async () => {
    const pilot = await call('POST', '/cycles', 'jana.novakova', {
      name: 'Pilotní sebehodnocení 2025',
      method: 'classical',
      startDate: '2025-03-03',
      endDate: '2025-06-30',
      scope: { kind: 'office' },
    });
    const refused = async (id: number, previousCycleId: number, key: string, sentence: string) => {
      const { status, body } = await choose(id, previousCycleId);
      expect(status).toBe(409);
      expect(body?.['error']).toMatchObject({ code: 'conflict', message: sentence, reason: { key } });
    };
    await refused(
      current,
      Number(pilot.body?.['id']),
      'caf.baseline.refused.notClosed',
      'A cycle can only be compared with a closed cycle: the results of a cycle still running may change.',
    );
    await refused(
      current,
      current,
      'caf.baseline.refused.sameCycle',
      'A cycle cannot be compared with itself. Choose an earlier cycle.',
    );
    await refused(
      current,
      departmental,
      'caf.baseline.refused.notEarlier',
      'A cycle can only be compared with a cycle that started before it.',
    );
    // Nothing changed: still the default.
    const { body } = await call('GET', `/cycles/${current}/results`, 'jiri.kucera');
    expect(body?.['comparedWith']).toMatchObject({ id: previous, source: 'default' });
  });

  it('lets only the quality manager choose, and answers a missing cycle and bad input plainly', async () => {
    expect((await choose(current, previous, 'lucie.dvorakova')).status).toBe(403);
    expect((await choose(current, previous, 'petr.svoboda')).status).toBe(403);
    expect((await choose(current, 99_999)).status).toBe(404);
    expect((await choose(99_999, previous)).status).toBe(404);
    expect((await choose(current, 'the 2024 one')).status).toBe(400);
    expect((await choose(current, 0)).status).toBe(400);
    expect((await choose(current, 1.5)).status).toBe(400);
    expect((await call('PUT', `/cycles/${current}/baseline`, 'jana.novakova', {})).status).toBe(400);
    // A closed cycle does not change any more, its comparison neither.
    expect((await choose(previous, null)).status).toBe(403);
  });
});
