import { describe, expect, it } from '@jest/globals';
import type { Survey } from '@kvalita/core';
import type { DeliveryKind, DeliveryState, StoredBotConversation } from '@kvalita/sharepoint';
import { hmacRespondentKeyer } from '../../src/platform/respondent-key';
import { SurveyAnswering } from '../../src/surveys/answering/survey-answering';
import type { RunWaveOptions, WaveReport } from '../../src/platform/delivery/run-wave';
import { SurveyScheduler } from '../../src/surveys/scheduler/survey-scheduler';
import { MemoryResponses, MemorySurveys } from './memory-stores';
import { sampleSurvey } from './survey-fixture';

const keyer = hmacRespondentKeyer('a-test-secret-that-is-long-enough-1234');
const PEOPLE = [1, 2, 3].map((id) => ({
  userId: id,
  email: `person${id}@lipova.example`,
  objectId: `oid-${id}`,
}));

/** Delivery rows in memory; the runner "sends" every due row of a kind and marks it sent. */
class MemoryDeliveries {
  readonly rows: {
    surveyKey: string;
    wave: number;
    userId: number;
    kind: DeliveryKind;
    state: DeliveryState;
    sentOn: string | null;
  }[] = [];
  /** Who has a personal chat (the runner leaves the others pending). */
  reachable = new Set(PEOPLE.map((person) => person.userId));
  /** When the runner "sends" (the tick's time). */
  clock = new Date(0);
  /** Fails planWave after this many rows, once (a tick cut off halfway). */
  failPlanAfter: number | null = null;
  readonly sent: { surveyKey: string; wave: number; userId: number; kind: DeliveryKind }[] = [];

  async planWave(surveyKey: string, wave: number, ids: readonly number[], kind: DeliveryKind = 'invitation') {
    let planned = 0;
    for (const userId of ids) {
      if (
        this.rows.some(
          (row) =>
            row.surveyKey === surveyKey && row.wave === wave && row.userId === userId && row.kind === kind,
        )
      )
        continue;
      if (this.failPlanAfter !== null && planned === this.failPlanAfter) {
        this.failPlanAfter = null;
        throw new Error('SharePoint 503 in the middle of the batch');
      }
      this.rows.push({ surveyKey, wave, userId, kind, state: 'pending', sentOn: null });
      planned += 1;
    }
    return { planned, existing: ids.length - planned };
  }

  async removeReminders(surveyKey: string, wave: number) {
    const before = this.rows.length;
    const kept = this.rows.filter(
      (row) => !(row.surveyKey === surveyKey && row.wave === wave && row.kind === 'reminder'),
    );
    this.rows.splice(0, this.rows.length, ...kept);
    return before - kept.length;
  }

  async sentRecipients(surveyKey: string, wave: number) {
    return this.rows
      .filter(
        (row) =>
          row.surveyKey === surveyKey &&
          row.wave === wave &&
          row.kind === 'invitation' &&
          row.state === 'sent',
      )
      .map((row) => ({
        userId: row.userId,
        email: PEOPLE.find((person) => person.userId === row.userId)?.email ?? null,
        sentOn: row.sentOn,
      }));
  }

  async runWave(surveyKey: string, wave: number, options: RunWaveOptions = {}): Promise<WaveReport> {
    const kind = options.kind ?? 'invitation';
    let sent = 0;
    let waiting = 0;
    for (const row of this.rows) {
      if (row.surveyKey !== surveyKey || row.wave !== wave || row.kind !== kind || row.state !== 'pending')
        continue;
      if (!this.reachable.has(row.userId)) {
        waiting += 1;
        continue;
      }
      row.state = 'sent';
      row.sentOn = this.clock.toISOString();
      this.sent.push({ surveyKey, wave, userId: row.userId, kind });
      sent += 1;
    }
    return {
      sent,
      waiting,
      failed: 0,
      uncertain: 0,
      skipped: 0,
      throttled: 0,
      retried: 0,
      claimedElsewhere: 0,
      stopped: false,
      closed: false,
    };
  }
}

