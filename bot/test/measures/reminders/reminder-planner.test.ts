import { describe, expect, it } from '@jest/globals';
import { remindersDue } from '../../../src/measures/reminders/reminder-plan';
import { officeDay } from '../../../src/platform/office-day';
import { storedMeasure } from './memory-reminders';
import { EVA, JANA, PETR, cardText, chat, reminderOffice } from './reminder-fixture';

// 2027-03-01 is a Monday; 08:00Z is 9:00 in Prague.
const OFFICE = [
  { id: 1, status: 'inProgress', deadline: '2027-03-09' }, // in 7 days
  { id: 2, status: 'approved', deadline: '2027-03-20' }, // later
  { id: 3, status: 'inProgress', deadline: '2027-03-01' }, // yesterday: overdue today
  { id: 4, status: 'closed', deadline: '2027-03-05' },
  { id: 5, status: 'cancelled', deadline: '2027-03-01' },
  { id: 6, status: 'proposed', deadline: '2027-03-05' },
  { id: 7, status: 'effectivenessCheck', deadline: '2027-03-02', ownerEmail: EVA }, // today
] as const;

describe('which reminders the day plans', () => {
  const summaries = OFFICE.map((seed) => storedMeasure(seed));

  it('reminds owners N days before the deadline and the day after it, never of closed, cancelled or proposed measures', () => {
    const planned = remindersDue({
      today: '2027-03-02',
      monday: false,
      reminderDays: 7,
      measures: summaries,
      qualityManagers: [PETR],
    });
    expect(planned).toEqual([
      { kind: 'dueSoon', measureId: 1, recipientEmail: JANA, dueDate: '2027-03-09' },
      { kind: 'overdue', measureId: 3, recipientEmail: JANA, dueDate: '2027-03-01' },
      { kind: 'dueSoon', measureId: 7, recipientEmail: EVA, dueDate: '2027-03-02' },
    ]);
  });

  it('takes the office’s reminder days', () => {
    const planned = remindersDue({
      today: '2027-03-02',
      monday: false,
      reminderDays: 3,
      measures: summaries,
      qualityManagers: [],
    });
    expect(planned.map((reminder) => reminder.measureId)).toEqual([3, 7]);
  });

  it('on Mondays adds one digest per quality manager while anything is overdue', () => {
    const monday = remindersDue({
      today: '2027-03-08',
      monday: true,
      reminderDays: 7,
      measures: summaries,
      qualityManagers: [PETR, PETR.toUpperCase()],
    });
    expect(monday.filter((reminder) => reminder.kind === 'digest')).toEqual([
      { kind: 'digest', measureId: 0, recipientEmail: PETR, dueDate: '2027-03-08' },
    ]);
    const nothingOverdue = remindersDue({
      today: '2027-03-01',
      monday: true,
      reminderDays: 7,
      measures: summaries.filter((measure) => measure.id !== 3),
      qualityManagers: [PETR],
    });
    expect(nothingOverdue.filter((reminder) => reminder.kind === 'digest')).toEqual([]);
  });

  it('counts the office’s day in Prague, not UTC', () => {
    expect(officeDay(new Date('2027-03-01T23:30:00Z'))).toEqual({ date: '2027-03-02', weekday: 2, hour: 0 });
    expect(officeDay(new Date('2027-07-05T06:00:00Z'))).toEqual({ date: '2027-07-05', weekday: 1, hour: 8 });
  });
});

