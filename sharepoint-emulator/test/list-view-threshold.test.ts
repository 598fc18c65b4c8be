import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';
import { seedItems } from './seed';

interface Row {
  Id: number;
  Code: string;
}

const THROTTLED = {
  status: 500,
  code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
};

/** 20,000 items: every fifth in category A (4,000), the rest in B (16,000). */
const ITEMS = 20_000;

describe('the list view threshold on a 20,000-item list', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const big = () => sp.web.lists.getByTitle('Register');

  /** Every item a query yields, following @pnp/sp's paging (odata.nextLink) to the end. */
  async function all(query: ReturnType<ReturnType<typeof big>['items']['select']>): Promise<Row[]> {
    const rows: Row[] = [];
    for await (const page of query) rows.push(...(page as Row[]));
    return rows;
  }

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Register');
    await big().fields.addChoice('Category', { Choices: ['A', 'B'], Indexed: true });
    await big().fields.addText('Code', { Indexed: true });
    await big().fields.addNumber('Score');
    await big().fields.addMultilineText('Remarks');
    const rows = Array.from({ length: ITEMS }, (_, i) => ({
      Title: `item ${i + 1}`,
      Category: (i + 1) % 5 === 0 ? 'A' : 'B',
      Code: `C-${String(i + 1).padStart(5, '0')}`,
      Score: i + 1,
    }));
    expect(await seedItems(emulator.siteUrl, 'Register', rows)).toBe(ITEMS);
  }, 60_000);
  afterAll(async () => {
    await emulator.close();
  });

  it('pages through all 20,000 items by ID, 5,000 at a time', async () => {
    const pages: number[] = [];
    const ids = new Set<number>();
    for await (const page of big().items.select('Id').top(5000)) {
      pages.push(page.length);
      for (const row of page as Row[]) ids.add(row.Id);
    }
    expect(pages).toEqual([5000, 5000, 5000, 5000]);
    expect(ids.size).toBe(ITEMS);
    expect(Math.min(...ids)).toBe(1);
    expect(Math.max(...ids)).toBe(ITEMS);
  });

  it('refuses a filter whose first clause is on a column without an index', async () => {
    expect(await spError(big().items.filter('Score le 10')())).toEqual(THROTTLED);
    expect(await spError(big().items.filter("Title eq 'item 7'")())).toEqual(THROTTLED);
    // SharePoint looks at the first clause: an indexed clause after it does not help.
    expect(await spError(big().items.filter("Score le 10 and Category eq 'A'")())).toEqual(THROTTLED);
    expect(await spError(big().items.filter("Category eq 'A' or Score le 10")())).toEqual(THROTTLED);
  });

  it('runs and pages a filter whose indexed first clause narrows to 5,000 items or fewer', async () => {
    const categoryA = await all(big().items.select('Id', 'Code').filter("Category eq 'A'").top(1000));
    expect(categoryA).toHaveLength(4000);
    expect(categoryA.every((row) => row.Id % 5 === 0)).toBe(true);
    expect(new Set(categoryA.map((r) => r.Id)).size).toBe(4000);
    const narrowed = await all(
      big().items.select('Id', 'Code').filter("Category eq 'A' and Score gt 19900").top(5000),
    );
    expect(narrowed.map((r) => r.Code)).toEqual([
      'C-19905',
      'C-19910',
      'C-19915',
      'C-19920',
      'C-19925',
      'C-19930',
      'C-19935',
      'C-19940',
      'C-19945',
      'C-19950',
      'C-19955',
      'C-19960',
      'C-19965',
      'C-19970',
      'C-19975',
      'C-19980',
      'C-19985',
      'C-19990',
      'C-19995',
      'C-20000',
    ]);
    const byCode = await big().items.select('Id', 'Code').filter("startswith(Code,'C-1234')")();
    expect(byCode.map((r: Row) => r.Code)).toEqual([
      'C-12340',
      'C-12341',
      'C-12342',
      'C-12343',
      'C-12344',
      'C-12345',
      'C-12346',
      'C-12347',
      'C-12348',
      'C-12349',
    ]);
    expect(await big().items.select('Id').filter('Id le 3000 and Score gt 2998')()).toEqual(
      [
        { Id: 2999, ID: 2999 },
        { Id: 3000, ID: 3000 },
      ].map((r) => expect.objectContaining(r)),
    );
  });

  it('refuses an indexed first clause that still matches more than 5,000 items', async () => {
    expect(await spError(big().items.filter("Category eq 'B'")())).toEqual(THROTTLED);
    expect(await spError(big().items.filter('Id gt 0')())).toEqual(THROTTLED);
    // ne and substringof cannot seek on an index at all.
    expect(await spError(big().items.filter("Code ne 'C-00001'")())).toEqual(THROTTLED);
    expect(await spError(big().items.filter("substringof('1234',Code)")())).toEqual(THROTTLED);
  });

  it('reads the list in ID windows of 5,000 with any further filter, but refuses a wider window', async () => {
    const windows = [0, 5000, 10000, 15000].map((from) =>
      all(
        big()
          .items.select('Id')
          .filter(`ID gt ${from} and ID le ${from + 5000} and Category eq 'B' and Score ge 0`)
          .top(5000),
      ),
    );
    const rows = (await Promise.all(windows)).flat();
    expect(rows).toHaveLength(16_000);
    // The window's two bounds make one range only while they come first, on the same column.
    expect(await spError(big().items.filter('ID gt 0 and ID le 5001')())).toEqual(THROTTLED);
    expect(await spError(big().items.filter("ID gt 0 and Category eq 'A' and ID le 5000")())).toEqual(
      THROTTLED,
    );
  });

  it('sorts by an indexed column and pages with the sort key, but refuses sorting by an unindexed one', async () => {
    expect(await spError(big().items.orderBy('Score', false).top(10)())).toEqual(THROTTLED);
    const descending = await all(big().items.select('Id', 'Code').orderBy('Code', false).top(5000));
    expect(descending).toHaveLength(ITEMS);
    expect(descending.slice(0, 2).map((r) => r.Code)).toEqual(['C-20000', 'C-19999']);
    expect(descending.at(-1)?.Code).toBe('C-00001');
    // After an indexed clause has narrowed the rows, any column may order them.
    const sorted = await big().items.select('Id').filter("Category eq 'A'").orderBy('Score', false).top(3)();
    expect(sorted.map((r: Row) => r.Id)).toEqual([20000, 19995, 19990]);
  });

  it('lets a new index change the answer, as adding one in SharePoint does', async () => {
    expect(await spError(big().items.filter('Score le 10')())).toEqual(THROTTLED);
    await big().fields.getByInternalNameOrTitle('Score').update({ Indexed: true });
    expect(await big().items.select('Id').filter('Score le 10')()).toHaveLength(10);
    await big().fields.getByInternalNameOrTitle('Score').update({ Indexed: false });
    expect(await spError(big().items.filter('Score le 10')())).toEqual(THROTTLED);
  });

  it('serves person filters by id from the column index, never by a projected property', async () => {
    await big().fields.addUser('Owner', { Indexed: true });
    const jana = await sp.web.ensureUser('jana.novakova@urad.example');
    expect(await big().items.select('Id').filter(`OwnerId eq ${jana.Id}`)()).toEqual([]);
    expect(await big().items.select('Id').expand('Owner').filter(`Owner/Id eq ${jana.Id}`)()).toEqual([]);
    expect(
      await spError(big().items.expand('Owner').filter("Owner/EMail eq 'jana.novakova@urad.example'")()),
    ).toEqual(THROTTLED);
    // Every item has no owner: an indexed clause that matches 20,000 items is still too many.
    expect(await spError(big().items.filter('OwnerId eq null')())).toEqual(THROTTLED);
  });

  it('never filters a multiple-lines-of-text column, on any list size', async () => {
    expect(await spError(big().items.filter("substringof('x',Remarks)")())).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.SPException',
      message: "The field 'Remarks' of type 'Note' cannot be used in the query filter expression.",
    });
  });
});