const conversations: StoredBotConversation[] = PEOPLE.map((person, index) => ({
  itemId: index + 1,
  userObjectId: person.objectId,
  displayName: person.email,
  email: person.email,
  conversationId: `a:${person.email}`,
  channelUserId: `29:${person.email}`,
  serviceUrl: 'http://connector/',
  botId: '28:kvalita',
  tenantId: 'tenant',
  channelId: 'msteams',
  locale: 'cs-CZ',
  updatedOn: null,
}));

function setUp(
  survey: Survey,
  audience: (a: Survey['audience']) => number[] = () => PEOPLE.map((person) => person.userId),
) {
  const surveys = new MemorySurveys([survey]);
  const deliveries = new MemoryDeliveries();
  const responses = new MemoryResponses();
  const log: string[] = [];
  const scheduler = new SurveyScheduler({
    surveys,
    deliveries,
    responses,
    seals: responses,
    audience: { recipients: async (a) => audience(a) },
    conversations: { all: async () => conversations },
    keyer,
    runner: deliveries,
    log: (line) => log.push(line),
  });
  // The runner "sends" at the time of the tick.
  const tick = scheduler.tick.bind(scheduler);
  scheduler.tick = (now) => {
    deliveries.clock = now;
    return tick(now);
  };
  const answering = new SurveyAnswering({
    surveys,
    responses,
    keyer,
    departments: async () => [],
    now: () => new Date('2027-02-02T09:00:00Z'),
  });
  return { scheduler, surveys, deliveries, responses, answering, log };
}

const scheduled = () => sampleSurvey({ status: 'scheduled', currentWave: 0 });
const answers = {
  surveyKey: 'srv-abcd1234',
  wave: 1,
  answer_q1: '4',
  answer_q2: '8',
  answer_q3: '0',
  answer_q4: '1',
};

