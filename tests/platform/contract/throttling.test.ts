import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  MeasuresRepository,
  SiteContext,
  ThrottledError,
  departmentsList,
  assessmentCyclesList,
  measuresList,
  provisionLists,
  type RetryEvent,
} from '@kvalita/sharepoint';
import type { RunningEmulator } from '@kvalita/sharepoint-emulator';
import { contractTarget, type ContractTarget } from '../../support/contract-target';

/**
 * Throttling needs the emulator's fault injection: SharePoint Online cannot be asked to throttle,
 * so against a real site this suite is skipped.
 */
let target: ContractTarget;
let emulator: RunningEmulator | null;

beforeAll(async () => {
  target = await contractTarget();
  emulator = target.emulator;
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, assessmentCyclesList, measuresList],
  });
}, 60_000);
afterAll(() => target.close());
afterEach(() => emulator?.faults.clear());

/** A repository whose retries wait on a fake clock, recording what they would have waited. */
function throttledRepository(maxRetries = 5) {
  const waits: number[] = [];
  const events: RetryEvent[] = [];
  const sp = target.connect({
    retry: {
      maxRetries,
      sleep: async (ms) => {
        waits.push(ms);
      },
      onRetry: (event) => events.push(event),
    },
  });
  return { measures: new MeasuresRepository(new SiteContext(sp)), waits, events };
}

const newMeasure = (title: string) => ({
  title,
  kind: 'corrective' as const,
  status: 'proposed' as const,
  ownerUserId: null,
  deadline: null,
  subcriterionCode: '5.2',
});

// Decided before beforeAll runs: the target is a real site exactly when these are set.
const online = Boolean(process.env['SP_SITE_URL'] && process.env['SP_ACCESS_TOKEN']);
const onEmulator = () => (online ? it.skip : it);

describe('throttling (429/503 with Retry-After)', () => {
  onEmulator()('waits as SharePoint asks and then reads', async () => {
    const { measures, waits, events } = throttledRepository();
    await measures.list(); // learn the web URL before throttling starts
    emulator?.faults.inject({ method: 'GET', path: '/items', status: 429, retryAfterSeconds: 2, times: 2 });
    await expect(measures.list()).resolves.toEqual(expect.any(Array));
    expect(waits).toEqual([2000, 2000]);
    expect(events.map((event) => event.status)).toEqual([429, 429]);
    expect(emulator?.faults.served).toBe(2);
  });

  onEmulator()('sends a throttled $batch again, and nothing is written twice', async () => {
    const { measures, waits } = throttledRepository();
    await measures.list();
    emulator?.faults.inject({ method: 'POST', path: '$batch', status: 503, retryAfterSeconds: 1, times: 1 });
    const ids = await measures.addMany([newMeasure('Dávka A'), newMeasure('Dávka B')]);
    expect(ids).toHaveLength(2);
    expect(waits).toEqual([1000]);
    const titles = (await measures.list({ top: 5000 })).map((measure) => measure.title);
    expect(titles.filter((title) => title.startsWith('Dávka'))).toEqual(['Dávka A', 'Dávka B']);
  });

  onEmulator()('gives up with ThrottledError after the allowed retries, having written nothing', async () => {
    const { measures, waits } = throttledRepository(2);
    await measures.list();
    const before = (await measures.list({ top: 5000 })).length;
    emulator?.faults.inject({ method: 'POST', path: '/items', status: 429, retryAfterSeconds: 5, times: 10 });
    const error = await measures.add(newMeasure('Nikdy')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ status: 429, attempts: 3, retryAfterSeconds: 5 });
    expect(waits).toEqual([5000, 5000]);
    emulator?.faults.clear();
    expect((await measures.list({ top: 5000 })).length).toBe(before);
  });
});
