import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

interface Row {
  Title: string;
}

describe('$filter on lookups, people, dates and hostile input', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const ids: Record<string, number> = {};
  const measures = () => sp.web.lists.getByTitle('Measures');
  const titles = async (query: ReturnType<ReturnType<typeof measures>['items']['select']>) =>
    ((await query()) as Row[]).map((r) => r.Title).sort();

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Departments');
    const departments = sp.web.lists.getByTitle('Departments');
    const office = await departments.items.add({ Title: 'Kancelář tajemníka' });
    const social = await departments.items.add({ Title: 'Odbor sociálních věcí' });
    ids['office'] = office.Id;
    ids['social'] = social.Id;
    const { Id: listId } = await departments.select('Id')();
    await sp.web.lists.ensure('Measures');
    await measures().fields.addLookup('Department', { LookupListId: listId, LookupFieldName: 'Title' });
    await measures().fields.addUser('Owner');
    await measures().fields.addDateTime('DueDate');
    for (const email of ['jana.novakova@urad.example', 'sean.obrien@urad.example'])
      ids[email] = (await sp.web.ensureUser(email)).Id;
    // Jana adds two measures herself; the service account adds the rest.
    const asJana = client(emulator.siteUrl, 'jana.novakova@urad.example').web.lists.getByTitle('Measures');
    await asJana.items.add({
      Title: 'Jana A',
      DepartmentId: office.Id,
      OwnerId: ids['jana.novakova@urad.example'],
    });
    await asJana.items.add({ Title: 'Jana B', DepartmentId: social.Id, DueDate: '2025-04-01T00:00:00Z' });
    await measures().items.add({
      Title: 'Sean',
      DepartmentId: social.Id,
      OwnerId: ids['sean.obrien@urad.example'],
      DueDate: '2025-02-15T10:00:00Z',
    });
    await measures().items.add({ Title: 'Nobody' });
    ids['service'] = (await sp.web.currentUser.select('Id')()).Id;
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('filters a lookup by DepartmentId, by Department/Id and by a field of the target list', async () => {
    expect(await titles(measures().items.select('Title').filter(`DepartmentId eq ${ids['social']}`))).toEqual(
      ['Jana B', 'Sean'],
    );
    expect(
      await titles(
        measures().items.select('Title').expand('Department').filter(`Department/Id eq ${ids['office']}`),
      ),
    ).toEqual(['Jana A']);
    expect(
      await titles(
        measures()
          .items.select('Title')
          .expand('Department')
          .filter("Department/Title eq 'odbor sociálních věcí'"),
      ),
    ).toEqual(['Jana B', 'Sean']);
    expect(await titles(measures().items.select('Title').filter('DepartmentId eq null'))).toEqual(['Nobody']);
    expect(await titles(measures().items.select('Title').filter('DepartmentId ne null'))).toEqual([
      'Jana A',
      'Jana B',
      'Sean',
    ]);
  });

  it('filters people by Owner/EMail, Owner/Id, OwnerId, Author/Id and a display name with a quote', async () => {
    const owner = (filter: string) => titles(measures().items.select('Title').expand('Owner').filter(filter));
    expect(await owner("Owner/EMail eq 'SEAN.OBRIEN@urad.example'")).toEqual(['Sean']);
    expect(await owner(`Owner/Id eq ${ids['jana.novakova@urad.example']}`)).toEqual(['Jana A']);
    expect(await owner("Owner/Title eq 'Seán O''Brien'")).toEqual(['Sean']);
    expect(await owner('Owner/Id eq null')).toEqual(['Jana B', 'Nobody']);
    expect(
      await titles(measures().items.select('Title').filter(`OwnerId eq ${ids['sean.obrien@urad.example']}`)),
    ).toEqual(['Sean']);
    expect(
      await titles(
        measures()
          .items.select('Title')
          .expand('Author')
          .filter(`Author/Id eq ${ids['jana.novakova@urad.example']}`),
      ),
    ).toEqual(['Jana A', 'Jana B']);
    expect(await titles(measures().items.select('Title').filter(`AuthorId eq ${ids['service']}`))).toEqual([
      'Nobody',
      'Sean',
    ]);
    expect(await spError(measures().items.filter("Owner/EMail eq 'x@y'")())).toMatchObject({ status: 400 });
  });

  it("compares dates with datetime'…' literals, null and the item's own Created", async () => {
    expect(
      await titles(measures().items.select('Title').filter("DueDate lt datetime'2025-03-01T00:00:00Z'")),
    ).toEqual(['Sean']);
    expect(
      await titles(
        measures()
          .items.select('Title')
          .filter("DueDate ge datetime'2025-02-15T10:00:00Z' and DueDate le datetime'2025-04-01T00:00:00Z'"),
      ),
    ).toEqual(['Jana B', 'Sean']);
    expect(await titles(measures().items.select('Title').filter('DueDate eq null'))).toEqual([
      'Jana A',
      'Nobody',
    ]);
    expect(
      await titles(measures().items.select('Title').filter("Created gt datetime'2000-01-01T00:00:00Z'")),
    ).toHaveLength(4);
    expect((await spError(measures().items.filter("DueDate lt datetime'not a date'")())).status).toBe(400);
    // SharePoint's REST service has no date functions (only the retired listdata.svc had day(), month()…).
    expect((await spError(measures().items.filter('month(DueDate) eq 2')())).status).toBe(400);
  });

  it('refuses not, which SharePoint cannot translate to CAML, rather than guessing', async () => {
    for (const filter of [
      "not (Title eq 'Sean')",
      "not substringof('Jana',Title)",
      "not startswith(Title,'J')",
    ]) {
      expect(await spError(measures().items.filter(filter)())).toMatchObject({
        status: 400,
        message: `The expression "${filter}" is not supported.`,
      });
    }
  });

  it('keeps hostile input inside its literal, or refuses it', async () => {
    const hostile = ["x') or (Id gt 0", "Sean'; DROP TABLE items; --", "x' &$top=1&$select=Secret='"];
    for (const value of hostile) {
      const escaped = `Title eq '${value.replace(/'/g, "''")}'`;
      expect(await titles(measures().items.select('Title').filter(escaped))).toEqual([]);
      expect((await spError(measures().items.filter(`Title eq '${value}'`)())).status).toBe(400);
    }
    // An undoubled quote that still parses changes the query: doubling quotes is the caller's job.
    const quoted = "x' or Title ne '";
    expect(
      await titles(
        measures()
          .items.select('Title')
          .filter(`Title eq '${quoted.replace(/'/g, "''")}'`),
      ),
    ).toEqual([]);
    expect(await titles(measures().items.select('Title').filter(`Title eq '${quoted}'`))).toHaveLength(4);
    for (const filter of [
      'Title) or (Id gt 0',
      "Title eq 'a' or",
      'length(Title) eq 4',
      'Title eq Title',
      'Id eq 1 eq 1',
    ])
      expect({ filter, status: (await spError(measures().items.filter(filter)())).status }).toEqual({
        filter,
        status: 400,
      });
    // The data is untouched.
    expect(await titles(measures().items.select('Title'))).toEqual(['Jana A', 'Jana B', 'Nobody', 'Sean']);
  });
});