describe('survey scheduler', () => {
  it('waits until the first wave opens, then opens the survey and invites the audience once', async () => {
    const { scheduler, surveys, deliveries } = setUp(scheduled());
    expect(await scheduler.tick(new Date('2027-02-01T06:59:00Z'))).toMatchObject({
      opened: [],
      invited: 0,
      sent: 0,
    });
    expect(deliveries.rows).toHaveLength(0);

    expect(await scheduler.tick(new Date('2027-02-01T07:00:00Z'))).toMatchObject({
      opened: ['srv-abcd1234'],
      invited: 3,
      sent: 3,
    });
    expect(surveys.surveys[0]).toMatchObject({ status: 'open', currentWave: 1 });
    expect(await scheduler.tick(new Date('2027-02-01T07:01:00Z'))).toMatchObject({
      opened: [],
      invited: 0,
      sent: 0,
    });
    expect(deliveries.sent).toHaveLength(3);
  });

  it('reminds only those who have not answered, once, and only while the wave is open', async () => {
    const { scheduler, deliveries, answering } = setUp(scheduled());
    await scheduler.tick(new Date('2027-02-01T07:00:00Z'));
    expect((await answering.answer(answers, { personId: 'oid-2', departmentCode: null })).kind).toBe(
      'stored',
    );

    // Before remindAt (two days after opening) nobody is reminded.
    expect(await scheduler.tick(new Date('2027-02-03T06:59:00Z'))).toMatchObject({ reminded: 0 });
    expect(await scheduler.tick(new Date('2027-02-03T07:00:00Z'))).toMatchObject({ reminded: 2, sent: 2 });
    const reminders = deliveries.sent.filter((send) => send.kind === 'reminder');
    expect(reminders.map((send) => send.userId).sort()).toEqual([1, 3]);
    // Person 3 answers after the reminder; nothing more is sent either way.
    await answering.answer(answers, { personId: 'oid-3', departmentCode: null });
    expect(await scheduler.tick(new Date('2027-02-03T08:00:00Z'))).toMatchObject({ reminded: 0, sent: 0 });
  });

  it('opens each weekly wave in turn, invites again, and closes the survey after the last wave', async () => {
    const { scheduler, surveys, deliveries } = setUp(scheduled());
    await scheduler.tick(new Date('2027-02-01T07:00:00Z'));
    await scheduler.tick(new Date('2027-02-08T07:00:00Z'));
    expect(surveys.surveys[0]).toMatchObject({ status: 'open', currentWave: 2 });
    // A wave missed entirely while the service was down is recorded but not sent late.
    await scheduler.tick(new Date('2027-02-19T10:00:00Z'));
    expect(surveys.surveys[0]).toMatchObject({ status: 'open', currentWave: 3 });
    expect(deliveries.sent.filter((send) => send.kind === 'invitation').map((send) => send.wave)).toEqual([
      1, 1, 1, 2, 2, 2, 3, 3, 3,
    ]);
    const report = await scheduler.tick(new Date('2027-02-20T07:00:01Z'));
    expect(report.closed).toEqual(['srv-abcd1234']);
    expect(surveys.surveys[0]).toMatchObject({ status: 'closed', currentWave: 3 });
    expect(await scheduler.tick(new Date('2027-02-21T07:00:00Z'))).toMatchObject({ surveys: 0 });
  });

  it('seals each wave on its first tick after it closed, so an answer from a clock behind is refused', async () => {
    const { scheduler, responses, answering } = setUp(scheduled());
    await scheduler.tick(new Date('2027-02-01T07:00:00Z'));
    const jana = { personId: 'oid-1', departmentCode: null };
    expect((await answering.answer(answers, jana)).kind).toBe('stored');
    expect(await responses.waveSeals('srv-abcd1234', [1])).toEqual(new Map());
    // Wave 1 closed at 07:00 on the 6th; the tick after seals it, once.
    await scheduler.tick(new Date('2027-02-06T07:01:00Z'));
    await scheduler.tick(new Date('2027-02-06T07:02:00Z'));
    const seal = (await responses.waveSeals('srv-abcd1234', [1])).get(1);
    expect(seal).toBeGreaterThan(Math.max(...responses.rows.map((row) => row.id)));
    // The answering instance's clock says the 2nd: the seal refuses it all the same, and keeps nothing.
    const late = await answering.answer(answers, { personId: 'oid-2', departmentCode: null });
    expect(late.kind).toBe('closed');
    expect(responses.rows.filter((row) => row.wave === 1 && row.questionKey === 'q1')).toHaveLength(1);
  });

  it('does not invite to a wave that closed before the scheduler saw it', async () => {
    const { scheduler, surveys, deliveries } = setUp(scheduled());
    await scheduler.tick(new Date('2027-02-07T10:00:00Z'));
    expect(surveys.surveys[0]).toMatchObject({ status: 'open', currentWave: 1 });
    expect(deliveries.rows).toHaveLength(0);
  });

  it('logs a survey that fails and goes on with the others', async () => {
    let calls = 0;
    const { scheduler, surveys, log } = setUp(scheduled(), () => {
      if (calls++ === 0) throw new Error('directory unavailable');
      return [1];
    });
    surveys.surveys.push(sampleSurvey({ key: 'srv-second01', status: 'scheduled', currentWave: 0 }));
    const report = await scheduler.tick(new Date('2027-02-01T07:00:00Z'));
    expect(report.failed).toEqual(['srv-abcd1234']);
    expect(report.opened).toEqual(['srv-second01']);
    expect(log.join('\n')).toContain('directory unavailable');
    // The next tick picks the failed one up.
    expect((await scheduler.tick(new Date('2027-02-01T07:01:00Z'))).opened).toEqual(['srv-abcd1234']);
  });

  it('is safe to run twice at once: one state change wins, invitations are planned once', async () => {
    const { scheduler, surveys, deliveries } = setUp(scheduled());
    const at = new Date('2027-02-01T07:00:00Z');
    const [first, second] = await Promise.all([scheduler.tick(at), scheduler.tick(at)]);
    expect(first.failed.length + second.failed.length).toBeLessThanOrEqual(1);
    expect(surveys.surveys[0]).toMatchObject({ status: 'open', currentWave: 1 });
    expect(deliveries.rows.filter((row) => row.kind === 'invitation')).toHaveLength(3);
    expect(deliveries.sent).toHaveLength(3);
  });

  it('plans reminders until complete: a pass cut off halfway is finished by the next tick', async () => {
    const { scheduler, deliveries } = setUp(scheduled());
    await scheduler.tick(new Date('2027-02-01T07:00:00Z'));
    deliveries.failPlanAfter = 1;
    const cut = await scheduler.tick(new Date('2027-02-03T07:00:00Z'));
    expect(cut.failed).toEqual(['srv-abcd1234']);
    expect(deliveries.rows.filter((row) => row.kind === 'reminder')).toHaveLength(1);
    expect(await scheduler.tick(new Date('2027-02-03T07:01:00Z'))).toMatchObject({ reminded: 2 });
    const reminded = deliveries.sent.filter((send) => send.kind === 'reminder').map((send) => send.userId);
    expect(reminded.sort()).toEqual([1, 2, 3]);
    expect(await scheduler.tick(new Date('2027-02-03T07:02:00Z'))).toMatchObject({ reminded: 0, sent: 0 });
  });

  it('leaves rows of people without a chat pending, sends when they install, and does not remind a late invitee', async () => {
    const { scheduler, deliveries } = setUp(scheduled());
    deliveries.reachable.delete(3);
    expect(await scheduler.tick(new Date('2027-02-01T07:00:00Z'))).toMatchObject({ sent: 2, waiting: 1 });
    expect(await scheduler.tick(new Date('2027-02-01T07:01:00Z'))).toMatchObject({ sent: 0, waiting: 1 });
    // Person 3 installs after the reminder time: the invitation goes out, no reminder follows it.
    deliveries.reachable.add(3);
    expect(await scheduler.tick(new Date('2027-02-03T09:00:00Z'))).toMatchObject({ reminded: 2, waiting: 0 });
    const reminded = deliveries.sent.filter((send) => send.kind === 'reminder').map((send) => send.userId);
    expect(reminded.sort()).toEqual([1, 2]);
    expect(deliveries.sent.filter((send) => send.userId === 3)).toEqual([
      { surveyKey: 'srv-abcd1234', wave: 1, userId: 3, kind: 'invitation' },
    ]);
  });

  it('deletes a wave’s reminder rows once the wave has closed, also when the survey closes with it', async () => {
    const { scheduler, deliveries } = setUp(scheduled());
    await scheduler.tick(new Date('2027-02-01T07:00:00Z'));
    await scheduler.tick(new Date('2027-02-03T07:00:00Z'));
    expect(deliveries.rows.filter((row) => row.kind === 'reminder' && row.wave === 1)).toHaveLength(3);
    // Wave 1 closes on Saturday 6 Feb; the next tick removes the list of who had not answered.
    expect(await scheduler.tick(new Date('2027-02-06T08:00:00Z'))).toMatchObject({ remindersRemoved: 3 });
    expect(deliveries.rows.filter((row) => row.kind === 'reminder')).toHaveLength(0);
    expect(await scheduler.tick(new Date('2027-02-06T08:01:00Z'))).toMatchObject({ remindersRemoved: 0 });
    await scheduler.tick(new Date('2027-02-15T07:00:00Z'));
    await scheduler.tick(new Date('2027-02-17T07:00:00Z'));
    expect(deliveries.rows.filter((row) => row.kind === 'reminder' && row.wave === 3)).toHaveLength(3);
    const last = await scheduler.tick(new Date('2027-02-20T07:00:01Z'));
    expect(last).toMatchObject({ closed: ['srv-abcd1234'], remindersRemoved: 3 });
    expect(deliveries.rows.filter((row) => row.kind === 'reminder')).toHaveLength(0);
  });
});
