import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ConcurrencyConflictError,
  MeasuresRepository,
  measuresList,
  provisionLists,
  departmentsList,
  assessmentCyclesList,
  SiteContext,
  fromSharePointDate,
  type NewMeasure,
} from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, assessmentCyclesList, measuresList],
  });
}, 60_000);
afterAll(() => target.close());

const measure = (title: string, status: NewMeasure['status'] = 'approved'): NewMeasure => ({
  title,
  kind: 'improvement',
  status,
  ownerUserId: null,
  deadline: '2027-06-30T00:00:00Z',
  subcriterionCode: '6.2',
});

describe('measures repository', () => {
  it('adds 150 measures in two round trips ($batch of 100 + 50) and returns their ids in order', async () => {
    const counter = RequestCounter();
    const measures = new MeasuresRepository(new SiteContext(target.connect({}, counter)));
    const inputs = Array.from({ length: 150 }, (_, index) =>
      measure(`Hromadné opatření ${index + 1}`, 'cancelled'),
    );
    await measures.addMany([measure('warm-up')]); // the web's URL and the list address are read once
    counter.reset();
    const ids = await measures.addMany(inputs);
    expect(counter.count()).toBe(2);
    expect(ids).toHaveLength(150);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect((await measures.get(ids[149] as number)).title).toBe('Hromadné opatření 150');
  });

  it('pages through every measure in a status, following next links', async () => {
    const measures = new MeasuresRepository(target.site);
    const pages: number[] = [];
    const titles = new Set<string>();
    for await (const page of measures.pagesByStatus('cancelled', { pageSize: 40 })) {
      pages.push(page.length);
      for (const item of page) titles.add(item.title);
    }
    expect(pages).toEqual([40, 40, 40, 30]);
    expect(titles.size).toBe(150);
  });

  it('updates with the ETag it read, and refuses a stale one with ConcurrencyConflictError', async () => {
    const measures = new MeasuresRepository(target.site);
    const id = await measures.add(measure('Zkrácení čekací doby na podatelně'));
    const read = await measures.get(id);
    const etag = await measures.update(id, { status: 'inProgress', progress: 40 }, read.etag);
    expect(etag).not.toBe(read.etag);
    expect((await measures.get(id)).status).toBe('inProgress');

    // Someone else saved with the same (now stale) ETag: their change must not overwrite ours.
    const stale = measures.update(id, { status: 'cancelled' }, read.etag);
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect((await measures.get(id)).status).toBe('inProgress');
    await measures.update(id, { status: 'closed' }, etag);
    expect((await measures.get(id)).status).toBe('closed');
  });

  it('keeps a deadline on its day, given as a date or as the date and time it was read back as', async () => {
    const measures = new MeasuresRepository(target.site);
    const id = await measures.add({ ...measure('Termín na den přesně'), deadline: '2027-06-30' });
    const read = await measures.get(id);
    expect(fromSharePointDate(read.deadline)).toBe('2027-06-30');
    // SharePoint Online answers a date-only value as midnight in Prague, in UTC: the day before.
    await measures.update(id, { deadline: '2027-06-29T22:00:00Z' }, read.etag);
    expect(fromSharePointDate((await measures.get(id)).deadline)).toBe('2027-06-30');
  });
});
