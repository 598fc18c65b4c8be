import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ConcurrencyConflictError,
  FeedbackDeliveriesRepository,
  feedbackDeliveryKey,
  type NewFeedbackDelivery,
  type StoredFeedbackDelivery,
} from '@kvalita/sharepoint';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import { feedbackSite, type FeedbackSite } from './feedback-site';

/*
 * 360's chat cards as the fan-out needs them (bot/src/platform/delivery/run-wave.ts): planned once
 * however often the notifier plans again, claimed by one runner only, due again after a failure's
 * pause or a dead runner's lease, never again once sent, skipped or dropped.
 */

let target: FeedbackSite;
const at = (local: string) => `${local}@lipova.example`;
const T0 = new Date('2027-03-20T08:00:00Z');
const minutes = (count: number) => new Date(T0.getTime() + count * 60_000);
const deliveries = () => new FeedbackDeliveriesRepository(target.site);

const rating = (cycleId: number, subjectId: number, rater: string): NewFeedbackDelivery => ({
  kind: 'ratingRequest',
  cycleId,
  subjectId,
  occasion: '-',
  recipientEmail: rater,
});

async function due(now: Date): Promise<StoredFeedbackDelivery[]> {
  const rows: StoredFeedbackDelivery[] = [];
  for await (const page of deliveries().due({ now, pageSize: 2 })) rows.push(...page);
  return rows;
}

beforeAll(async () => {
  target = await feedbackSite();
}, 60_000);
afterAll(() => target.close());

describe('360 deliveries', () => {
  it('are planned once per kind, cycle, subject, occasion and person', async () => {
    const planned = [
      rating(61, 1, at('tomas.cerny')),
      rating(61, 1, at('alena.nemcova')),
      rating(61, 2, at('tomas.cerny')),
      { ...rating(61, 0, at('tomas.cerny')), kind: 'ratingReminder', occasion: '2027-03-31#2027-03-24' },
      rating(61, 1, 'Tomas.Cerny@lipova.example'),
    ] satisfies NewFeedbackDelivery[];
    expect(await deliveries().plan(planned)).toEqual({ planned: 4, existing: 0 });
    expect(await deliveries().plan(planned)).toEqual({ planned: 0, existing: 4 });
    expect(await deliveries().plan([...planned, rating(61, 3, at('eva.vesela'))])).toEqual({
      planned: 1,
      existing: 4,
    });
    const rows = await due(T0);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      kind: 'ratingRequest',
      cycleId: 61,
      subjectId: 1,
      occasion: '-',
      recipientEmail: at('tomas.cerny'),
      state: 'pending',
      attempts: 0,
      lastAttemptAt: null,
      key: feedbackDeliveryKey(rating(61, 1, at('tomas.cerny'))),
    });
    expect(
      feedbackDeliveryKey({ ...rating(61, 1, `${'a'.repeat(240)}@lipova.example`) }).length,
    ).toBeLessThanOrEqual(255);
  });

  it('are claimed by one runner only, and sent rows are never due again', async () => {
    const [row] = await due(T0);
    if (!row) throw new Error('nothing due');
    const claimed = await deliveries().claim(row, T0);
    expect(claimed).toMatchObject({ state: 'sending', attempts: 1, lastAttemptAt: T0.toISOString() });
    expect(await deliveries().claim(row, T0)).toBeNull();
    if (!claimed) throw new Error('not claimed');
    // Claimed and within its lease: not due for another runner.
    expect((await due(minutes(1))).map((delivery) => delivery.id)).not.toContain(row.id);
    const renewed = await deliveries().renew(claimed, minutes(2));
    expect(renewed).toMatchObject({ attempts: 1, lastAttemptAt: minutes(2).toISOString() });
    expect(await deliveries().renew(claimed, minutes(2))).toBeNull();
    await expect(deliveries().markSent(claimed, minutes(3))).rejects.toBeInstanceOf(ConcurrencyConflictError);
    if (!renewed) throw new Error('not renewed');
    await deliveries().markSent(renewed, minutes(3));
    expect((await due(minutes(600))).map((delivery) => delivery.id)).not.toContain(row.id);
    expect(
      (await deliveries().ofFanOut('ratingRequest', 61)).find((delivery) => delivery.id === row.id),
    ).toMatchObject({
      state: 'sent',
      attempts: 1,
    });
  });

  it('are due again after a failure’s pause, a dead runner’s lease, until the attempts run out', async () => {
    const [, failedRow, abandonedRow] = await due(T0);
    if (!failedRow || !abandonedRow) throw new Error('nothing due');
    const failing = await deliveries().claim(failedRow, T0);
    if (!failing) throw new Error('not claimed');
    await deliveries().markFailed(failing, 'connector 503', T0);
    await deliveries().claim(abandonedRow, T0);
    const ids = async (now: Date) => (await due(now)).map((delivery) => delivery.id);
    expect(await ids(minutes(1))).not.toContain(failedRow.id);
    expect(await ids(minutes(1))).not.toContain(abandonedRow.id);
    expect(await ids(minutes(6))).toContain(abandonedRow.id);
    expect(await ids(minutes(6))).not.toContain(failedRow.id);
    expect(await ids(minutes(16))).toContain(failedRow.id);
    const again = (await due(minutes(16))).find((delivery) => delivery.id === failedRow.id);
    expect(again).toMatchObject({ state: 'failed', attempts: 1 });
    expect(
      (
        await deliveries()
          .due({ now: minutes(16), maxAttempts: 1 })
          .next()
      ).value?.map((delivery: StoredFeedbackDelivery) => delivery.id) ?? [],
    ).not.toContain(failedRow.id);
  });

  it('skipped or dropped are never due again; a dropped row changed meanwhile is not dropped', async () => {
    const rows = await due(minutes(16));
    const [skip, drop] = rows.filter((row) => row.state === 'pending');
    if (!skip || !drop) throw new Error('nothing pending');
    await deliveries().markSkipped(skip, 'app blocked', minutes(16));
    expect(await deliveries().drop(drop, 'rating is not open', minutes(16))).toBe(true);
    expect(await deliveries().drop(drop, 'rating is not open', minutes(16))).toBe(false);
    const left = (await due(minutes(600))).map((row) => row.id);
    expect(left).not.toContain(skip.id);
    expect(left).not.toContain(drop.id);
  });

  it('of a closed cycle’s reminders are removed, its cards kept', async () => {
    expect(await deliveries().remove(61, ['ratingReminder', 'nominationReminder'])).toBe(1);
    expect(await deliveries().remove(61, ['ratingReminder'])).toBe(0);
    expect(await deliveries().ofFanOut('ratingReminder', 61)).toEqual([]);
    expect(await deliveries().ofFanOut('ratingRequest', 61)).toHaveLength(4);
    expect(await deliveries().removeOfPerson(at('eva.vesela'))).toBe(1);
    expect(await deliveries().ofFanOut('ratingRequest', 61)).toHaveLength(3);
  });
});
