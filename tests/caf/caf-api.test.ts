import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { contractJson, expectContractReply } from '../support/contract-reply';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/** The CAF rules as people meet them through the tab's API, on the seeded demo office. */
describe('CAF self-assessment API', () => {
  let stack: LocalStack;
  let current: number;
  let previous: number;

  const headers = (who: string) => ({
    Authorization: `Demo ${who}@lipova.example`,
    'content-type': 'application/json',
    'accept-language': 'en',
  });
  const call = async (method: string, path: string, who: string, body?: unknown) => {
    const response = await fetch(`${stack.serviceUrl}/api/caf${path}`, {
      method,
      headers: headers(who),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const reply = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    expectContractReply(method, new URL(response.url).pathname, response.status, reply);
    return { status: response.status, body: reply };
  };
  const draft = (score: unknown, etag: string | null = null) => ({
    input: score === null ? null : { method: 'classical', score },
    strengths: 'Plán vzdělávání',
    areasForImprovement: 'Zastupitelnost',
    improvementIdeas: '',
    evidence: [
      { title: 'Plán vzdělávání 2026', url: 'https://lipova.sharepoint.com/sites/kvalita/plan.docx' },
    ],
    etag,
  });

  beforeAll(async () => {
    stack = await startTestStack();
    const { body } = await call('GET', '/cycles', 'jana.novakova');
    const cycles = body?.['cycles'] as { id: number; status: string }[];
    current = cycles.find((cycle) => cycle.status === 'scoring')?.id ?? 0;
    previous = cycles.find((cycle) => cycle.status === 'closed')?.id ?? 0;
  }, 60_000);
  afterAll(() => stack.stop());

  it('seeds a closed 2024 cycle and a 2026 cycle in scoring, newest first', async () => {
    const { body } = await call('GET', '/cycles', 'petr.svoboda');
    const cycles = body?.['cycles'] as { name: string; status: string; reportApproval: unknown }[];
    expect(cycles.map((cycle) => [cycle.name, cycle.status])).toEqual([
      ['Sebehodnocení CAF 2026', 'scoring'],
      ['Sebehodnocení CAF 2024', 'closed'],
    ]);
    expect(cycles[1]?.reportApproval).toEqual({ approvedBy: 'Mgr. Petr Svoboda', approvedAt: '2025-01-20' });
  });

  it('lets only team members score, validates scores, and saves with etags', async () => {
    expect((await call('PUT', `/cycles/${current}/my-scores/3.2`, 'jiri.kucera', draft(50))).status).toBe(
      403,
    );
    const tooHigh = await call('PUT', `/cycles/${current}/my-scores/3.2`, 'marie.prochazkova', draft(101));
    expect(tooHigh.status).toBe(400);
    expect(JSON.stringify(tooHigh.body)).toContain('at most 100');
    expect(
      (await call('PUT', `/cycles/${current}/my-scores/4.7`, 'marie.prochazkova', draft(50))).status,
    ).toBe(400);
    const insecure = { ...draft(50), evidence: [{ title: 'x', url: 'http://example.com' }] };
    expect(
      (await call('PUT', `/cycles/${current}/my-scores/3.2`, 'marie.prochazkova', insecure)).status,
    ).toBe(400);

    const first = await call('PUT', `/cycles/${current}/my-scores/3.2`, 'marie.prochazkova', draft(40));
    expect(first.status).toBe(200);
    const etag = String(first.body?.['etag']);
    const second = await call(
      'PUT',
      `/cycles/${current}/my-scores/3.2`,
      'marie.prochazkova',
      draft(45, etag),
    );
    expect(second.body?.['score']).toBe(45);
    const stale = await call('PUT', `/cycles/${current}/my-scores/3.2`, 'marie.prochazkova', draft(50, etag));
    expect(stale.status).toBe(409);
    const mine = await call('GET', `/cycles/${current}/my-scores`, 'marie.prochazkova');
    const saved = (mine.body?.['scores'] as { code: string; score: number; evidence: unknown[] }[]).find(
      (s) => s.code === '3.2',
    );
    expect(saved).toMatchObject({ score: 45, evidence: [{ title: 'Plán vzdělávání 2026' }] });
  });

  it('hides the team’s scores from a member until they submit, and locks their scores after', async () => {
    expect((await call('GET', `/cycles/${current}/consensus`, 'marie.prochazkova')).status).toBe(403);
    expect((await call('POST', `/cycles/${current}/my-scores/submit`, 'marie.prochazkova', {})).body).toEqual(
      { submitted: true },
    );
    const board = await call('GET', `/cycles/${current}/consensus`, 'marie.prochazkova');
    expect(board.status).toBe(200);
    const row = (board.body?.['subcriteria'] as { code: string; members: { name: string | null }[] }[]).find(
      (r) => r.code === '3.2',
    );
    expect(row?.members.length).toBe(2);
    expect(row?.members.every((member) => member.name === null)).toBe(true);
    // Refused by the rule, and told so (not as a change made elsewhere).
    const locked = await call('PUT', `/cycles/${current}/my-scores/3.2`, 'marie.prochazkova', draft(90));
    expect(locked.status).toBe(409);
    expect(JSON.stringify(locked.body)).toContain('already submitted');
  });

  it('shows the leader every submitted score with names (or hidden on request) and flags large spreads', async () => {
    // The leader scores too: nobody else's scores before her own are submitted (no anchoring).
    expect((await call('GET', `/cycles/${current}/consensus`, 'lucie.dvorakova')).status).toBe(403);
    expect((await call('POST', `/cycles/${current}/my-scores/submit`, 'lucie.dvorakova', {})).status).toBe(
      200,
    );
    const board = await call('GET', `/cycles/${current}/consensus`, 'lucie.dvorakova');
    const rows = board.body?.['subcriteria'] as {
      code: string;
      stats: { spread: number } | null;
      needsDiscussion: boolean;
      members: { name: string | null }[];
    }[];
    expect(rows).toHaveLength(28);
    expect(board.body?.['spreadLimit']).toBe(30);
    const named = rows.find((row) => row.code === '1.1');
    expect(named?.members.map((member) => member.name).sort()).toEqual([
      'Alena Němcová',
      'Marie Procházková',
    ]);
    for (const row of rows) expect(row.needsDiscussion).toBe(row.stats !== null && row.stats.spread > 30);
    expect(rows.some((row) => row.needsDiscussion)).toBe(true);
    const hidden = await call('GET', `/cycles/${current}/consensus?hideNames=true`, 'lucie.dvorakova');
    const anonymous = (hidden.body?.['subcriteria'] as { members: { name: string | null }[] }[]).flatMap(
      (row) => row.members,
    );
    expect(anonymous.every((member) => member.name === null)).toBe(true);
  });

  it('lets only the leader set consensus, and results compare with the previous cycle', async () => {
    const body = {
      input: { method: 'classical', score: 48 },
      strengths: 'Plán vzdělávání',
      areasForImprovement: 'Zastupitelnost\nHodnocení vedoucích',
      improvementIdeas: '',
    };
    expect((await call('PUT', `/cycles/${current}/consensus/3.2`, 'jana.novakova', body)).status).toBe(403);
    expect(
      (await call('PUT', `/cycles/${current}/consensus/3.2`, 'lucie.dvorakova', body)).body,
    ).toMatchObject({ code: '3.2', score: 48 });
    const { body: results } = await call('GET', `/cycles/${current}/results`, 'jiri.kucera');
    expect(results?.['previousCycleName']).toBe('Sebehodnocení CAF 2024');
    const change = (results?.['changes'] as { code: string; delta: number | null }[]).find(
      (c) => c.code === '3.2',
    );
    expect(change?.delta).not.toBeNull();
    expect(
      (results?.['results'] as { criteria: { number: number; score: number | null }[] }).criteria[2]?.score,
    ).toBe(48);
  });

  it('exports the report as .docx for the quality manager, not for an employee', async () => {
    expect((await call('GET', `/cycles/${current}/report.docx`, 'jiri.kucera')).status).toBe(403);
    const response = await fetch(`${stack.serviceUrl}/api/caf/cycles/${current}/report.docx?locale=cs`, {
      headers: headers('jana.novakova'),
    });
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Zpráva o sebehodnocení podle modelu CAF 2020');
    expect(xml).toContain('Hodnocení vedoucích');
    // The demo weekly pulse is marked as evidence for 7.1 and 3.3 and has waves in the cycle's year.
    expect(xml).toContain('Doklady z průzkumů Kvality');
    expect(xml).toContain('Týdenní pulz: pohoda v práci – počet vln za posledních 12 měsíců:');
  }, 60_000);

  it('creates a measure from an area for improvement into the cycle’s plan', async () => {
    const measure = {
      title: 'Kompetenční model pro vedoucí',
      kind: 'improvement',
      ownerEmail: 'lucie.dvorakova@lipova.example',
      deadline: '2027-06-30',
      subcriterionCode: '3.2',
      description: 'Z oblasti pro zlepšení 3.2',
    };
    expect((await call('POST', `/cycles/${current}/measures`, 'jiri.kucera', measure)).status).toBe(403);
    expect(
      (
        await call('POST', `/cycles/${current}/measures`, 'lucie.dvorakova', {
          ...measure,
          subcriterionCode: '9.9',
        })
      ).status,
    ).toBe(400);
    const created = await call('POST', `/cycles/${current}/measures`, 'lucie.dvorakova', measure);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      criterion: 3,
      ownerName: 'Bc. Lucie Dvořáková',
      deadline: '2027-06-30',
      status: 'proposed',
    });
    const plan = await call('GET', `/cycles/${current}/measures`, 'jiri.kucera');
    expect((plan.body?.['measures'] as { title: string }[]).map((m) => m.title)).toContain(
      'Kompetenční model pro vedoucí',
    );
  });

  it('lets heads of department nominate team members, but not members', async () => {
    const nominee = { email: 'jiri.kucera@lipova.example', role: 'member' };
    expect((await call('POST', `/cycles/${current}/team`, 'marie.prochazkova', nominee)).status).toBe(403);
    const added = await call('POST', `/cycles/${current}/team`, 'tomas.cerny', nominee);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ displayName: 'Jiří Kučera', role: 'member' });
    // The leader is the quality manager's choice (caf-team-api.test.ts), before any other check.
    expect(
      (await call('POST', `/cycles/${current}/team`, 'tomas.cerny', { ...nominee, role: 'leader' })).status,
    ).toBe(403);
    expect(
      (await call('DELETE', `/cycles/${current}/team/jiri.kucera@lipova.example`, 'tomas.cerny')).status,
    ).toBe(403);
    expect(
      (await call('DELETE', `/cycles/${current}/team/jiri.kucera@lipova.example`, 'jana.novakova')).status,
    ).toBe(204);
  });

  it('keeps a closed cycle read-only and lets only the director approve a report', async () => {
    expect(
      (
        await call('PUT', `/cycles/${previous}/consensus/1.1`, 'lucie.dvorakova', {
          input: { method: 'classical', score: 1 },
          strengths: '',
          areasForImprovement: '',
          improvementIdeas: '',
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('POST', `/cycles/${previous}/status`, 'jana.novakova', { status: 'preparation' })).status,
    ).toBe(403);
    // The director may approve, but no report waits yet: refused, saying so.
    const early = await call('POST', `/cycles/${current}/report/approve`, 'petr.svoboda', {});
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toContain('not waiting for approval');
    expect(
      (await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'report' })).status,
    ).toBe(409);
    expect(
      (await call('POST', `/cycles/${current}/status`, 'marie.prochazkova', { status: 'consensus' })).status,
    ).toBe(403);
    // Not everyone submitted: consensus opens only when the quality manager ends scoring on purpose.
    expect(
      (await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'consensus' })).status,
    ).toBe(409);
    expect(
      (
        await call('POST', `/cycles/${current}/status`, 'jana.novakova', {
          status: 'consensus',
          endScoring: true,
        })
      ).body,
    ).toMatchObject({ status: 'consensus' });
    expect(
      (await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'report' })).body,
    ).toMatchObject({ status: 'report', currentStep: 6 });
    expect((await call('POST', `/cycles/${current}/report/approve`, 'jana.novakova', {})).status).toBe(403);
    const approved = await call('POST', `/cycles/${current}/report/approve`, 'petr.svoboda', {});
    expect(approved.body?.['reportApproval']).toMatchObject({ approvedBy: 'Mgr. Petr Svoboda' });
  });

  it('refuses a second cycle with the same name and start (a double submit) and bad input', async () => {
    const cycle = {
      name: 'Sebehodnocení odboru dopravy',
      method: 'fineTuned',
      startDate: '2027-01-04',
      endDate: '2027-03-31',
      scope: { kind: 'departments', departmentCodes: ['OD'] },
    };
    expect((await call('POST', '/cycles', 'marie.prochazkova', cycle)).status).toBe(403);
    const first = await call('POST', '/cycles', 'jana.novakova', cycle);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'preparation',
      scope: { kind: 'departments', departmentCodes: ['OD'] },
    });
    expect((await call('POST', '/cycles', 'jana.novakova', cycle)).status).toBe(409);
    expect(
      (await call('POST', '/cycles', 'jana.novakova', { ...cycle, endDate: '2026-01-01', name: 'Jiný' }))
        .status,
    ).toBe(400);
    expect(
      (
        await call('POST', '/cycles', 'jana.novakova', {
          ...cycle,
          name: 'Neznámý útvar',
          scope: { kind: 'departments', departmentCodes: ['XX'] },
        })
      ).status,
    ).toBe(400);
    expect((await call('GET', '/cycles/999', 'jana.novakova')).status).toBe(404);
    expect((await call('GET', '/cycles/abc', 'jana.novakova')).status).toBe(400);
  });
});

