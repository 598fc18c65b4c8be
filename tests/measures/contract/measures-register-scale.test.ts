import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DepartmentsRepository,
  MeasuresRegisterRepository,
  SiteContext,
  assessmentCyclesList,
  departmentsList,
  choiceColumn,
  measureUpdatesList,
  measuresList,
  provisionLists,
  toSharePointDate,
} from '@kvalita/sharepoint';
import { MEASURE_STATUSES } from '@kvalita/core';
import '@pnp/sp/site-users/web';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';

/*
 * A register of 20,000 measures, filtered by status, department and owner: every match comes back,
 * none of SharePoint's list view threshold errors (an indexed status matches 3,334 rows, a
 * department 15,000, more than the threshold's 5,000), in two round trips once the site context is
 * warm: the highest ID, then one $batch of ID windows.
 */

const MEASURES = 20_000;
const measureKinds = choiceColumn(measuresList, 'Kind');
const measureStatuses = choiceColumn(measuresList, 'Status');
let target: ContractTarget;
const PETR = 'petr.svoboda@lipova.example';
const ADAM = 'adam.cermak@lipova.example';

const statusOf = (index: number) =>
  MEASURE_STATUSES[index % MEASURE_STATUSES.length] as (typeof MEASURE_STATUSES)[number];
/** Every fourth measure belongs to transport (5,000), the rest to building (15,000). */
const departmentOf = (index: number) => (index % 4 === 0 ? 'OD' : 'OV');

/** Adds the rows in raw $batch requests (2,000 adds each locally; SharePoint Online takes 100). */
async function seed(rows: readonly object[]): Promise<void> {
  const chunk = target.emulator ? 2000 : 100;
  const listUrl = await target.site.listUrl(measuresList);
  if (!target.emulator) {
    for (let start = 0; start < rows.length; start += chunk) {
      const [batched, execute] = target.sp.batched();
      const adds = rows.slice(start, start + chunk).map((row) => batched.web.getList(listUrl).items.add(row));
      await execute();
      await Promise.all(adds);
    }
    return;
  }
  const siteUrl = target.emulator.siteUrl;
  const info = await fetch(`${siteUrl}/_api/contextinfo`, {
    method: 'POST',
    headers: { Accept: 'application/json;odata=nometadata' },
  });
  const { FormDigestValue } = (await info.json()) as { FormDigestValue: string };
  const itemsUrl = `${siteUrl}/_api/web/getlist('${listUrl}')/items`;
  for (let start = 0; start < rows.length; start += chunk) {
    const lines = ['--batch_seed', 'Content-Type: multipart/mixed; boundary="changeset_seed"', ''];
    for (const row of rows.slice(start, start + chunk)) {
      lines.push(
        '--changeset_seed',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
      );
      lines.push(
        `POST ${itemsUrl} HTTP/1.1`,
        'Accept: application/json;odata=nometadata',
        'Content-Type: application/json;charset=utf-8',
        '',
        JSON.stringify(row),
        '',
      );
    }
    lines.push('--changeset_seed--', '--batch_seed--', '');
    const reply = await fetch(`${siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_seed', 'X-RequestDigest': FormDigestValue },
      body: lines.join('\r\n'),
    });
    const created = (await reply.text()).match(/HTTP\/1\.1 201/g)?.length ?? 0;
    if (created !== Math.min(chunk, rows.length - start)) throw new Error(`seeding added ${created} rows`);
  }
}

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, assessmentCyclesList, measuresList, measureUpdatesList],
  });
  const departments = new DepartmentsRepository(target.site);
  const od = await departments.upsert({ code: 'OD', name: 'Odbor dopravy', parentCode: null });
  const ov = await departments.upsert({ code: 'OV', name: 'Odbor výstavby', parentCode: null });
  const [petr, adam] = await Promise.all([target.sp.web.ensureUser(PETR), target.sp.web.ensureUser(ADAM)]);
  const rows = Array.from({ length: MEASURES }, (_, index) => ({
    Title: `Opatření ${index + 1}`,
    Kind: measureKinds.label('corrective'),
    Status: measureStatuses.label(statusOf(index)),
    DepartmentId: departmentOf(index) === 'OD' ? od.itemId : ov.itemId,
    OwnerId: index % 2 === 0 ? petr.Id : adam.Id,
    Deadline: toSharePointDate(`2027-0${(index % 9) + 1}-15`),
  }));
  await seed(rows);
}, 300_000);
afterAll(() => target.close());

describe('measures register of 20,000 measures', () => {
  it('lists every measure of one status, one department, or both, in two round trips', async () => {
    const counter = RequestCounter();
    const register = new MeasuresRegisterRepository(new SiteContext(target.connect({}, counter)));
    await register.summaries({ statuses: ['closed'] }); // the web's URL and the departments, read once
    const expected = (keep: (index: number) => boolean) =>
      Array.from({ length: MEASURES }, (_, index) => index).filter(keep).length;

    counter.reset();
    const inProgress = await register.summaries({ statuses: ['inProgress'] });
    expect(counter.count()).toBe(2);
    expect(inProgress).toHaveLength(expected((index) => statusOf(index) === 'inProgress'));
    expect(new Set(inProgress.map((measure) => measure.status))).toEqual(new Set(['inProgress']));

    counter.reset();
    const building = await register.summaries({ departmentCodes: ['OV'] });
    expect(counter.count()).toBe(2);
    expect(building).toHaveLength(15_000);
    expect(building[0]).toEqual(
      expect.objectContaining({ departmentCode: 'OV', departmentName: 'Odbor výstavby' }),
    );

    const both = await register.summaries({ statuses: ['proposed', 'approved'], departmentCodes: ['OD'] });
    expect(both).toHaveLength(
      expected((index) => ['proposed', 'approved'].includes(statusOf(index)) && departmentOf(index) === 'OD'),
    );
    const ids = both.map((measure) => measure.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('filters by owner and by deadline within the same windows', async () => {
    const register = new MeasuresRegisterRepository(target.site);
    const mine = await register.summaries({ ownerEmail: ADAM, statuses: ['approved'] });
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((measure) => measure.owner?.email))).toEqual(new Set([ADAM]));
    const march = await register.summaries({ deadlineFrom: '2027-03-01', deadlineTo: '2027-03-31' });
    expect(march).toHaveLength(
      Array.from({ length: MEASURES }, (_, index) => index).filter((index) => index % 9 === 2).length,
    );
    expect(new Set(march.map((measure) => measure.deadline))).toEqual(new Set(['2027-03-15']));
    expect(await register.summaries({ departmentCodes: ['XX'] })).toEqual([]);
  });
});