describe('reminders as the scheduler sends them', () => {
  it('sends the owner one card per reminder, reading the register by status and deadline only', async () => {
    const office = reminderOffice(OFFICE, { chats: [chat(JANA), chat(EVA, 'en-US')] });
    const report = await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'));
    expect(report).toMatchObject({ planned: 3, sent: 3 });
    expect(office.sent.map((card) => card.to).sort()).toEqual([EVA, JANA, JANA]);
    for (const query of office.measures.queries) {
      expect(query.statuses).toEqual(['approved', 'inProgress', 'effectivenessCheck']);
      expect(query.deadlineTo).toBeDefined();
    }
    const eva = office.sent.find((card) => card.to === EVA)?.card;
    expect(eva?.lang).toBe('en');
    expect(cardText(eva!)).toContain('The deadline of this measure is coming up');
    const overdue = office.sent.find((card) => cardText(card.card).includes('po termínu'));
    expect(overdue && cardText(overdue.card)).toContain('Opatření 3');
  });

  it('before 8:00 in the office nothing is planned or sent', async () => {
    const office = reminderOffice(OFFICE);
    expect(await office.scheduler.tick(office.at('2027-03-02T06:59:00Z'))).toMatchObject({
      planned: 0,
      sent: 0,
    });
    expect(office.reminders.rows.size).toBe(0);
  });

  it('never sends a reminder twice: a second tick, the next day, a restart', async () => {
    const office = reminderOffice(OFFICE, { chats: [chat(JANA), chat(EVA)] });
    await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'));
    await office.scheduler.tick(office.at('2027-03-02T08:01:00Z'));
    await office.scheduler.tick(office.at('2027-03-02T09:00:00Z'));
    await office.restart().tick(office.at('2027-03-02T09:01:00Z'));
    expect(office.sent).toHaveLength(3);
    // The next day brings only what is new: measure 7's deadline has passed.
    await office.restart().tick(office.at('2027-03-03T08:00:00Z'));
    expect(office.sent).toHaveLength(4);
    expect(cardText(office.sent[3]!.card)).toContain('Opatření je po termínu, termín byl 2. 3. 2027.');
    expect(office.reminders.table().filter((row) => row[3] === 'sent')).toHaveLength(4);
  });

  it('a claim left by a crashed process is sent after its lease, once', async () => {
    const office = reminderOffice([{ id: 1, status: 'inProgress', deadline: '2027-03-09' }]);
    const [row] =
      (await office.reminders.plan([
        { kind: 'dueSoon', measureId: 1, recipientEmail: JANA, dueDate: '2027-03-09' },
      ]),
      [...office.reminders.rows.values()]);
    // The process that claimed it died before marking it.
    await office.reminders.claim(row!, new Date('2027-03-02T08:00:00Z'));
    await office.restart().tick(office.at('2027-03-02T08:05:00Z'));
    expect(office.sent).toHaveLength(0);
    await office.restart().tick(office.at('2027-03-02T08:16:00Z'));
    expect(office.sent).toHaveLength(1);
    await office.restart().tick(office.at('2027-03-02T08:40:00Z'));
    expect(office.sent).toHaveLength(1);
  });

  it('a measure closed or cancelled before its reminder went out gets none', async () => {
    const office = reminderOffice(
      [
        { id: 1, status: 'inProgress', deadline: '2027-03-09' },
        { id: 2, status: 'inProgress', deadline: '2027-03-08' },
        { id: 3, status: 'inProgress', deadline: '2027-03-07' },
      ],
      { chats: [] },
    );
    // Planned while the owner had no chat yet: the rows wait.
    expect(await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'))).toMatchObject({
      planned: 3,
      waiting: 3,
    });
    office.measures.set(1, { status: 'closed' });
    office.measures.set(2, { status: 'cancelled' });
    office.chats.push(chat(JANA));
    const report = await office.scheduler.tick(office.at('2027-03-02T08:20:00Z'));
    expect(report).toMatchObject({ sent: 1, dropped: 2 });
    expect(office.sent.map((card) => cardText(card.card).includes('Opatření 3'))).toEqual([true]);
    expect(office.reminders.table().map((row) => row[3])).toEqual(['dropped', 'dropped', 'sent']);
  });

  it('a reminder waiting for someone who never installs the app is dropped once too late, so waiting rows stay few', async () => {
    const office = reminderOffice([{ id: 1, status: 'inProgress', deadline: '2027-03-04' }], { chats: [] });
    await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'));
    await office.scheduler.tick(office.at('2027-03-04T08:00:00Z'));
    expect(office.reminders.table()).toEqual([['dueSoon', '1', '2027-03-04', 'pending']]);
    await office.scheduler.tick(office.at('2027-03-05T08:00:00Z'));
    const reads = office.measures.gets;
    await office.scheduler.tick(office.at('2027-03-13T08:00:00Z'));
    expect(office.reminders.table()).toEqual([
      ['dueSoon', '1', '2027-03-04', 'dropped'],
      ['overdue', '1', '2027-03-04', 'dropped'],
    ]);
    // Nobody's chat, nothing sent, and the measure was never read for them.
    expect(office.sent).toEqual([]);
    expect(office.measures.gets - reads).toBe(0);
  });

  it('a moved deadline drops the old reminder and plans one for the new deadline', async () => {
    const office = reminderOffice([{ id: 1, status: 'inProgress', deadline: '2027-03-09' }], { chats: [] });
    await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'));
    office.measures.set(1, { deadline: '2027-03-05' });
    office.chats.push(chat(JANA));
    await office.restart().tick(office.at('2027-03-02T08:30:00Z'));
    expect(office.reminders.table()).toEqual([
      ['dueSoon', '1', '2027-03-09', 'dropped'],
      ['dueSoon', '1', '2027-03-05', 'sent'],
    ]);
    expect(office.sent).toHaveLength(1);
  });

  it('every Monday each quality manager gets a digest of the overdue measures in their language', async () => {
    const office = reminderOffice([
      { id: 3, status: 'inProgress', deadline: '2027-02-01', title: 'Zkrátit čekání na podatelně' },
      { id: 8, status: 'approved', deadline: '2027-03-05' },
      { id: 9, status: 'closed', deadline: '2027-01-05', title: 'Hotové opatření' },
    ]);
    await office.scheduler.tick(office.at('2027-03-08T08:00:00Z'));
    const digest = office.sent.find((card) => card.to === PETR)?.card;
    expect(digest?.lang).toBe('en');
    expect(cardText(digest!)).toContain('Zkrátit čekání na podatelně');
    expect(cardText(digest!)).not.toContain('Hotové opatření');
    expect(digest?.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Show overdue measures',
        url: 'https://teams.example/measures?overdue',
      },
    ]);
    // Tuesday: no digest.
    await office.scheduler.tick(office.at('2027-03-09T08:00:00Z'));
    expect(office.sent.filter((card) => card.to === PETR)).toHaveLength(1);
  });
});
