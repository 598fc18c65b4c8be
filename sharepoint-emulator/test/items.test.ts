import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

describe('list items', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const measures = () => sp.web.getList('/sites/kvalita/Lists/Measures');

  beforeAll(async () => {
    emulator = await start({ now: () => new Date('2025-03-01T08:30:15.250Z') });
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Measures');
    const fields = measures().fields;
    await fields.addText('Code');
    await fields.addNumber('Score');
    await fields.addBoolean('Done');
    await fields.addDateTime('DueDate');
    await fields.addChoice('State', { Choices: ['Plan', 'Do'] });
    await fields.addMultiChoice('Tags', { Choices: ['CAF', 'ISO'] });
    await fields.addUrl('Link');
    await fields.createFieldAsXml({
      SchemaXml:
        '<Field Type="Text" Name="RefNo" DisplayName="RefNo" Indexed="TRUE" EnforceUniqueValues="TRUE" />',
      Options: 8,
    });
    await fields.createFieldAsXml({
      SchemaXml: '<Field Type="Text" Name="Sponsor" DisplayName="Sponsor" Required="TRUE" />',
      Options: 8,
    });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('adds an item and answers with its id, dates, author and ETag', async () => {
    const added = await measures().items.add({
      Title: 'Zavést CAF',
      Code: 'M-1',
      Score: 42.5,
      Done: false,
      DueDate: '2025-06-30T00:00:00Z',
      State: 'Plan',
      Tags: ['CAF', 'ISO'],
      Link: { Url: 'https://example.cz/caf', Description: 'CAF' },
    });
    expect(added).toMatchObject({
      'odata.etag': '"1"',
      Id: expect.any(Number),
      ID: expect.any(Number),
      Title: 'Zavést CAF',
      Score: 42.5,
      DueDate: '2025-06-30T00:00:00Z',
      Tags: ['CAF', 'ISO'],
      Link: { Url: 'https://example.cz/caf', Description: 'CAF' },
      Created: '2025-03-01T08:30:15Z',
      Modified: '2025-03-01T08:30:15Z',
      AuthorId: expect.any(Number),
      EditorId: expect.any(Number),
    });
    const read = await measures().items.getById(added.Id).select('Title', 'Code', 'Done')();
    expect(read).toMatchObject({ Id: added.Id, Title: 'Zavést CAF', Code: 'M-1', Done: false });
  });

  it('updates with MERGE and If-Match, refusing a stale ETag with 412', async () => {
    const { Id } = await measures().items.add({ Title: 'ETag' });
    const item = measures().items.getById(Id);
    const first = await item.update({ Score: 1 }, '"1"');
    expect(first.etag).toBe('"2"');
    const stale = await spError(item.update({ Score: 2 }, '"1"'));
    expect(stale).toEqual({
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '"1"' does not match the object's ETag value '"2"'.`,
    });
    await item.update({ Score: 3 });
    expect(await item.select('Score')()).toMatchObject({ Score: 3, 'odata.etag': '"3"' });
  });

  it('deletes and recycles items; ids are never reused', async () => {
    const a = await measures().items.add({ Title: 'delete me' });
    await measures().items.getById(a.Id).delete();
    expect((await spError(measures().items.getById(a.Id)())).status).toBe(404);
    const b = await measures().items.add({ Title: 'recycle me' });
    expect(b.Id).toBe(a.Id + 1);
    const recycleId = await measures().items.getById(b.Id).recycle();
    expect(recycleId).toMatch(/^[0-9a-f-]{36}$/);
    const gone = await spError(measures().items.getById(b.Id)());
    expect(gone).toMatchObject({
      status: 404,
      message: 'Item does not exist. It may have been deleted by another user.',
    });
    const c = await measures().items.add({ Title: 'next' });
    expect(c.Id).toBe(b.Id + 1);
  });

  it('refuses unknown properties, wrong types and malformed values with 400', async () => {
    const unknown = await spError(measures().items.add({ Colour: 'red' }));
    expect(unknown).toMatchObject({
      status: 400,
      message:
        "The property 'Colour' does not exist on type 'SP.Data.MeasuresListItem'. Make sure to only use property names that are defined by the type.",
    });
    expect((await spError(measures().items.add({ Score: 'many' }))).status).toBe(400);
    expect((await spError(measures().items.add({ Done: 'yes' }))).status).toBe(400);
    expect((await spError(measures().items.add({ DueDate: 'next week' }))).status).toBe(400);
    expect((await spError(measures().items.add({ Tags: 'CAF' }))).status).toBe(400);
    expect((await spError(measures().items.add({ Id: 99 }))).status).toBe(400);
  });

  it('enforces unique values (500, SPDuplicateValuesFoundException) but, like SharePoint REST, not Required', async () => {
    await measures().items.add({ Title: 'u1', RefNo: 'R-1' });
    const duplicate = await spError(measures().items.add({ Title: 'u2', RefNo: 'r-1' }));
    expect(duplicate).toMatchObject({
      status: 500,
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message:
        'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [RefNo].',
    });
    const { Id } = await measures().items.add({ Title: 'u3', RefNo: 'R-3' });
    expect((await spError(measures().items.getById(Id).update({ RefNo: 'R-1' }))).status).toBe(500);
    const withoutSponsor = await measures().items.add({ Title: 'no sponsor' });
    expect(withoutSponsor.Sponsor).toBeNull();
  });

  it('frees a unique value when its item changes it or is deleted, and keeps Czech case rules', async () => {
    const first = await measures().items.add({ Title: 'f1', RefNo: 'Č-7' });
    expect((await spError(measures().items.add({ Title: 'f2', RefNo: 'č-7' }))).status).toBe(500);
    await measures().items.getById(first.Id).update({ RefNo: 'Č-8' });
    const second = await measures().items.add({ Title: 'f2', RefNo: 'č-7' });
    expect((await spError(measures().items.getById(second.Id).update({ RefNo: 'č-8' }))).status).toBe(500);
    await measures().items.getById(first.Id).delete();
    await measures().items.getById(second.Id).update({ RefNo: 'č-8' });
    // A refused write stores nothing: the value it tried stays free.
    expect((await spError(measures().items.add({ Title: 'f3', RefNo: 'R-1', Id: 5 }))).status).toBe(400);
    await measures().items.add({ Title: 'f4', RefNo: 'Č-7' });
  });

  it('needs the form digest for writes', async () => {
    const response = await fetch(`${emulator.siteUrl}/_api/web/lists/getByTitle('Measures')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'no digest' }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { 'odata.error': { code: string } };
    expect(body['odata.error'].code).toBe('-2130575251, Microsoft.SharePoint.SPException');
  });
});
