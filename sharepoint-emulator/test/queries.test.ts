import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

interface Row {
  Id: number;
  Title: string;
  Score: number | null;
}

describe('item queries', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const items = () => sp.web.lists.getByTitle('Findings').items;
  const titles = async (query: ReturnType<typeof items>) => ((await query()) as Row[]).map((r) => r.Title);

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Findings');
    await sp.web.lists.getByTitle('Findings').fields.addNumber('Score');
    await sp.web.lists.getByTitle('Findings').fields.addBoolean('Done');
    await sp.web.lists.getByTitle('Findings').fields.addDateTime('DueDate');
    await sp.web.lists
      .getByTitle('Findings')
      .fields.addMultiChoice('Tags', { Choices: ['CAF', 'ISO', 'GDPR'] });
    const rows = [
      { Title: 'Alfa', Score: 10, Done: true, DueDate: '2025-01-10T00:00:00Z', Tags: ['CAF'] },
      { Title: "O'Brien", Score: 20, Done: false, DueDate: '2025-02-10T00:00:00Z', Tags: ['ISO'] },
      { Title: 'beta', Score: 30, Done: false, DueDate: '2025-03-10T00:00:00Z', Tags: ['CAF', 'GDPR'] },
      { Title: 'Čtvrtá', Score: null, Done: true, DueDate: null, Tags: [] },
      {
        Title: "x' or 1 eq 1 or Title eq 'y",
        Score: 50,
        Done: false,
        DueDate: '2025-05-10T00:00:00Z',
        Tags: [],
      },
    ];
    for (const row of rows) await items().add(row);
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('compares with eq, ne, gt, ge, lt, le, and, or and parentheses', async () => {
    expect(await titles(items().filter('Score gt 10 and Score le 30'))).toEqual(["O'Brien", 'beta']);
    expect(await titles(items().filter('Score lt 20 or Score ge 50'))).toEqual([
      'Alfa',
      "x' or 1 eq 1 or Title eq 'y",
    ]);
    expect(await titles(items().filter("(Title eq 'Alfa' or Title eq 'beta') and Done eq 0"))).toEqual([
      'beta',
    ]);
    expect(await titles(items().filter('Done eq true and Score ne 10'))).toEqual(['Čtvrtá']);
    expect(await titles(items().filter("DueDate lt datetime'2025-02-15T00:00:00Z'"))).toEqual([
      'Alfa',
      "O'Brien",
    ]);
    expect(await titles(items().filter("DueDate ge '2025-03-10T00:00:00Z'"))).toEqual([
      'beta',
      "x' or 1 eq 1 or Title eq 'y",
    ]);
  });

  it('matches text case-insensitively, like SharePoint', async () => {
    expect(await titles(items().filter("Title eq 'ALFA'"))).toEqual(['Alfa']);
    expect(await titles(items().filter("startswith(Title,'čtv')"))).toEqual(['Čtvrtá']);
    expect(await titles(items().filter("substringof('ET',Title)"))).toEqual(['beta']);
  });

  it('treats null and empty multi-values as "no value"', async () => {
    expect(await titles(items().filter('Score eq null'))).toEqual(['Čtvrtá']);
    expect(await titles(items().filter('DueDate ne null and Score ne null'))).toEqual([
      'Alfa',
      "O'Brien",
      'beta',
      "x' or 1 eq 1 or Title eq 'y",
    ]);
    expect(await titles(items().filter("Tags eq 'CAF'"))).toEqual(['Alfa', 'beta']);
  });

  it('reads a doubled quote as one quote, so a value can never become an operator', async () => {
    expect(await titles(items().filter("Title eq 'O''Brien'"))).toEqual(["O'Brien"]);
    const attack = "x' or 1 eq 1 or Title eq 'y";
    expect(await titles(items().filter(`Title eq '${attack.replace(/'/g, "''")}'`))).toEqual([attack]);
    const unescaped = await spError(items().filter(`Title eq '${attack}'`)());
    expect(unescaped.status).toBe(400);
  });

  it('refuses what SharePoint cannot evaluate with 400 instead of guessing', async () => {
    for (const filter of [
      "contains(Title,'a')",
      "not (Title eq 'Alfa')",
      'Score add 1 eq 11',
      '1 eq 1',
      "Title eq 'Alfa' or",
      "endswith(Title,'a')",
      "Title eq 'unterminated",
    ]) {
      const error = await spError(items().filter(filter)());
      expect({ filter, status: error.status }).toEqual({ filter, status: 400 });
    }
    const deep = `${'('.repeat(500)}Title eq 'Alfa'${')'.repeat(500)}`;
    expect((await spError(items().filter(deep)())).status).toBe(400);
    const unknown = await spError(items().filter("Colour eq 'red'")());
    expect(unknown).toMatchObject({
      status: 400,
      message: "Column 'Colour' does not exist. It may have been deleted by another user.",
    });
    expect((await spError(items().filter("Score eq 'ten'")())).status).toBe(400);
  });

  it('orders by several keys, empty values first', async () => {
    expect(await titles(items().orderBy('Done', false).orderBy('Score', true))).toEqual([
      'Čtvrtá',
      'Alfa',
      "O'Brien",
      'beta',
      "x' or 1 eq 1 or Title eq 'y",
    ]);
    expect(await titles(items().orderBy('Title'))).toEqual([
      'Alfa',
      'beta',
      'Čtvrtá',
      "O'Brien",
      "x' or 1 eq 1 or Title eq 'y",
    ]);
  });

  it('pages with $top and a next link carrying $skiptoken=Paged=TRUE&p_ID=…', async () => {
    const response = await fetch(
      `${emulator.siteUrl}/_api/web/lists/getByTitle('Findings')/items?$select=Title&$top=2`,
      { headers: { Accept: 'application/json;odata=nometadata' } },
    );
    const page = (await response.json()) as { value: Row[]; 'odata.nextLink': string };
    expect(page.value.map((r) => r.Title)).toEqual(['Alfa', "O'Brien"]);
    const next = new URL(page['odata.nextLink']);
    expect(next.origin + next.pathname).toBe(
      `${emulator.siteUrl}/_api/web/lists/getByTitle('Findings')/items`,
    );
    expect(next.searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=2');
    const all: string[] = [];
    for await (const chunk of items().select('Title').orderBy('Score', false).top(2))
      all.push(...(chunk as Row[]).map((r) => r.Title));
    expect(all).toEqual(["x' or 1 eq 1 or Title eq 'y", 'beta', "O'Brien", 'Alfa', 'Čtvrtá']);
  });

  it('refuses $top above 5,000, and $skip on items (which SharePoint would silently ignore)', async () => {
    const tooMany = await spError(items().top(5001)());
    expect(tooMany).toMatchObject({
      status: 500,
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
    });
    const skip = await fetch(`${emulator.siteUrl}/_api/web/lists/getByTitle('Findings')/items?$skip=2`, {
      headers: { Accept: 'application/json' },
    });
    expect(skip.status).toBe(400);
  });

  it('starts after a given id with items.skip (which sends $skiptoken)', async () => {
    expect(await titles(items().skip(3).top(1))).toEqual(['Čtvrtá']);
  });
});
