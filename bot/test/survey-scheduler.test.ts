import { describe, expect, it } from '@jest/globals';
import type { Survey } from '@kvalita/core';
import type { DeliveryKind, DeliveryState, StoredBotConversation } from '@kvalita/sharepoint';
import { hmacRespondentKeyer } from '../src/answering/respondent-key';
import { SurveyAnswering } from '../src/answering/survey-answering';
import type { RunWaveOptions, WaveReport } from '../src/delivery/run-wave';
import { SurveyScheduler } from '../src/scheduler/survey-scheduler';
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
  }[] = [];
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
      this.rows.push({ surveyKey, wave, userId, kind, state: 'pending' });
      planned += 1;
    }
    return { planned, existing: ids.length - planned };
  }

  async countByState(surveyKey: string, wave: number, kind: DeliveryKind = 'invitation') {
    const counts: Record<DeliveryState, number> = { pending: 0, sending: 0, sent: 0, failed: 0, skipped: 0 };
    for (const row of this.rows)
      if (row.surveyKey === surveyKey && row.wave === wave && row.kind === kind) counts[row.state] += 1;
    return counts;
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
      }));
  }

  async runWave(surveyKey: string, wave: number, options: RunWaveOptions = {}): Promise<WaveReport> {
    const kind = options.kind ?? 'invitation';
    let sent = 0;
    for (const row of this.rows) {
      if (row.surveyKey !== surveyKey || row.wave !== wave || row.kind !== kind || row.state !== 'pending')
        continue;
      row.state = 'sent';
      this.sent.push({ surveyKey, wave, userId: row.userId, kind });
      sent += 1;
    }
    return { sent, failed: 0, skipped: 0, throttled: 0, retried: 0, claimedElsewhere: 0, stopped: false };
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
    audience: { recipients: async (a) => audience(a) },
    conversations: { all: async () => conversations },
    keyer,
    runner: deliveries,
    log: (line) => log.push(line),
  });
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
});
