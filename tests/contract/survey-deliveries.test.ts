import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ConcurrencyConflictError,
  SurveyDeliveriesRepository,
  provisionLists,
  surveyDeliveriesList,
  type Delivery,
} from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../support/contract-target';

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

async function collect(pages: AsyncGenerator<Delivery[]>): Promise<Delivery[]> {
  const all: Delivery[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

describe('survey deliveries (resumable fan-out)', () => {
  it('plans each recipient once, even when the plan is run again after a crash', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.sp);
    const first = await deliveries.planWave('pulse-2027-W05', 1, recipients.slice(0, 2));
    expect(first).toEqual({ planned: 2, existing: 0 });
    const again = await deliveries.planWave('pulse-2027-W05', 1, recipients);
    expect(again).toEqual({ planned: 1, existing: 2 });
    expect(await deliveries.countByState('pulse-2027-W05', 1)).toEqual({
      pending: 3,
      sent: 0,
      failed: 0,
      skipped: 0,
    });
    // Another wave of the same survey is planned separately.
    expect(await deliveries.planWave('pulse-2027-W05', 2, recipients)).toEqual({ planned: 3, existing: 0 });
  });

  it('resumes with what is still due, retries failures a few times, and never sends a row twice', async () => {
    const deliveries = new SurveyDeliveriesRepository(target.sp);
    const at = new Date('2027-02-01T08:00:00Z');
    const firstRun = await collect(deliveries.due('pulse-2027-W05', 1, { pageSize: 2 }));
    expect(firstRun).toHaveLength(3);
    const [a, b, c] = firstRun as [Delivery, Delivery, Delivery];
    await deliveries.markSent(a, at);
    await deliveries.markFailed(b, 'Bot Framework: 502', at);
    // The process stops here; c was never attempted. The next run picks up b and c only.
    const resumed = await collect(deliveries.due('pulse-2027-W05', 1, { maxAttempts: 3 }));
    expect(resumed.map((delivery) => delivery.id).sort()).toEqual([b.id, c.id].sort());
    expect(resumed.find((delivery) => delivery.id === b.id)?.attempts).toBe(1);

    // A second worker holding the old row loses: the row changed since it read it.
    await expect(deliveries.markSent(a, at)).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(await deliveries.countByState('pulse-2027-W05', 1)).toEqual({
      pending: 1,
      sent: 1,
      failed: 1,
      skipped: 0,
    });

    const exhausted = await collect(deliveries.due('pulse-2027-W05', 1, { maxAttempts: 1 }));
    expect(exhausted.map((delivery) => delivery.id)).toEqual([c.id]);
  });
});
