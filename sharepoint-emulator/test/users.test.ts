import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

describe('users, person and lookup fields', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const jana = 'jana.novakova@urad.example';
  const petr = 'petr.svoboda@urad.example';

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    const departments = await sp.web.lists.ensure('Departments');
    await sp.web.lists.ensure('Measures');
    const fields = sp.web.lists.getByTitle('Measures').fields;
    await fields.addUser('Owner');
    await fields.addUser('Reviewers');
    await fields.getByInternalNameOrTitle('Reviewers').update({ AllowMultipleValues: true });
    await fields.addLookup('Department', { LookupListId: departments.data.Id, LookupFieldName: 'Title' });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('ensures a user by claims login or e-mail and finds them again', async () => {
    const byClaims = await sp.web.ensureUser(`i:0#.f|membership|${jana}`);
    expect(byClaims).toMatchObject({
      Title: 'Jana Nováková',
      Email: jana,
      LoginName: `i:0#.f|membership|${jana}`,
      UserPrincipalName: jana,
      PrincipalType: 1,
    });
    const byMail = await sp.web.ensureUser(jana.toUpperCase());
    expect(byMail.Id).toBe(byClaims.Id);
    expect((await sp.web.siteUsers.getByEmail(jana)()).Id).toBe(byClaims.Id);
    expect((await sp.web.getUserById(byClaims.Id)()).Title).toBe('Jana Nováková');
    expect((await sp.web.siteUsers.getByLoginName(`i:0#.f|membership|${jana}`)()).Id).toBe(byClaims.Id);
    const filtered = await sp.web.siteUsers.filter(`Email eq '${jana}'`)();
    expect(filtered.map((u) => u.Id)).toEqual([byClaims.Id]);
  });

  it('fails to ensure someone the directory does not know, as SharePoint does', async () => {
    const error = await spError(sp.web.ensureUser('nobody@urad.example'));
    expect(error).toMatchObject({
      status: 500,
      message: 'The specified user nobody@urad.example could not be found.',
    });
    expect((await spError(sp.web.siteUsers.getByEmail('nobody@urad.example')())).status).toBe(404);
  });

  it('acts as the service account, or as the person named in X-Kvalita-Emulator-User', async () => {
    expect((await sp.web.currentUser()).Email).toBe('kvalita-service@kvalita.local');
    const asPetr = client(emulator.siteUrl, petr);
    const me = await asPetr.web.currentUser();
    expect(me).toMatchObject({ Title: 'Petr Svoboda', IsSiteAdmin: false });
    const item = await asPetr.web.lists.getByTitle('Measures').items.add({ Title: 'by Petr' });
    expect(item.AuthorId).toBe(me.Id);
    const unknown = await spError(client(emulator.siteUrl, 'intruder@elsewhere.example').web.currentUser());
    expect(unknown.status).toBe(401);
  });

  it('stores person fields as user ids and expands them', async () => {
    const owner = await sp.web.ensureUser(jana);
    const reviewer = await sp.web.ensureUser(petr);
    const added = await sp.web.lists
      .getByTitle('Measures')
      .items.add({ Title: 'with owner', OwnerId: owner.Id, ReviewersId: [owner.Id, reviewer.Id] });
    expect(added).toMatchObject({
      OwnerId: owner.Id,
      OwnerStringId: String(owner.Id),
      ReviewersId: [owner.Id, reviewer.Id],
    });
    const [read] = await sp.web.lists
      .getByTitle('Measures')
      .items.filter(`Id eq ${added.Id}`)
      .select('Title', 'Owner/Title', 'Owner/EMail', 'Reviewers/Title', 'Author/Title')
      .expand('Owner', 'Reviewers', 'Author')();
    expect(read).toMatchObject({
      Title: 'with owner',
      Owner: { Title: 'Jana Nováková', EMail: jana },
      Reviewers: [{ Title: 'Jana Nováková' }, { Title: 'Petr Svoboda' }],
      Author: { Title: 'Kvalita Service' },
    });
    const wrongUser = await spError(sp.web.lists.getByTitle('Measures').items.add({ OwnerId: 9999 }));
    expect(wrongUser.status).toBe(400);
    const notExpanded = await spError(sp.web.lists.getByTitle('Measures').items.select('Owner/Title')());
    expect(notExpanded.status).toBe(400);
    const byName = await spError(sp.web.lists.getByTitle('Measures').items.add({ Owner: owner.Id }));
    expect(byName.message).toContain(
      "The property 'Owner' does not exist on type 'SP.Data.MeasuresListItem'",
    );
  });

  it('filters person and lookup fields by id', async () => {
    const owner = await sp.web.ensureUser(jana);
    const department = await sp.web.lists.getByTitle('Departments').items.add({ Title: 'Odbor dopravy' });
    await sp.web.lists
      .getByTitle('Measures')
      .items.add({ Title: 'lookup', DepartmentId: department.Id, OwnerId: owner.Id });
    const measures = sp.web.lists.getByTitle('Measures').items;
    const byLookup = await measures
      .filter(`Department/Id eq ${department.Id}`)
      .select('Title', 'Department/Title')
      .expand('Department')();
    expect(byLookup).toEqual([
      expect.objectContaining({
        Title: 'lookup',
        Department: expect.objectContaining({ Title: 'Odbor dopravy' }),
      }),
    ]);
    expect((await measures.filter(`DepartmentId eq ${department.Id}`)()).map((i) => i.Title)).toEqual([
      'lookup',
    ]);
    const byOwner = await measures.filter(`OwnerId eq ${owner.Id}`).select('Title')();
    expect(byOwner.map((i) => i.Title)).toEqual(['with owner', 'lookup']);
    const byReviewer = await measures
      .filter(`Reviewers/Id eq ${owner.Id}`)
      .expand('Reviewers')
      .select('Title')();
    expect(byReviewer.map((i) => i.Title)).toEqual(['with owner']);
    const me = await sp.web.currentUser();
    const mine = await measures
      .filter(`Author/Id eq ${me.Id} and Owner/Title eq 'Jana Nováková'`)
      .expand('Author', 'Owner')
      .select('Title')();
    expect(mine.map((i) => i.Title)).toEqual(['with owner', 'lookup']);
  });
});
