import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ProactiveSend } from '@kvalita/bot';
import { BotConversationsRepository, SiteContext, connectSharePoint } from '@kvalita/sharepoint';
import { callApi } from '../support/api-call';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

const TEAMS_APP_ID = '3f2b1c9e-5a7d-4e60-9b1f-2c8d7e6a5b40';

interface SentCard {
  readonly to: string;
  readonly card: { lang: string; body: unknown[]; actions?: { type: string; url?: string }[] };
}

/**
 * The phases of a CAF cycle as the quality manager, the team leader and the director meet them:
 * every move checks what it needs and says what is missing, a step back keeps its reason, the
 * director approves with a comment or returns with a reason, and both hear of it in chat.
 */
describe('CAF cycle phases', () => {
  let stack: LocalStack;
  let current: number;
  const sent: SentCard[] = [];
  const send: ProactiveSend = async (conversation, activity) => {
    const card = activity.attachments?.[0]?.content as SentCard['card'];
    // The survey scheduler writes to the same chats (the demo's weekly pulse): keep the CAF cards.
    if (JSON.stringify(card).includes('Sebehodnocení CAF 2026'))
      sent.push({ to: conversation.email ?? '', card });
  };

  const call = (method: string, path: string, who: string, body?: unknown, language = 'en') =>
    callApi(stack.serviceUrl, 'caf', { method, path, who, body, language });
  const message = (reply: { body: Record<string, unknown> | null }) =>
    String((reply.body?.['error'] as { message?: string } | undefined)?.message ?? '');
  /** Cards are sent after the reply: wait until `count` have arrived for the person. */
  const cardsTo = async (email: string, count: number) => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const cards = sent.filter((entry) => entry.to === email);
      if (cards.length >= count) return cards;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return sent.filter((entry) => entry.to === email);
  };
  const cardText = (card: SentCard['card']) => JSON.stringify(card.body);

  beforeAll(async () => {
    stack = await startTestStack({ proactiveSend: send, teamsAppId: TEAMS_APP_ID });
    const conversations = new BotConversationsRepository(
      new SiteContext(connectSharePoint(stack.emulatorSiteUrl)),
    );
    const chat = (email: string, displayName: string, locale: string) =>
      conversations.upsert(
        {
          userObjectId: `object-${email}`,
          displayName,
          email,
          conversationId: `chat-${email}`,
          channelUserId: `user-${email}`,
          serviceUrl: 'https://smba.example/emea/',
          botId: null,
          tenantId: null,
          channelId: 'msteams',
          locale,
        },
        new Date(),
      );
    await chat('petr.svoboda@lipova.example', 'Mgr. Petr Svoboda', 'en-GB');
    await chat('lucie.dvorakova@lipova.example', 'Bc. Lucie Dvořáková', 'cs-CZ');
    const { body } = await call('GET', '/cycles', 'jana.novakova');
    current =
      (body?.['cycles'] as { id: number; status: string }[]).find((c) => c.status === 'scoring')?.id ?? 0;
  }, 60_000);
  afterAll(() => stack.stop());

  it('ends individual scoring only on purpose, naming who has not submitted', async () => {
    const refused = await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'consensus' });
    expect(refused.status).toBe(409);
    expect(message(refused)).toContain('have not submitted');
    expect(message(refused)).toContain('Marie Procházková');
    expect(message(refused)).not.toContain('meanwhile');
    const czech = await call(
      'POST',
      `/cycles/${current}/status`,
      'jana.novakova',
      { status: 'consensus' },
      'cs',
    );
    expect(message(czech)).toContain('Individuální hodnocení ještě neodeslali');

    const ended = await call('POST', `/cycles/${current}/status`, 'jana.novakova', {
      status: 'consensus',
      endScoring: true,
    });
    expect(ended.body).toMatchObject({ status: 'consensus', currentStep: 5 });
    const detail = await call('GET', `/cycles/${current}`, 'jiri.kucera');
    const history = detail.body?.['history'] as {
      kind: string;
      to: string;
      notSubmitted: string[];
      byName: string;
    }[];
    const last = history.at(-1);
    expect(last).toMatchObject({ kind: 'moved', to: 'consensus', byName: 'Ing. Jana Nováková' });
    expect(last?.notSubmitted).toEqual(expect.arrayContaining(['Bc. Lucie Dvořáková', 'Marie Procházková']));
    expect(last?.notSubmitted).not.toContain('Alena Němcová');
  });

  it('writes the report only with a consensus, and then asks the director in chat', async () => {
    const empty = await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'report' });
    expect(empty.status).toBe(409);
    expect(message(empty)).toContain('consensus');
    const consensus = {
      input: { method: 'classical', score: 55 },
      strengths: 'Strategie',
      areasForImprovement: 'Měření',
      improvementIdeas: '',
    };
    expect((await call('PUT', `/cycles/${current}/consensus/1.1`, 'lucie.dvorakova', consensus)).status).toBe(
      200,
    );
    const report = await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'report' });
    expect(report.body).toMatchObject({ status: 'report', currentStep: 6, reportApproval: null });

    const [card] = await cardsTo('petr.svoboda@lipova.example', 1);
    expect(card?.card.lang).toBe('en');
    expect(cardText(card!.card)).toContain('waits for your approval');
    expect(cardText(card!.card)).toContain('Sebehodnocení CAF 2026');
    const link = card?.card.actions?.find((action) => action.type === 'Action.OpenUrl')?.url ?? '';
    expect(link).toContain(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/caf`);
    expect(decodeURIComponent(link)).toContain(`"subEntityId":"caf/${current}/results"`);
  });

  it('does not start the improvement plan before the director approved the report', async () => {
    const early = await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'improvement' });
    expect(early.status).toBe(409);
    expect(message(early)).toContain('not approved');
    expect(
      (await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'closed' })).status,
    ).toBe(409);
    const detail = await call('GET', `/cycles/${current}`, 'petr.svoboda');
    expect(detail.body).toMatchObject({ status: 'report', permissions: { approveReport: true } });
  });

  it('lets the director return the report for rework with a reason, and tells the leader', async () => {
    expect(
      (await call('POST', `/cycles/${current}/report/return`, 'jana.novakova', { reason: 'x' })).status,
    ).toBe(403);
    expect(
      (await call('POST', `/cycles/${current}/report/return`, 'petr.svoboda', { reason: '  ' })).status,
    ).toBe(400);
    const returned = await call('POST', `/cycles/${current}/report/return`, 'petr.svoboda', {
      reason: 'Doplňte důkazy ke kritériu 1.',
    });
    expect(returned.body).toMatchObject({ status: 'consensus', reportApproval: null });
    const [card] = await cardsTo('lucie.dvorakova@lipova.example', 1);
    expect(card?.card.lang).toBe('cs');
    expect(cardText(card!.card)).toContain('vrácena k přepracování');
    expect(cardText(card!.card)).toContain('Doplňte důkazy ke kritériu 1.');
  });

  it('lets the director approve once, with a comment, and tells the leader', async () => {
    await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'report' });
    await cardsTo('petr.svoboda@lipova.example', 2);
    expect((await call('POST', `/cycles/${current}/report/approve`, 'jana.novakova', {})).status).toBe(403);
    const approved = await call('POST', `/cycles/${current}/report/approve`, 'petr.svoboda', {
      comment: 'Výborná práce týmu.',
    });
    expect(approved.body).toMatchObject({
      status: 'report',
      reportApproval: { approvedBy: 'Mgr. Petr Svoboda' },
    });
    const again = await call('POST', `/cycles/${current}/report/approve`, 'petr.svoboda', {});
    expect(again.status).toBe(409);
    expect(message(again)).toContain('already approved');
    const cards = await cardsTo('lucie.dvorakova@lipova.example', 2);
    expect(cardText(cards[1]!.card)).toContain('je schválena');
    expect(cardText(cards[1]!.card)).toContain('Výborná práce týmu.');
    expect(
      (await call('POST', `/cycles/${current}/status`, 'jana.novakova', { status: 'improvement' })).body,
    ).toMatchObject({ status: 'improvement', currentStep: 7 });
  });

  it('lets only the quality manager step back one phase, with a reason, which withdraws the approval', async () => {
    expect(
      (await call('POST', `/cycles/${current}/status/back`, 'lucie.dvorakova', { reason: 'x' })).status,
    ).toBe(403);
    expect((await call('POST', `/cycles/${current}/status/back`, 'jana.novakova', {})).status).toBe(400);
    const back = await call('POST', `/cycles/${current}/status/back`, 'jana.novakova', {
      reason: 'Ředitel chce zprávu doplnit.',
    });
    expect(back.body).toMatchObject({ status: 'report', currentStep: 6, reportApproval: null });

    const detail = await call('GET', `/cycles/${current}`, 'jiri.kucera');
    const history = detail.body?.['history'] as {
      kind: string;
      from: string;
      to: string;
      reason: string;
      comment: string;
    }[];
    expect(history.map((event) => [event.kind, event.from, event.to])).toEqual([
      // The demo office started the cycle's scoring.
      ['moved', 'preparation', 'scoring'],
      ['moved', 'scoring', 'consensus'],
      ['moved', 'consensus', 'report'],
      ['returned', 'report', 'consensus'],
      ['moved', 'consensus', 'report'],
      ['approved', 'report', 'report'],
      ['moved', 'report', 'improvement'],
      ['steppedBack', 'improvement', 'report'],
    ]);
    expect(history[3]?.reason).toBe('Doplňte důkazy ke kritériu 1.');
    expect(history[5]?.comment).toBe('Výborná práce týmu.');
    expect(history[7]?.reason).toBe('Ředitel chce zprávu doplnit.');
  });

  it('shows the closed 2024 demo cycle’s way through its phases, with the director’s comment', async () => {
    const { body } = await call('GET', '/cycles', 'jiri.kucera');
    const closed = (body?.['cycles'] as { id: number; status: string }[]).find((c) => c.status === 'closed');
    const detail = await call('GET', `/cycles/${closed?.id}`, 'jiri.kucera');
    const history = detail.body?.['history'] as { kind: string; to: string; comment: string }[];
    expect(history.map((event) => [event.kind, event.to])).toEqual([
      ['moved', 'scoring'],
      ['moved', 'consensus'],
      ['moved', 'report'],
      ['approved', 'report'],
      ['moved', 'improvement'],
      ['moved', 'closed'],
    ]);
    expect(history[3]?.comment).toContain('Schvaluji');
    expect(detail.body?.['reportApproval']).toEqual({
      approvedBy: 'Mgr. Petr Svoboda',
      approvedAt: '2025-01-20',
    });
  });

  it('starts scoring only with a team, and never steps back from preparation', async () => {
    const created = await call('POST', '/cycles', 'jana.novakova', {
      name: 'Sebehodnocení bez týmu',
      method: 'classical',
      startDate: '2027-02-01',
      endDate: '2027-04-30',
      scope: { kind: 'office' },
    });
    const id = Number(created.body?.['id']);
    const empty = await call('POST', `/cycles/${id}/status`, 'jana.novakova', { status: 'scoring' });
    expect(empty.status).toBe(409);
    expect(message(empty)).toContain('no members');
    const first = await call('POST', `/cycles/${id}/status/back`, 'jana.novakova', { reason: 'Omyl' });
    expect(first.status).toBe(409);
    expect(message(first)).toContain('first phase');
    await call('POST', `/cycles/${id}/team`, 'jana.novakova', {
      email: 'jiri.kucera@lipova.example',
      role: 'member',
    });
    const noLeader = await call('POST', `/cycles/${id}/status`, 'jana.novakova', { status: 'scoring' });
    expect(message(noLeader)).toContain('no leader');
  });
});
