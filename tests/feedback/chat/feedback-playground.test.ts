import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  FEEDBACK_NOMINATE_REFRESH_VERB,
  FEEDBACK_NOMINATE_VERB,
  FEEDBACK_RATE_REFRESH_VERB,
  FEEDBACK_RATE_VERB,
} from '@kvalita/bot';
import { MANAGERS_MODEL, behaviourKeys } from '@kvalita/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALENA,
  CYCLE_ID,
  EVA,
  JIRI,
  LUCIE,
  MARIE,
  PETR,
  TOMAS,
  storedCycle,
  storedModel,
  storedSubject,
} from '../../../bot/test/feedback/feedback-fixture';
import { MemoryFeedbackOffice } from '../../../bot/test/feedback/memory-feedback-office';
import { DEMO_PEOPLE } from '../../../scripts/local/demo/office';
import { freePort } from '../../../scripts/local/free-port';
import {
  playgroundServiceUrl,
  playgroundUsers,
  startPlayground,
  type RunningPlayground,
} from '../../../scripts/local/playground';
import { PlaygroundClient, cardOf, type StreamedMessage } from '../../support/playground-client';
import { startFeedbackChatServer, type FeedbackChatServer } from './feedback-chat-server';

const NOMINATION_CYCLE = 8;
const LUCIE_SUBJECT = 11;
const MARIE_SUBJECT = 21;

type Action = { type: string; verb?: string; data: Record<string, unknown> };

/**
 * 360 feedback answered in Teams chat, through Microsoft 365 Agents Playground as Marie
 * Procházková of the demo office: she rates her colleague Lucie Dvořáková on the card the chat's
 * fan-out sends her, and nominates her own raters on the card a second cycle sends. The feedback
 * service is an in-memory stand-in with its rules (one answer per rater and subject).
 */
