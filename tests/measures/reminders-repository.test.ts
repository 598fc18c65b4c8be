import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  MeasureRemindersRepository,
  inOneBatch,
  measureRemindersList,
  provisionLists,
  type StoredReminder,
} from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../support/contract-target';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs', lists: [measureRemindersList] });
}, 60_000);
afterAll(() => target.close());

async function collect(pages: AsyncGenerator<StoredReminder[]>): Promise<StoredReminder[]> {
  const all: StoredReminder[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

const JANA = 'jana.novakova@lipova.example';
const PETR = 'petr.svoboda@lipova.example';

describe('measure reminders (planned and claimed like survey deliveries)', () => {
  it('plans each reminder once, however often the planner runs', async () => {
    const reminders = new MeasureRemindersRepository(target.site);
    const soon = { kind: 'dueSoon', measureId: 11, recipientEmail: JANA, dueDate: '2027-03-08' } as const;
    const digest = { kind: 'digest', measureId: 0, recipientEmail: PETR, dueDate: '2027-03-01' } as const;
    expect(await reminders.plan([soon, digest])).toEqual({ planned: 2, existing: 0 });
    expect(await reminders.plan([soon, digest])).toEqual({ planned: 0, existing: 2 });
    // A moved deadline is another reminder.
    expect(await reminders.plan([{ ...soon, dueDate: '2027-03-15' }])).toEqual({ planned: 1, existing: 0 });
    // A second process's repository (no shared cache) finds them too.
    expect(await new MeasureRemindersRepository(target.site).plan([soon])).toEqual({
      planned: 0,
      existing: 1,
    });
    const rows = await reminders.ofMeasure(11);
    expect(rows.map((row) => [row.kind, row.dueDate, row.state, row.recipientEmail])).toEqual([
      ['dueSoon', '2027-03-08', 'pending', JANA],
      ['dueSoon', '2027-03-15', 'pending', JANA],
    ]);
  });

  it('sends a claimed row once: a second claim with the old ETag loses, sent rows are not due again', async () => {
    const reminders = new MeasureRemindersRepository(target.site);
    await reminders.plan([{ kind: 'overdue', measureId: 12, recipientEmail: JANA, dueDate: '2027-03-01' }]);
    const at = new Date('2027-03-02T07:00:00Z');
    const [row] = (await collect(reminders.due({ now: at }))).filter((r) => r.measureId === 12);
    if (!row) throw new Error('the overdue reminder is due');
    const claimed = await reminders.claim(row, at);
    expect(claimed?.state).toBe('sending');
    expect(await reminders.claim(row, at)).toBeNull();
    if (!claimed) throw new Error('claimed');
    await reminders.markSent(claimed, at);
    expect(
      (await collect(reminders.due({ now: new Date('2027-03-03T07:00:00Z') }))).map((r) => r.measureId),
    ).not.toContain(12);
  });

  it('a claim left by a crashed runner is due again after its lease, a dropped row never', async () => {
    const reminders = new MeasureRemindersRepository(target.site);
    await reminders.plan([
      { kind: 'overdue', measureId: 13, recipientEmail: JANA, dueDate: '2027-03-01' },
      { kind: 'overdue', measureId: 14, recipientEmail: JANA, dueDate: '2027-03-01' },
    ]);
    const at = new Date('2027-03-02T07:00:00Z');
    const due = await collect(reminders.due({ now: at }));
    const crashed = due.find((r) => r.measureId === 13);
    const closed = due.find((r) => r.measureId === 14);
    if (!crashed || !closed) throw new Error('both due');
    await reminders.claim(crashed, at);
    expect(await reminders.drop(closed, 'measure closed', at)).toBe(true);
    const withinLease = await collect(reminders.due({ now: new Date('2027-03-02T07:04:00Z') }));
    expect(withinLease.map((r) => r.measureId)).not.toContain(13);
    const afterLease = await collect(reminders.due({ now: new Date('2027-03-02T07:06:00Z') }));
    expect(afterLease.map((r) => r.measureId)).toContain(13);
    expect(afterLease.map((r) => r.measureId)).not.toContain(14);
    expect((await reminders.ofMeasure(14))[0]?.state).toBe('dropped');
  });

  it('finds what is due past the list view threshold, when years of sent reminders fill the list', async () => {
    const url = '/sites/kvalita/Lists/KvalitaMeasureReminders';
    const jana = (await target.sp.web.ensureUser(JANA)).Id;
    // 5,100 sent reminders in $batches of 100: the list now holds more than SharePoint's 5,000.
    for (let start = 0; start < 5100; start += 100) {
      await inOneBatch(target.sp, (batched) =>
        Array.from({ length: 100 }, (_, offset) => {
          const key = `dueSoon#${1000 + start + offset}#2026-01-05`;
          return batched.web.getList(url).items.add({
            Title: key,
            ReminderKey: key,
            ReminderKind: 'Blíží se termín',
            MeasureId: 1000 + start + offset,
            RecipientId: jana,
            DueDate: '2026-01-05',
            ReminderState: 'Odesláno',
            Attempts: 1,
          });
        }),
      );
    }
    const reminders = new MeasureRemindersRepository(target.site);
    await reminders.plan([{ kind: 'dueSoon', measureId: 99, recipientEmail: JANA, dueDate: '2027-04-01' }]);
    const due = await collect(reminders.due({ now: new Date('2027-03-25T08:00:00Z') }));
    expect(due.map((row) => row.measureId)).toContain(99);
    expect(due.every((row) => row.state !== 'sent')).toBe(true);
    expect((await reminders.ofMeasure(99)).map((row) => row.state)).toEqual(['pending']);
  }, 180_000);
});
