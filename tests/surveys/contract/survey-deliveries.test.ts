import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ConcurrencyConflictError,
  SurveyDeliveriesRepository,
  provisionLists,
  surveyDeliveriesList,
  type Delivery,
} from '@kvalita/sharepoint';
import '@pnp/sp/batching';
import '@pnp/sp/items';
import { contractTarget, type ContractTarget } from '../../support/contract-target';

let target: ContractTarget;
let recipients: number[];

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs', lists: [surveyDeliveriesList] });
  recipients = [];
  for (const email of [
    'jana.novakova@lipova.example',
    'petr.svoboda@lipova.example',
    'eva.dvorakova@lipova.example',
  ]) {
    recipients.push((await target.sp.web.ensureUser(email)).Id);
  }
}, 60_000);
afterAll(() => target.close());

const DELIVERIES = '/sites/kvalita/Lists/KvalitaSurveyDeliveries';

async function collect(pages: AsyncGenerator<Delivery[]>): Promise<Delivery[]> {
  const all: Delivery[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

describe('survey deliveries (resumable fan-out)', () => {
  it('plans each recipient once, even when the plan is run again after a crash', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.site);
    const first = await deliveries.planWave('pulse-2027-W05', 1, recipients.slice(0, 2));
    expect(first).toEqual({ planned: 2, existing: 0 });
    const again = await deliveries.planWave('pulse-2027-W05', 1, recipients);
    expect(again).toEqual({ planned: 1, existing: 2 });
    expect(await deliveries.countByState('pulse-2027-W05', 1)).toEqual({
      pending: 3,
      sending: 0,
      sent: 0,
      failed: 0,
      skipped: 0,
    });
    // Another wave of the same survey is planned separately.
    expect(await deliveries.planWave('pulse-2027-W05', 2, recipients)).toEqual({ planned: 3, existing: 0 });
  });

  it('resumes with what is still due, retries failures later, and never sends a row twice', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.site);
    const at = new Date('2027-02-01T08:00:00Z');
    const firstRun = await collect(deliveries.due('pulse-2027-W05', 1, { pageSize: 2 }));
    expect(firstRun).toHaveLength(3);
    const [a, b, c] = firstRun as [Delivery, Delivery, Delivery];
    await deliveries.markSent(a, at);
    await deliveries.markFailed(b, 'Bot Framework: 502', at);
    // The process stops here; c was never attempted. A run minutes later retries nothing yet
    // (a short outage must not use up b's attempts); one after 15 minutes picks up b and c only.
    const minutesLater = await collect(
      deliveries.due('pulse-2027-W05', 1, { now: new Date('2027-02-01T08:14:59Z') }),
    );
    expect(minutesLater.map((delivery) => delivery.id)).toEqual([c.id]);
    const resumed = await collect(
      deliveries.due('pulse-2027-W05', 1, { maxAttempts: 3, now: new Date('2027-02-01T08:15:01Z') }),
    );
    expect(resumed.map((delivery) => delivery.id).sort()).toEqual([b.id, c.id].sort());
    expect(resumed.find((delivery) => delivery.id === b.id)?.attempts).toBe(1);

    // A second worker holding the old row loses: the row changed since it read it.
    await expect(deliveries.markSent(a, at)).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(await deliveries.countByState('pulse-2027-W05', 1)).toEqual({
      pending: 1,
      sending: 0,
      sent: 1,
      failed: 1,
      skipped: 0,
    });

    const exhausted = await collect(
      deliveries.due('pulse-2027-W05', 1, { maxAttempts: 1, now: new Date('2027-02-01T09:00:00Z') }),
    );
    expect(exhausted.map((delivery) => delivery.id)).toEqual([c.id]);
    const sooner = await collect(
      deliveries.due('pulse-2027-W05', 1, {
        retryFailedAfterMs: 60_000,
        now: new Date('2027-02-01T08:01:01Z'),
      }),
    );
    expect(sooner.map((delivery) => delivery.id).sort()).toEqual([b.id, c.id].sort());
  });

  it('keeps retrying a failed row up to ten attempts by default, then leaves it', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.site);
    await deliveries.planWave('srv-retry001', 1, recipients.slice(0, 1));
    let at = new Date('2027-03-01T08:00:00Z');
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const [row] = await collect(deliveries.due('srv-retry001', 1, { now: at }));
      if (!row) throw new Error(`row is not due before attempt ${attempt}`);
      const claimed = await deliveries.claim(row, at);
      if (!claimed) throw new Error('claim lost');
      await deliveries.markFailed(claimed, 'Bot Framework: 502', at);
      at = new Date(at.getTime() + 16 * 60 * 1000);
    }
    expect(await collect(deliveries.due('srv-retry001', 1, { now: at }))).toEqual([]);
    expect(await deliveries.countByState('srv-retry001', 1)).toMatchObject({ failed: 1 });
  });

  it('lets exactly one of two runners claim a row; the loser sends nothing', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.site);
    await deliveries.planWave('srv-claim001', 1, recipients.slice(0, 1));
    const [row] = await collect(deliveries.due('srv-claim001', 1));
    if (!row) throw new Error('planned row is not due');
    expect(row).toMatchObject({ kind: 'invitation', state: 'pending', attempts: 0, lastAttemptAt: null });
    const at = new Date('2027-02-01T08:00:00Z');
    const claims = await Promise.all([deliveries.claim(row, at), deliveries.claim(row, at)]);
    const winners = claims.filter((claim): claim is Delivery => claim !== null);
    expect(winners).toHaveLength(1);
    const claimed = winners[0] as Delivery;
    expect(claimed).toMatchObject({ state: 'sending', attempts: 1, lastAttemptAt: at.toISOString() });
    expect(claimed.etag).not.toBe(row.etag);

    // A fresh claim is not due again; the winner marks it sent with the claim's etag.
    expect(
      await collect(deliveries.due('srv-claim001', 1, { now: new Date('2027-02-01T08:01:00Z') })),
    ).toEqual([]);
    await deliveries.markSent(claimed, new Date('2027-02-01T08:00:01Z'));
    expect(await deliveries.countByState('srv-claim001', 1)).toMatchObject({ sending: 0, sent: 1 });
    const [stored] = await target.sp.web
      .getList('/sites/kvalita/Lists/KvalitaSurveyDeliveries')
      .items.select('Attempts', 'DeliveryKind')
      .filter("WaveKey eq 'srv-claim001#1'")();
    // The claim counted the attempt; marking the claimed row does not count it twice.
    expect(stored).toMatchObject({ Attempts: 1, DeliveryKind: 'Pozvánka' });
  });

  it('gives a row back when its runner died after claiming it (claim older than the lease)', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.site);
    await deliveries.planWave('srv-stale001', 1, recipients.slice(0, 2));
    const [first, second] = await collect(deliveries.due('srv-stale001', 1));
    if (!first || !second) throw new Error('planned rows are not due');
    const claimedAt = new Date('2027-02-01T08:00:00Z');
    const dead = await deliveries.claim(first, claimedAt);
    expect(dead).not.toBeNull();

    const dueAt = (iso: string, extra: { claimLeaseMs?: number; maxAttempts?: number } = {}) =>
      collect(deliveries.due('srv-stale001', 1, { now: new Date(iso), ...extra })).then((rows) =>
        rows.map((row) => row.id),
      );
    expect(await dueAt('2027-02-01T08:04:59Z')).toEqual([second.id]);
    expect(await dueAt('2027-02-01T08:05:01Z')).toEqual([first.id, second.id].sort((a, b) => a - b));
    expect(await dueAt('2027-02-01T08:00:31Z', { claimLeaseMs: 30_000 })).toContain(first.id);
    // A row whose runner keeps dying stops after maxAttempts, like a failing one.
    expect(await dueAt('2027-02-01T09:00:00Z', { maxAttempts: 1 })).toEqual([second.id]);

    // The next runner takes the stale row over; the dead runner's late mark then loses.
    const [stale] = (
      await collect(deliveries.due('srv-stale001', 1, { now: new Date('2027-02-01T09:00:00Z') }))
    ).filter((row) => row.id === first.id);
    if (!stale || !dead) throw new Error('stale row is not due');
    expect(stale).toMatchObject({ state: 'sending', attempts: 1, lastAttemptAt: claimedAt.toISOString() });
    const retaken = await deliveries.claim(stale, new Date('2027-02-01T09:00:00Z'));
    expect(retaken).toMatchObject({ attempts: 2 });
    await expect(deliveries.markSent(dead, new Date('2027-02-01T09:00:01Z'))).rejects.toBeInstanceOf(
      ConcurrencyConflictError,
    );
  });

  it('renews a claim its runner still holds (not another attempt) and refuses one another runner took', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.site);
    await deliveries.planWave('srv-renew001', 1, recipients.slice(0, 1));
    const [row] = await collect(deliveries.due('srv-renew001', 1));
    if (!row) throw new Error('planned row is not due');
    const claimed = await deliveries.claim(row, new Date('2027-02-01T08:00:00Z'));
    if (!claimed) throw new Error('claim failed');
    const renewed = await deliveries.renew(claimed, new Date('2027-02-01T08:20:00Z'));
    expect(renewed).toMatchObject({
      state: 'sending',
      attempts: 1,
      lastAttemptAt: '2027-02-01T08:20:00.000Z',
    });
    // Renewed, the claim is not stale 15 minutes after the first claim.
    const dueAt = async (iso: string) =>
      (await collect(deliveries.due('srv-renew001', 1, { now: new Date(iso), claimLeaseMs: 15 * 60_000 })))
        .length;
    expect(await dueAt('2027-02-01T08:30:00Z')).toBe(0);
    // The row taken over by another runner after the lease: the first runner's renewal fails.
    const [stale] = await collect(
      deliveries.due('srv-renew001', 1, { now: new Date('2027-02-01T09:00:00Z') }),
    );
    if (!stale || !renewed) throw new Error('stale row is not due');
    expect(await deliveries.claim(stale, new Date('2027-02-01T09:00:00Z'))).not.toBeNull();
    expect(await deliveries.renew(renewed, new Date('2027-02-01T09:00:01Z'))).toBeNull();
  });

  it('plans reminders as their own rows and lists whom the invitation reached', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.site);
    await deliveries.planWave('srv-remind01', 1, recipients);
    const invitations = await collect(deliveries.due('srv-remind01', 1));
    const at = new Date('2027-02-01T08:00:00Z');
    const [a, b, c] = invitations as [Delivery, Delivery, Delivery];
    await deliveries.markSent((await deliveries.claim(a, at)) as Delivery, at);
    await deliveries.markSent(b, at);
    await deliveries.markSkipped(c, 'Bot Framework: 403', at);

    const sent = await deliveries.sentRecipients('srv-remind01', 1);
    expect(sent.map((recipient) => recipient.sentOn)).toEqual([at.toISOString(), at.toISOString()]);
    expect(sent.map((recipient) => recipient.userId).sort((x, y) => x - y)).toEqual(
      [a.recipientUserId, b.recipientUserId].sort((x, y) => x - y),
    );
    expect(sent.map((recipient) => recipient.email)).toEqual(
      expect.arrayContaining(['jana.novakova@lipova.example']),
    );

    expect(await deliveries.planWave('srv-remind01', 1, [a.recipientUserId], 'reminder')).toEqual({
      planned: 1,
      existing: 0,
    });
    expect(await deliveries.planWave('srv-remind01', 1, [a.recipientUserId], 'reminder')).toEqual({
      planned: 0,
      existing: 1,
    });
    const reminders = await collect(deliveries.due('srv-remind01', 1, { kind: 'reminder' }));
    expect(reminders).toEqual([
      expect.objectContaining({ kind: 'reminder', recipientUserId: a.recipientUserId, state: 'pending' }),
    ]);
    expect(await collect(deliveries.due('srv-remind01', 1))).toEqual([]);
    expect(await deliveries.countByState('srv-remind01', 1, 'reminder')).toEqual({
      pending: 1,
      sending: 0,
      sent: 0,
      failed: 0,
      skipped: 0,
    });
    expect(await deliveries.countByState('srv-remind01', 1)).toMatchObject({
      sent: 2,
      skipped: 1,
      pending: 0,
    });
    // Reminders never count as invitations sent.
    expect(await deliveries.sentRecipients('srv-remind01', 1)).toHaveLength(2);

    // Once the wave has closed, its reminder rows go (nothing keeps naming who had not answered);
    // invitations stay, and a second call finds nothing.
    expect(await deliveries.removeReminders('srv-remind01', 1)).toBe(1);
    expect(await deliveries.countByState('srv-remind01', 1, 'reminder')).toMatchObject({ pending: 0 });
    expect(await deliveries.removeReminders('srv-remind01', 1)).toBe(0);
    expect(await deliveries.countByState('srv-remind01', 1)).toMatchObject({ sent: 2, skipped: 1 });
  });

  it('removes more reminder rows than one $batch holds', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.site);
    // 150 reminder rows of one wave, written as planWave writes them (the contract site knows
    // only a few people, so recipients repeat under distinct delivery keys).
    const [batched, execute] = target.sp.batched({ maxRequests: 100 });
    const adds = Array.from({ length: 150 }, (_, index) =>
      batched.web.getList(DELIVERIES).items.add({
        Title: 'srv-remove01',
        SurveyKey: 'srv-remove01',
        Wave: 1,
        WaveKey: 'srv-remove01#1#reminder',
        DeliveryKind: 'Připomínka',
        RecipientId: recipients[index % recipients.length],
        DeliveryKey: `srv-remove01#1#reminder#${index}`,
        DeliveryState: 'Čeká na odeslání',
        Attempts: 0,
      }),
    );
    await execute();
    await Promise.all(adds);
    await deliveries.planWave('srv-remove01', 1, recipients);
    expect(await deliveries.countByState('srv-remove01', 1, 'reminder')).toMatchObject({ pending: 150 });
    expect(await deliveries.removeReminders('srv-remove01', 1)).toBe(150);
    expect(await deliveries.countByState('srv-remove01', 1, 'reminder')).toMatchObject({ pending: 0 });
    expect(await deliveries.countByState('srv-remove01', 1)).toMatchObject({ pending: 3 });
  });
});