describe('360 feedback through Microsoft 365 Agents Playground', () => {
  let office: MemoryFeedbackOffice;
  let server: FeedbackChatServer;
  let playground: RunningPlayground;
  let marie: PlaygroundClient;

  /** The next card the bot sends that contains `text`; other messages are set aside. */
  async function cardWith(text: string, timeoutMs = 20_000): Promise<StreamedMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = await marie.nextMessage(Math.max(1, deadline - Date.now()));
      if (message.attachments?.length && JSON.stringify(cardOf(message)).includes(text)) return message;
    }
  }

  const actions = (message: StreamedMessage) => cardOf(message)['actions'] as Action[];
  const action = (message: StreamedMessage, verb: string) => {
    const found = actions(message).find((candidate) => candidate.verb === verb);
    if (!found) throw new Error(`the card has no ${verb}`);
    return found;
  };

  beforeAll(async () => {
    office = new MemoryFeedbackOffice([JIRI, LUCIE, MARIE, ALENA, TOMAS, EVA, PETR]);
    office.addCycle(storedCycle('rating'), storedModel());
    office.addSubject(storedSubject(LUCIE_SUBJECT, LUCIE, PETR, { nominationState: 'approved' }), [
      { person: LUCIE, group: 'self' },
      { person: PETR, group: 'manager' },
      { person: MARIE, group: 'peer' },
      { person: ALENA, group: 'peer' },
      { person: TOMAS, group: 'peer' },
    ]);
    office.addCycle(
      storedCycle('nomination', { id: NOMINATION_CYCLE, name: 'Zpětná vazba 360° – CAF tým' }),
      storedModel(),
    );
    office.addSubject(storedSubject(MARIE_SUBJECT, MARIE, LUCIE, { cycleId: NOMINATION_CYCLE }), [
      { person: MARIE, group: 'self' },
      { person: LUCIE, group: 'manager' },
    ]);
    server = await startFeedbackChatServer(office);
    const port = await freePort();
    server.trust(playgroundServiceUrl(port));
    playground = await startPlayground({
      botEndpoint: `${server.url}/api/messages`,
      port,
      folder: mkdtempSync(join(tmpdir(), 'kvalita-playground-')),
      ...playgroundUsers(DEMO_PEOPLE, MARIE.email),
    });
    marie = await PlaygroundClient.connect(playground.url);
    await marie.install();
    expect((await marie.nextMessage()).text).toMatch(/Kvalita/);
  }, 120_000);

  afterAll(async () => {
    marie?.close();
    await playground?.stop();
    await server?.stop();
  });

  let rating: StreamedMessage;

  it('rating starts: Marie gets one card about Lucie, with her group, its anonymity and the charter', async () => {
    const cycle = office.cycles.get(CYCLE_ID);
    if (!cycle) throw new Error('fixture');
    await server.chat.notifier.ratingStarted(cycle);
    rating = await cardWith('Lucie Dvořáková');
    const card = JSON.stringify(cardOf(rating));
    expect(card).toContain('Vaše skupina: kolegové');
    expect(card).toContain('jen dohromady a jen tehdy, když jich odpoví aspoň 3');
    expect(card).toContain('není hodnocením pro odměňování');
    expect(card).toContain('"id":"b0"');
    expect(action(rating, FEEDBACK_RATE_VERB).data).toMatchObject({
      cycleId: CYCLE_ID,
      subjectId: LUCIE_SUBJECT,
    });
    // The run marks the row sent right after the connector accepted the card.
    await server.chat.sendDue();
    expect(
      server.deliveries.of('ratingRequest').filter((row) => row.recipientEmail === MARIE.email),
    ).toMatchObject([{ state: 'sent' }]);
  });

  it('answering stores one answer; the card and its refresh show “done, thank you”', async () => {
    const inputs = Object.fromEntries(
      behaviourKeys(MANAGERS_MODEL).map((_, index) => [`b${index}`, index % 4 === 0 ? 'na' : '4']),
    );
    const answered = await marie.execute(rating, FEEDBACK_RATE_VERB, {
      ...action(rating, FEEDBACK_RATE_VERB).data,
      ...inputs,
      c0: 'Vysvětluje, proč na úkolech záleží.',
    });
    expect(JSON.stringify(answered.value)).toContain(
      'Hotovo, děkujeme. Hodnocení pro Lucie Dvořáková je uložené.',
    );
    expect(JSON.stringify(answered.value)).toContain('Vyplnil/a jste všechny své formuláře');
    expect(JSON.stringify(answered.value)).not.toContain(FEEDBACK_RATE_VERB + '"');
    expect(office.answers.size).toBe(1);

    const refresh = cardOf(rating)['refresh'] as { action: Action; userIds: string[] };
    expect(refresh.action.verb).toBe(FEEDBACK_RATE_REFRESH_VERB);
    expect(refresh.userIds).toEqual([marie.userId]);
    const refreshed = await marie.execute(
      rating,
      FEEDBACK_RATE_REFRESH_VERB,
      refresh.action.data,
      'automatic',
    );
    expect(JSON.stringify(refreshed.value)).toContain('už máte odeslané');
    expect(JSON.stringify(refreshed.value)).not.toContain('"Input.ChoiceSet"');
  });

  it('a second submit stores nothing new and still shows done', async () => {
    const [stored] = [...office.answers.values()];
    const again = await marie.execute(rating, FEEDBACK_RATE_VERB, {
      ...action(rating, FEEDBACK_RATE_VERB).data,
      ...Object.fromEntries(behaviourKeys(MANAGERS_MODEL).map((_, index) => [`b${index}`, '1'])),
    });
    expect(JSON.stringify(again.value)).toContain('znovu se nic neukládá');
    expect(office.answers.size).toBe(1);
    expect([...office.answers.values()][0]).toBe(stored);
  });

  it('nominations open: Marie ticks three colleagues on her card and sends them for approval', async () => {
    const cycle = office.cycles.get(NOMINATION_CYCLE);
    if (!cycle) throw new Error('fixture');
    await server.chat.notifier.nominationsOpened(cycle);
    const card = await cardWith('Navrhněte, kdo vám dá zpětnou vazbu');
    const content = JSON.stringify(cardOf(card));
    expect(content).toContain('"id":"nominate-peer"');
    expect(content).toContain('Seznam pak schválí Lucie Dvořáková');
    const submit = action(card, FEEDBACK_NOMINATE_VERB);
    const sent = await marie.execute(card, FEEDBACK_NOMINATE_VERB, {
      ...submit.data,
      'nominate-peer': [ALENA, JIRI, TOMAS].map((person) => person.email).join(','),
      'nominate-other': EVA.email,
    });
    expect(JSON.stringify(sent.value)).toContain('Odesláno ke schválení');
    expect(JSON.stringify(sent.value)).toContain('kolegové: Alena Němcová, Jiří Kučera, Tomáš Černý');
    expect(office.subjects.get(MARIE_SUBJECT)?.nominationState).toBe('submitted');
    // Her manager's approval card is planned (Lucie has no chat here, so it waits for her).
    expect(server.deliveries.of('approvalRequest').map((row) => [row.recipientEmail, row.subjectId])).toEqual(
      [[LUCIE.email, MARIE_SUBJECT]],
    );
    const refresh = cardOf(card)['refresh'] as { action: Action };
    const refreshed = await marie.execute(
      card,
      FEEDBACK_NOMINATE_REFRESH_VERB,
      refresh.action.data,
      'automatic',
    );
    expect(JSON.stringify(refreshed.value)).toContain('Odesláno ke schválení');
    expect(JSON.stringify(refreshed.value)).not.toContain('"Input.ChoiceSet"');
  });
});