describe('the demo improvement plan', () => {
  it('shows the 2024 cycle’s measures as its plan, grouped by criterion', async () => {
    const stack = await startTestStack();
    try {
      const headers = { Authorization: 'Demo jiri.kucera@lipova.example' };
      const { cycles } = (await contractJson(
        await fetch(`${stack.serviceUrl}/api/caf/cycles`, { headers }),
      )) as {
        cycles: { id: number; status: string }[];
      };
      const closed = cycles.find((cycle) => cycle.status === 'closed');
      const { measures } = (await contractJson(
        await fetch(`${stack.serviceUrl}/api/caf/cycles/${closed?.id}/measures`, { headers }),
      )) as { measures: { title: string; subcriterionCode: string; criterion: number; deadline: string }[] };
      // The plan the 2024 cycle left, and the demo register's measures it gave rise to.
      expect(measures.map((measure) => measure.subcriterionCode)).toEqual([
        '1.3',
        '3.1',
        '3.2',
        '3.3',
        '4.5',
        '5.2',
        '6.1',
        '6.2',
        '6.2',
        '8.1',
      ]);
      expect(measures.map((measure) => measure.criterion)).toEqual([1, 3, 3, 3, 4, 5, 6, 6, 6, 8]);
      // Deadlines are dates (the demo's are set relative to the day it was seeded).
      for (const measure of measures) expect(measure.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      await stack.stop();
    }
  }, 60_000);
});
