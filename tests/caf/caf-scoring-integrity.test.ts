import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { allSubcriteria } from '@kvalita/core';
import { expectContractReply } from '../support/contract-reply';
import { startTestStack, type LocalStack } from '../support/e2e-stack';
import { startScoringCycle } from '../support/caf-cycle';

interface Reply {
  status: number;
  body: Record<string, unknown> | null;
}
interface BoardRow {
  code: string;
  stats: { n: number } | null;
  members: {
    name: string | null;
    input: Record<string, unknown> | null;
    score: number | null;
    strengths: string;
  }[];
}
interface MyScore {
  code: string;
  score: number | null;
  etag: string;
  updatedAt: string;
}

/**
 * Scoring integrity through the tab's API, each test on a cycle of its own: a submit and the saves
 * around it are ordered, two first saves of one subcriterion end in one row, the team's scores are
 * anonymous (in no order a name could be read from), nobody who still scores sees anyone else's,
 * and a member who submitted cannot be removed from the team.
 */
describe('CAF scoring integrity', () => {
  let stack: LocalStack;
  const codes = allSubcriteria().map((subcriterion) => subcriterion.code);

  const headers = (who: string, locale = 'en') => ({
    Authorization: `Demo ${who}@lipova.example`,
    'content-type': 'application/json',
    'accept-language': locale,
  });
  const call = async (method: string, path: string, who: string, body?: unknown, locale = 'en') => {
    const response = await fetch(`${stack.serviceUrl}/api/caf${path}`, {
      method,
      headers: headers(who, locale),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const reply = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    expectContractReply(method, new URL(response.url).pathname, response.status, reply);
    return { status: response.status, body: reply } satisfies Reply;
  };
  const draft = (score: number, etag: string | null, strengths = '') => ({
    input: { method: 'classical', score },
    strengths,
    areasForImprovement: '',
    improvementIdeas: '',
    evidence: [],
    etag,
  });
  const message = (reply: Reply) =>
    String((reply.body?.['error'] as { message?: string } | undefined)?.message ?? '');

  let cycleCount = 0;
  /** A new cycle in scoring, led by Lucie Dvořáková, with the given members. */
  async function scoringCycle(members: readonly string[]): Promise<number> {
    cycleCount += 1;
    return startScoringCycle(
      stack.serviceUrl,
      {
        name: `Sebehodnocení integrity ${cycleCount}`,
        method: 'classical',
        startDate: `2030-0${cycleCount}-01`,
        endDate: `2030-0${cycleCount}-28`,
      },
      members,
    );
  }
  const myScores = async (id: number, who: string) => {
    const reply = await call('GET', `/cycles/${id}/my-scores`, who);
    expect(reply.status).toBe(200);
    return reply.body as { submitted: boolean; scores: MyScore[] };
  };
  const board = async (id: number, who: string, hideNames = false) => {
    const reply = await call('GET', `/cycles/${id}/consensus${hideNames ? '?hideNames=true' : ''}`, who);
    return { status: reply.status, rows: (reply.body?.['subcriteria'] ?? []) as BoardRow[] };
  };

  beforeAll(async () => {
    stack = await startTestStack();
  }, 60_000);
  afterAll(() => stack.stop());

  it('orders a submit and the saves around it: what was acknowledged is submitted, what came after is refused', async () => {
    const id = await scoringCycle(['jiri.kucera']);
    const who = 'jiri.kucera';
    // Half the subcriteria have a draft already (the saves around the submit update them), half not (they create).
    const etags = new Map<string, string | null>(codes.map((code) => [code, null]));
    for (const code of codes.slice(0, 14)) {
      const first = await call('PUT', `/cycles/${id}/my-scores/${code}`, who, draft(10, null));
      expect(first.status).toBe(200);
      etags.set(code, String(first.body?.['etag']));
    }

    // Every subcriterion is typed in by its own auto-save: each save waits for the one before it.
    let clock = 0;
    let submitSentAt = Number.POSITIVE_INFINITY;
    let submitAnsweredAt = Number.POSITIVE_INFINITY;
    const saves: { code: string; value: number; sentAt: number; answeredAt: number; reply: Reply }[] = [];
    let answered = 0;
    let startSubmit: () => void = () => undefined;
    const submitGate = new Promise<void>((resolve) => (startSubmit = resolve));
    const chain = async (code: string) => {
      // The other half is first typed in as the member submits: their first saves create rows meanwhile.
      if (etags.get(code) === null) await submitGate;
      for (let round = 1; round <= 6; round += 1) {
        const value = round * 10 + (codes.indexOf(code) % 10);
        const sentAt = (clock += 1);
        const reply = await call(
          'PUT',
          `/cycles/${id}/my-scores/${code}`,
          who,
          draft(value, etags.get(code) ?? null),
        );
        saves.push({ code, value, sentAt, answeredAt: (clock += 1), reply });
        if (reply.status === 200) etags.set(code, String(reply.body?.['etag']));
        answered += 1;
        if (answered === 20) startSubmit();
        if (reply.status !== 200) return;
      }
    };
    const submit = async () => {
      await submitGate;
      submitSentAt = clock += 1;
      const reply = await call('POST', `/cycles/${id}/my-scores/submit`, who, {});
      submitAnsweredAt = clock += 1;
      // What the submission holds, read the moment it is answered (saves may still be under way).
      return { reply, atSubmit: await myScores(id, who) };
    };
    const [{ reply: submitted, atSubmit }] = await Promise.all([submit(), ...codes.map(chain)]);
    expect(submitted).toEqual({ status: 200, body: { submitted: true } });
    // The race did happen: saves were under way while the submit ran.
    const overlapping = saves.filter(
      (save) => save.sentAt < submitAnsweredAt && save.answeredAt > submitSentAt,
    );
    expect(overlapping.length).toBeGreaterThan(0);
    const afterSubmit = await myScores(id, who);
    // Nothing a save in flight sent changed the submission after it was answered.
    expect(afterSubmit).toEqual(atSubmit);

    // Every save acknowledged is in the submitted set with its value (the last one per subcriterion).
    const stored = new Map(afterSubmit.scores.map((score) => [score.code, score]));
    for (const code of codes) {
      const acknowledged = saves.filter((save) => save.code === code && save.reply.status === 200);
      const last = acknowledged[acknowledged.length - 1];
      if (last) expect({ code, score: stored.get(code)?.score }).toEqual({ code, score: last.value });
      else expect(stored.get(code)?.score ?? null).toBe(codes.indexOf(code) < 14 ? 10 : null);
    }
    // No draft is left: the quality manager sees every stored score as submitted, under the member's name.
    const named = await board(id, 'jana.novakova');
    for (const score of afterSubmit.scores) {
      const row = named.rows.find((r) => r.code === score.code);
      expect({ code: score.code, names: row?.members.map((m) => m.name) }).toEqual({
        code: score.code,
        names: ['Jiří Kučera'],
      });
    }
    expect(afterSubmit.submitted).toBe(true);
    // Every save sent after the submit answered is refused by the rule, in words, not as a lost race.
    const late = saves.filter((save) => save.sentAt > submitAnsweredAt);
    for (const save of late) expect(save.reply.status).toBe(409);
    for (const save of saves.filter((s) => s.reply.status !== 200)) {
      expect(save.reply.status).toBe(409);
      expect(message(save.reply)).toContain('already submitted');
    }

    // The submitted scores never change again, whatever is sent.
    const later = await Promise.all(
      afterSubmit.scores.map((score) =>
        call('PUT', `/cycles/${id}/my-scores/${score.code}`, who, draft(99, score.etag)),
      ),
    );
    expect(later.map((reply) => reply.status)).toEqual(later.map(() => 409));
    expect((await myScores(id, who)).scores).toEqual(afterSubmit.scores);
    const czech = await call('PUT', `/cycles/${id}/my-scores/1.1`, who, draft(99, null), 'cs');
    expect(message(czech)).toContain('odeslal');
  }, 120_000);

  it('ends two first saves of one subcriterion from two devices in one row and a clear 409', async () => {
    const id = await scoringCycle(['alena.nemcova']);
    const who = 'alena.nemcova';
    const replies = await Promise.all([
      call('PUT', `/cycles/${id}/my-scores/2.1`, who, draft(30, null, 'Notebook')),
      call('PUT', `/cycles/${id}/my-scores/2.1`, who, draft(70, null, 'Telefon')),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    const winner = replies.find((reply) => reply.status === 200);
    const loser = replies.find((reply) => reply.status === 409);
    expect(message(loser ?? { status: 0, body: null })).toContain('meanwhile');
    const mine = await myScores(id, who);
    expect(mine.scores.filter((score) => score.code === '2.1')).toEqual([
      expect.objectContaining({ score: winner?.body?.['score'] }),
    ]);
    // A first save of a subcriterion that has a row meanwhile is the same conflict, not an overwrite.
    const blind = await call('PUT', `/cycles/${id}/my-scores/2.1`, who, draft(50, null));
    expect(blind.status).toBe(409);
    expect((await myScores(id, who)).scores.find((score) => score.code === '2.1')?.score).toBe(
      winner?.body?.['score'],
    );
  }, 60_000);
  it('shows the team’s scores without names in an order of each viewer’s own, and no one who still scores sees them', async () => {
    const members = ['marie.prochazkova', 'alena.nemcova', 'jiri.kucera', 'tomas.cerny'];
    const id = await scoringCycle(members);
    // Each member gives every subcriterion a score of their own: 11, 22, 33, 44.
    for (const [index, member] of members.entries()) {
      for (const code of codes) {
        expect(
          (await call('PUT', `/cycles/${id}/my-scores/${code}`, member, draft(11 * (index + 1), null)))
            .status,
        ).toBe(200);
      }
    }
    // The leader scores too: until she has submitted her own, she sees nobody else's (no anchoring).
    expect(
      (await call('PUT', `/cycles/${id}/my-scores/1.1`, 'lucie.dvorakova', draft(55, null))).status,
    ).toBe(200);
    for (const member of members) {
      expect((await call('POST', `/cycles/${id}/my-scores/submit`, member, {})).status).toBe(200);
    }
    expect((await board(id, 'lucie.dvorakova')).status).toBe(403);
    expect((await board(id, 'lucie.dvorakova', true)).status).toBe(403);
    expect((await call('POST', `/cycles/${id}/my-scores/submit`, 'lucie.dvorakova', {})).status).toBe(200);
    expect((await board(id, 'lucie.dvorakova')).status).toBe(200);

    const orderOf = (rows: BoardRow[]) =>
      rows.filter((row) => row.code !== '1.1').map((row) => row.members.map((m) => m.score).join(','));
    const seen = new Map<string, string[]>();
    for (const member of members) {
      const first = await board(id, member);
      expect(first.status).toBe(200);
      for (const row of first.rows) {
        // Nothing in an entry but the score (its points as scored) and its texts: no id, row number
        // or date to link it back.
        for (const entry of row.members) {
          expect(Object.keys(entry).sort()).toEqual([
            'areasForImprovement',
            'improvementIdeas',
            'input',
            'name',
            'score',
            'strengths',
          ]);
          expect(entry.input === null ? [] : Object.keys(entry.input).sort()).toEqual(
            entry.input === null ? [] : ['method', 'score'],
          );
          expect(entry.name).toBeNull();
        }
      }
      const order = orderOf(first.rows);
      // A reload shows the same order…
      expect(orderOf((await board(id, member)).rows)).toEqual(order);
      // …which is not the team's: the scores do not stand in one order in every subcriterion.
      expect(new Set(order).size).toBeGreaterThan(1);
      seen.set(member, order);
    }
    // Two members do not see the same order (an order shared by all would be one to learn).
    expect(new Set([...seen.values()].map((order) => order.join('|'))).size).toBeGreaterThan(1);
    // The leader's view without names is shuffled too; with names she sees who gave what.
    expect(new Set(orderOf((await board(id, 'lucie.dvorakova', true)).rows)).size).toBeGreaterThan(1);
    const named = (await board(id, 'lucie.dvorakova')).rows.find((row) => row.code === '2.1');
    expect(named?.members.map((m) => [m.name, m.score]).sort()).toEqual([
      ['Alena Němcová', 22],
      ['Ing. Tomáš Černý', 44],
      ['Jiří Kučera', 33],
      ['Marie Procházková', 11],
    ]);
  }, 120_000);

  it('keeps a quality manager who scores from seeing the team’s scores until she submits', async () => {
    const id = await scoringCycle(['jana.novakova', 'marie.prochazkova']);
    expect(
      (await call('PUT', `/cycles/${id}/my-scores/1.1`, 'marie.prochazkova', draft(80, null))).status,
    ).toBe(200);
    expect((await call('POST', `/cycles/${id}/my-scores/submit`, 'marie.prochazkova', {})).status).toBe(200);
    expect((await board(id, 'jana.novakova')).status).toBe(403);
    expect((await call('PUT', `/cycles/${id}/my-scores/1.1`, 'jana.novakova', draft(20, null))).status).toBe(
      200,
    );
    expect((await call('POST', `/cycles/${id}/my-scores/submit`, 'jana.novakova', {})).status).toBe(200);
    const row = (await board(id, 'jana.novakova')).rows.find((r) => r.code === '1.1');
    expect(row?.members.map((m) => m.score).sort()).toEqual([20, 80]);
  }, 60_000);

  it('refuses to remove a member who has submitted (their scores stay counted), but removes one who has not', async () => {
    const id = await scoringCycle(['marie.prochazkova', 'alena.nemcova']);
    expect(
      (await call('PUT', `/cycles/${id}/my-scores/1.1`, 'marie.prochazkova', draft(80, null))).status,
    ).toBe(200);
    expect((await call('POST', `/cycles/${id}/my-scores/submit`, 'marie.prochazkova', {})).status).toBe(200);
    expect((await call('PUT', `/cycles/${id}/my-scores/1.1`, 'alena.nemcova', draft(20, null))).status).toBe(
      200,
    );

    const refused = await call(
      'DELETE',
      `/cycles/${id}/team/marie.prochazkova@lipova.example`,
      'jana.novakova',
    );
    expect(refused.status).toBe(409);
    expect(message(refused)).toContain('submitted');
    expect((await board(id, 'jana.novakova')).rows.find((r) => r.code === '1.1')?.stats?.n).toBe(1);

    expect(
      (await call('DELETE', `/cycles/${id}/team/alena.nemcova@lipova.example`, 'jana.novakova')).status,
    ).toBe(204);
    const detail = await call('GET', `/cycles/${id}`, 'jana.novakova');
    expect((detail.body?.['team'] as { email: string }[]).map((m) => m.email).sort()).toEqual([
      'lucie.dvorakova@lipova.example',
      'marie.prochazkova@lipova.example',
    ]);
  }, 60_000);
});
