import { describe, expect, it } from '@jest/globals';
import type { StoredBotConversation } from '@kvalita/sharepoint';
import type { Activity } from 'botbuilder';
import { RateLimiter, type Clock, type ProactiveSend } from '../../src';
import { FeedbackChat } from '../../src/feedback/chat/feedback-chat';
import { noFeedbackLinks } from '../../src/feedback/chat/feedback-links';
import { reminderOccasion } from '../../src/feedback/chat/feedback-reminder-plan';
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
} from './feedback-fixture';
import { MemoryFeedbackDeliveries } from './memory-feedback-deliveries';
import { MemoryFeedbackOffice } from './memory-feedback-office';

const PEOPLE = [JIRI, LUCIE, MARIE, ALENA, TOMAS, EVA, PETR];
/** 9:00 in the office on the day rating starts. */
const START = Date.parse('2027-03-15T08:00:00Z');

class StepClock implements Clock {
  time = 0;
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.time += Math.max(0, ms);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function chats(people = PEOPLE): { all(): Promise<StoredBotConversation[]> } {
  const conversations = people.map((person, index): StoredBotConversation => ({
    itemId: index + 1,
    updatedOn: null,
    userObjectId: `oid-${person.email}`,
    displayName: person.displayName,
    email: person.email,
    conversationId: person.email,
    channelUserId: `29:${person.email}`,
    serviceUrl: 'https://smba.example/',
    botId: '28:kvalita',
    tenantId: 'tenant',
    channelId: 'msteams',
    locale: 'cs-CZ',
  }));
  return { all: async () => conversations };
}

/** Teams' side: every card each person got. */
class Inbox {
  readonly cards: { to: string; card: Record<string, unknown> }[] = [];
  send: ProactiveSend = async (conversation, activity: Partial<Activity>) => {
    const card = activity.attachments?.[0]?.content as Record<string, unknown>;
    this.cards.push({ to: conversation.conversationId, card });
  };
  of(email: string): string[] {
    return this.cards.filter((card) => card.to === email).map((card) => JSON.stringify(card.card));
  }
}

/** Lucie (head, OSV) and Jiří are rated; Marie rates both, Petr is Lucie's manager. */
function office(phase: 'nomination' | 'approval' | 'rating' = 'rating') {
  const memory = new MemoryFeedbackOffice(PEOPLE);
  memory.addCycle(storedCycle(phase), storedModel());
  memory.addSubject(
    storedSubject(11, LUCIE, PETR, { nominationState: phase === 'rating' ? 'approved' : 'open' }),
    [
      { person: LUCIE, group: 'self' },
      { person: PETR, group: 'manager' },
      { person: JIRI, group: 'directReport' },
      { person: MARIE, group: 'peer' },
      { person: ALENA, group: 'peer', state: phase === 'rating' ? 'declined' : 'proposed' },
    ],
  );
  memory.addSubject(
    storedSubject(12, JIRI, LUCIE, { nominationState: phase === 'rating' ? 'approved' : 'open' }),
    [
      { person: JIRI, group: 'self' },
      { person: LUCIE, group: 'manager' },
      { person: MARIE, group: 'peer' },
    ],
  );
  return memory;
}

function chatOf(
  memory: MemoryFeedbackOffice,
  deliveries: MemoryFeedbackDeliveries,
  inbox: Inbox,
  at: () => Date,
  send: ProactiveSend = inbox.send,
) {
  const clock = new StepClock();
  const feedback = new FeedbackChat({
    deliveries,
    cycles: memory.cyclesStore,
    models: memory.modelsStore,
    subjects: memory.subjectsStore,
    nominations: memory.nominationsStore,
    service: memory,
    actorOf: async (email) => memory.actor(email),
    progress: memory.progress,
    conversations: chats(),
    send,
    links: noFeedbackLinks,
    limiter: new RateLimiter(clock, { ratePerSecond: 50 }),
    clock,
    random: () => 0.5,
    now: at,
    options: { jitterMs: 0 },
  });
  memory.notifier = feedback.notifier;
  return feedback;
}

describe('360 rating cards through the fan-out', () => {
  it('one rating card per approved nomination, each once; a restart sends nothing again', async () => {
    const memory = office();
    const deliveries = new MemoryFeedbackDeliveries();
    const inbox = new Inbox();
    const at = () => new Date(START);
    const chat = chatOf(memory, deliveries, inbox, at);
    await chat.notifier.ratingStarted(memory.cycles.get(CYCLE_ID) ?? storedCycle('rating'));
    // Alena declined: no row for her. Lucie and Jiří rate themselves too.
    expect(
      deliveries
        .of('ratingRequest')
        .map((row) => [row.recipientEmail, row.subjectId])
        .sort(),
    ).toEqual(
      [
        [LUCIE.email, 11],
        [PETR.email, 11],
        [JIRI.email, 11],
        [MARIE.email, 11],
        [JIRI.email, 12],
        [LUCIE.email, 12],
        [MARIE.email, 12],
      ].sort(),
    );
    await chat.sendDue();
    expect(inbox.cards).toHaveLength(7);
    const [toMarieAboutLucie] = inbox.of(MARIE.email).filter((card) => card.includes('Lucie Dvořáková'));
    expect(toMarieAboutLucie).toContain('Vaše skupina: kolegové');
    expect(toMarieAboutLucie).toContain('"userIds":["29:marie.prochazkova@lipova.example"]');
    expect(inbox.of(PETR.email)[0]).toContain('Hodnotíte jako nadřízený/á');

    // Planning again (a retried request, the daily pass) and a second instance after a restart add nothing.
    await chat.notifier.ratingStarted(memory.cycles.get(CYCLE_ID) ?? storedCycle('rating'));
    await chatOf(memory, deliveries, inbox, at).sendDue();
    expect(inbox.cards).toHaveLength(7);
    expect(deliveries.all().every((row) => row.state === 'sent')).toBe(true);
  });

  it('resumes after a run that died half-way: nobody missed, nobody twice', async () => {
    const memory = office();
    const deliveries = new MemoryFeedbackDeliveries();
    const inbox = new Inbox();
    let now = START;
    let sends = 0;
    // The bot's credentials fail after three cards: the run stops (as a restart would leave it).
    const failing: ProactiveSend = async (conversation, activity) => {
      sends += 1;
      if (sends > 3) throw Object.assign(new Error('Unauthorized'), { statusCode: 401 });
      await inbox.send(conversation, activity);
    };
    const first = chatOf(memory, deliveries, inbox, () => new Date(now), failing);
    await first.notifier.ratingStarted(memory.cycles.get(CYCLE_ID) ?? storedCycle('rating'));
    await expect(first.sendDue()).rejects.toThrow('Wave stopped');
    expect(inbox.cards).toHaveLength(3);
    // Later (past the retry pause) a new instance sends the rest.
    now = START + 20 * 60_000;
    await chatOf(memory, deliveries, inbox, () => new Date(now)).sendDue();
    const received = inbox.cards.map(
      (card) => `${card.to}#${JSON.stringify(card.card).match(/"subjectId":(\d+)/)?.[1]}`,
    );
    expect(new Set(received).size).toBe(7);
    expect(received).toHaveLength(7);
  });

  it('drops what a closed cycle no longer needs and removes its reminders', async () => {
    const memory = office();
    const deliveries = new MemoryFeedbackDeliveries();
    const inbox = new Inbox();
    const chat = chatOf(memory, deliveries, inbox, () => new Date(START));
    await chat.notifier.ratingStarted(memory.cycles.get(CYCLE_ID) ?? storedCycle('rating'));
    await deliveries.plan([
      {
        kind: 'ratingReminder',
        cycleId: CYCLE_ID,
        subjectId: 0,
        occasion: '2027-03-31#3',
        recipientEmail: MARIE.email,
      },
    ]);
    const closed = memory.setPhase(CYCLE_ID, 'closed');
    await chat.notifier.closed(closed);
    expect(deliveries.of('ratingReminder')).toHaveLength(0);
    await chat.sendDue();
    expect(inbox.cards).toHaveLength(0);
    expect(deliveries.all().every((row) => row.state === 'dropped')).toBe(true);
  });
});

describe('360 reminders before the deadlines', () => {
  it('reminds only raters with forms left, once each with their progress, from three days before', async () => {
    const memory = office();
    const deliveries = new MemoryFeedbackDeliveries();
    const inbox = new Inbox();
    // Jiří has answered both his forms; Marie one of two.
    memory.answers.set(memory.answerKey(CYCLE_ID, 11, JIRI.email), { ratings: {}, comments: {} });
    memory.answers.set(memory.answerKey(CYCLE_ID, 12, JIRI.email), { ratings: {}, comments: {} });
    memory.answers.set(memory.answerKey(CYCLE_ID, 12, MARIE.email), { ratings: {}, comments: {} });
    const twoDaysBefore = new Date('2027-03-29T08:00:00Z');
    const chat = chatOf(memory, deliveries, inbox, () => twoDaysBefore);
    await chat.tick(twoDaysBefore);
    const reminders = deliveries.of('ratingReminder');
    expect(reminders.map((row) => row.recipientEmail).sort()).toEqual(
      [LUCIE.email, MARIE.email, PETR.email].sort(),
    );
    expect(new Set(reminders.map((row) => row.occasion))).toEqual(new Set(['2027-03-31#3']));
    const toMarie = inbox.of(MARIE.email).find((card) => card.includes('Připomínka'));
    expect(toMarie).toContain('máte hotovo 1 z 2 formulářů');
    expect(toMarie).toContain('Zbývá: Lucie Dvořáková');
    expect(inbox.of(JIRI.email).some((card) => card.includes('Připomínka'))).toBe(false);
    // Reminders say nothing about a subject: no row names one.
    expect(reminders.every((row) => row.subjectId === 0)).toBe(true);

    // The next tick the same day plans nothing new.
    await chat.tick(new Date('2027-03-29T09:00:00Z'));
    expect(deliveries.of('ratingReminder')).toHaveLength(3);
  });

  it('reminds subjects whose list is still open, and not those who sent it', async () => {
    const memory = office('nomination');
    const deliveries = new MemoryFeedbackDeliveries();
    const inbox = new Inbox();
    memory.subjects.set(12, {
      ...(memory.subjects.get(12) ?? storedSubject(12, JIRI, LUCIE)),
      nominationState: 'submitted',
    });
    const day = new Date('2027-03-04T08:00:00Z');
    const chat = chatOf(memory, deliveries, inbox, () => day);
    await chat.tick(day);
    expect(deliveries.of('nominationReminder').map((row) => [row.recipientEmail, row.occasion])).toEqual([
      [LUCIE.email, '2027-03-05#1'],
    ]);
    const toLucie = inbox.of(LUCIE.email);
    expect(
      toLucie.some((card) => card.includes('Připomínka: do 5. 3. 2027 prosím navrhněte své hodnotitele.')),
    ).toBe(true);
    // Jiří's list waits for Lucie, his manager: her approval card went out with the daily pass.
    expect(deliveries.of('approvalRequest').map((row) => row.recipientEmail)).toEqual([LUCIE.email]);
    expect(toLucie.some((card) => card.includes('Schvalte hodnotitele'))).toBe(true);
  });

  it('picks the latest reminder whose day has come, never two in one day, none after the deadline', () => {
    expect(reminderOccasion('2027-03-31', '2027-03-27')).toBeNull();
    expect(reminderOccasion('2027-03-31', '2027-03-28')).toBe('2027-03-31#3');
    expect(reminderOccasion('2027-03-31', '2027-03-29')).toBe('2027-03-31#3');
    expect(reminderOccasion('2027-03-31', '2027-03-30')).toBe('2027-03-31#1');
    expect(reminderOccasion('2027-03-31', '2027-03-31')).toBe('2027-03-31#1');
    expect(reminderOccasion('2027-03-31', '2027-04-01')).toBeNull();
  });
});

describe('nomination and release cards', () => {
  it('asks each subject to nominate when nominations open, and the manager to approve once sent', async () => {
    const memory = office('nomination');
    const deliveries = new MemoryFeedbackDeliveries();
    const inbox = new Inbox();
    const at = () => new Date('2027-02-20T09:00:00Z');
    const chat = chatOf(memory, deliveries, inbox, at);
    await chat.notifier.nominationsOpened(memory.cycles.get(CYCLE_ID) ?? storedCycle('nomination'));
    await chat.sendDue();
    const nominate = inbox.of(LUCIE.email)[0];
    expect(nominate).toContain('Navrhněte, kdo vám dá zpětnou vazbu');
    expect(nominate).toContain('"id":"nominate-peer"');
    expect(inbox.of(JIRI.email)[0]).toContain('Navrhněte, kdo vám dá zpětnou vazbu');

    const subject = memory.subjects.get(11);
    if (!subject) throw new Error('fixture');
    await memory.setNominations(memory.actor(LUCIE.email), CYCLE_ID, 11, {
      etag: subject.etag,
      raters: [MARIE, ALENA, TOMAS].map((person) => ({ email: person.email, group: 'peer' as const })),
    });
    await memory.submitNominations(memory.actor(LUCIE.email), CYCLE_ID, 11, {
      etag: memory.subjects.get(11)?.etag ?? '',
    });
    await chat.sendDue();
    const approve = inbox.of(PETR.email)[0];
    expect(approve).toContain('Schvalte hodnotitele');
    expect(approve).toContain(`"value":"${MARIE.email},${ALENA.email},${TOMAS.email}"`);
  });

  it('tells each subject and each manager once that reports are released', async () => {
    const memory = office();
    const deliveries = new MemoryFeedbackDeliveries();
    const inbox = new Inbox();
    const chat = chatOf(memory, deliveries, inbox, () => new Date('2027-04-10T08:00:00Z'));
    const released = memory.setPhase(CYCLE_ID, 'released');
    await chat.notifier.released(released);
    await chat.sendDue();
    expect(inbox.of(LUCIE.email).map((card) => card.includes('Vaše zpráva z cyklu'))).toContain(true);
    expect(
      inbox
        .of(LUCIE.email)
        .some((card) =>
          card.includes('Zprávy vašich podřízených z cyklu Zpětná vazba 360° 2027 jsou připravené (1)'),
        ),
    ).toBe(true);
    expect(inbox.of(PETR.email)).toHaveLength(1);
    expect(inbox.of(PETR.email)[0]).toContain('jsou připravené (1)');
  });
});
