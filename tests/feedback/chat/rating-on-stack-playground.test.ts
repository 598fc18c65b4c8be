import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FEEDBACK_RATE_VERB } from '@kvalita/bot';
import { STAFF_MODEL, behaviourKeys, type FeedbackCyclesReply, type RatingForm } from '@kvalita/core';
import { FeedbackAnswersRepository, SiteContext, connectSharePoint } from '@kvalita/sharepoint';
import type { RunningPlayground } from '../../../scripts/local/playground';
import { TEST_ANSWER_BOX } from '../../support/answer-box';
import { startTestPlayground, startTestStack, type LocalStack } from '../../support/e2e-stack';
import { PlaygroundClient, cardOf, type StreamedMessage } from '../../support/playground-client';
import { callFeedback } from '../api/feedback-test-app';

const MARIE = 'marie.prochazkova@lipova.example';
// Today at 9:00 in the office, whenever the test runs: cards go out from 8:00.
const START = Date.parse(`${new Date().toISOString().slice(0, 10)}T08:00:00Z`);
const started = Date.now();

type Action = { verb?: string; data: Record<string, unknown> };

/**
 * A rating card of the demo office's running staff cycle, end to end on the whole stack: the app
 * service's daily pass sends Marie Procházková her cards in Agents Playground, she answers one, the
 * real FeedbackService stores it keyed and sealed on the local SharePoint, and a second submit of
 * the same card stores nothing new.
 */
describe('a 360 rating card through Agents Playground on the whole stack', () => {
  let stack: LocalStack;
  let playground: RunningPlayground;
  let marie: PlaygroundClient;
  let cycleId = 0;

  beforeAll(async () => {
    stack = await startTestStack({ feedbackChat: true, now: () => new Date(START + (Date.now() - started)) });
    const api = { url: `${stack.serviceUrl}/api/feedback` };
    const cycles = await callFeedback<FeedbackCyclesReply>(api, 'GET', '/cycles', 'jana.novakova');
    cycleId = cycles.body.items.find((cycle) => cycle.phase === 'rating')?.id ?? 0;
    playground = await startTestPlayground(stack, MARIE);
    marie = await PlaygroundClient.connect(playground.url);
    await marie.install();
    expect((await marie.nextMessage()).text).toMatch(/Kvalita/);
  }, 240_000);

  afterAll(async () => {
    marie?.close();
    await playground?.stop();
    await stack?.stop();
  });

  const answersInCycle = async () => {
    let count = 0;
    const answers = new FeedbackAnswersRepository(
      new SiteContext(connectSharePoint(stack.emulatorSiteUrl)),
      TEST_ANSWER_BOX,
    );
    for await (const page of answers.all(cycleId, { comments: false })) count += page.length;
    return count;
  };

  /** The next rating card (surveys' and documents' messages of the demo office are set aside). */
  async function ratingCard(timeoutMs = 30_000): Promise<StreamedMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = await marie.nextMessage(Math.max(1, deadline - Date.now()));
      const actions = message.attachments?.length
        ? ((cardOf(message)['actions'] as Action[] | undefined) ?? [])
        : [];
      if (actions.some((action) => action.verb === FEEDBACK_RATE_VERB)) return message;
    }
  }

  let card: StreamedMessage;
  let before = 0;

  it('sends Marie a rating card of the running cycle', async () => {
    await stack.scheduler.tickNow();
    card = await ratingCard();
    expect(JSON.stringify(cardOf(card))).toContain('není hodnocením pro odměňování');
    // Only forms still open get a card (the demo office answered part of hers before any card went out).
    const submit = (cardOf(card)['actions'] as Action[]).find((action) => action.verb === FEEDBACK_RATE_VERB);
    const form = await callFeedback<RatingForm>(
      { url: `${stack.serviceUrl}/api/feedback` },
      'GET',
      `/cycles/${cycleId}/forms/${Number(submit?.data['subjectId'])}`,
      'marie.prochazkova',
    );
    expect([form.status, form.body.done]).toEqual([200, false]);
    before = await answersInCycle();
  });

  it('stores her answer once, sealed under keys, and a second submit stores nothing new', async () => {
    const submit = (cardOf(card)['actions'] as Action[]).find((action) => action.verb === FEEDBACK_RATE_VERB);
    const inputs = Object.fromEntries(
      behaviourKeys(STAFF_MODEL).map((_, index) => [`b${index}`, index % 5 === 0 ? 'na' : '4']),
    );
    const answered = await marie.execute(card, FEEDBACK_RATE_VERB, { ...submit?.data, ...inputs });
    expect(JSON.stringify(answered.value)).toContain('Hotovo, děkujeme');
    expect(await answersInCycle()).toBe(before + 1);
    const subjectId = Number(submit?.data['subjectId']);
    expect(subjectId).toBeGreaterThan(0);

    const again = await marie.execute(card, FEEDBACK_RATE_VERB, { ...submit?.data, ...inputs });
    expect(JSON.stringify(again.value)).toContain('znovu se nic neukládá');
    expect(await answersInCycle()).toBe(before + 1);
    // The tab shows the same form as done: one code path for the card and the tab.
    const form = await callFeedback<RatingForm>(
      { url: `${stack.serviceUrl}/api/feedback` },
      'GET',
      `/cycles/${cycleId}/forms/${subjectId}`,
      'marie.prochazkova',
    );
    expect([form.status, form.body.done]).toEqual([200, true]);
  });
});
