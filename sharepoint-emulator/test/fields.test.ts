import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

describe('fields', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const measures = () => sp.web.lists.getByTitle('Measures');

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Measures');
    await sp.web.lists.ensure('Departments');
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('gives every list SharePoint’s built-in fields', async () => {
    const fields = await measures().fields.select(
      'InternalName',
      'TypeAsString',
      'Required',
      'FromBaseType',
    )();
    const byName = Object.fromEntries(fields.map((f) => [f.InternalName, f]));
    expect(byName['Title']).toMatchObject({ TypeAsString: 'Text', Required: true, FromBaseType: true });
    expect(byName['ID']).toMatchObject({ TypeAsString: 'Counter' });
    expect(byName['Created']).toMatchObject({ TypeAsString: 'DateTime' });
    expect(byName['Author']).toMatchObject({ TypeAsString: 'User' });
    expect(byName['Editor']).toMatchObject({ TypeAsString: 'User' });
    expect(byName['GUID']).toMatchObject({ TypeAsString: 'Guid' });
  });

  it('creates each field type @pnp/sp can add, with SharePoint’s type names', async () => {
    const departments = await sp.web.lists.getByTitle('Departments')();
    const fields = measures().fields;
    await fields.addText('Code', { MaxLength: 20 });
    await fields.addMultilineText('Description', { RichText: false });
    await fields.addNumber('Score', { MinimumValue: 0, MaximumValue: 100 });
    await fields.addCurrency('Budget');
    await fields.addBoolean('Done');
    await fields.addDateTime('DueDate');
    await fields.addChoice('State', { Choices: ['Plan', 'Do', 'Check', 'Act'], FillInChoice: false });
    await fields.addMultiChoice('Tags', { Choices: ['CAF', 'ISO'] });
    await fields.addUser('Owner', { SelectionMode: 0 });
    await fields.addLookup('Department', { LookupListId: departments.Id, LookupFieldName: 'Title' });
    await fields.addUrl('Link');
    const added = await fields
      .filter('CanBeDeleted eq true')
      .select('InternalName', 'TypeAsString', 'FieldTypeKind')();
    expect(added.map((f) => [f.InternalName, f.TypeAsString, f.FieldTypeKind])).toEqual([
      ['Code', 'Text', 2],
      ['Description', 'Note', 3],
      ['Score', 'Number', 9],
      ['Budget', 'Currency', 10],
      ['Done', 'Boolean', 8],
      ['DueDate', 'DateTime', 4],
      ['State', 'Choice', 6],
      ['Tags', 'MultiChoice', 15],
      ['Owner', 'User', 20],
      ['Department', 'Lookup', 7],
      ['Link', 'URL', 11],
    ]);
    const state = await fields.getByInternalNameOrTitle('State')();
    expect(state.Choices).toEqual(['Plan', 'Do', 'Check', 'Act']);
    const code = await fields.getByInternalNameOrTitle('Code')();
    expect(code).toMatchObject({ MaxLength: 20 });
    const lookup = await fields.getByInternalNameOrTitle('Department')();
    expect(lookup).toMatchObject({ LookupList: `{${departments.Id}}`, LookupField: 'Title' });
  });

  it('derives internal names from display names as SharePoint does', async () => {
    const created = await measures().fields.addText('Odpovědná osoba');
    expect(created.InternalName).toBe('Odpov_x011b_dn_x00e1__x0020_osob');
    const again = await measures().fields.addText('Code');
    expect(again.InternalName).toBe('Code0');
  });

  it('finds fields with $filter on InternalName and by internal name or title', async () => {
    const found = await measures().fields.filter("InternalName eq 'Score'")();
    expect(found).toHaveLength(1);
    expect(found[0]?.Title).toBe('Score');
    expect(await measures().fields.filter("InternalName eq 'score'")()).toHaveLength(0);
    const byTitle = await measures().fields.getByInternalNameOrTitle('Odpovědná osoba')();
    expect(byTitle.InternalName).toBe('Odpov_x011b_dn_x00e1__x0020_osob');
    const missing = await spError(measures().fields.getByInternalNameOrTitle('Nothing')());
    expect(missing.status).toBe(404);
    expect(missing.message).toContain("Column 'Nothing' does not exist.");
  });

  it('uses the schema Name only with AddFieldInternalNameHint, as createFieldAsXml does online', async () => {
    const plain = await measures().fields.createFieldAsXml(
      '<Field Type="Text" Name="KvCode" DisplayName="Kód opatření" />',
    );
    expect(plain.InternalName).toBe('K_x00f3_d_x0020_opat_x0159_en_x0');
    const hinted = await measures().fields.createFieldAsXml({
      SchemaXml:
        '<Field Type="Choice" Name="KvPhase" DisplayName="Fáze" Required="TRUE"><CHOICES><CHOICE>Plán</CHOICE><CHOICE>Kontrola</CHOICE></CHOICES><Default>Plán</Default></Field>',
      Options: 8,
    });
    expect(hinted).toMatchObject({
      InternalName: 'KvPhase',
      Title: 'Fáze',
      TypeAsString: 'Choice',
      Required: true,
      DefaultValue: 'Plán',
    });
    expect(hinted.Choices).toEqual(['Plán', 'Kontrola']);
    const people = await measures().fields.createFieldAsXml({
      SchemaXml:
        '<Field Type="UserMulti" Name="KvTeam" DisplayName="Tým" Mult="TRUE" UserSelectionMode="PeopleOnly" />',
      Options: 8,
    });
    expect(people).toMatchObject({ TypeAsString: 'UserMulti', AllowMultipleValues: true, SelectionMode: 0 });
    const broken = await spError(measures().fields.createFieldAsXml('<Field Type="Text" Name="x"'));
    expect(broken.status).toBe(400);
  });

  it('updates Title, Required, Indexed and EnforceUniqueValues', async () => {
    const code = measures().fields.getByInternalNameOrTitle('Code');
    await code.update({ Title: 'Kód', Required: true, Indexed: true });
    await code.update({ EnforceUniqueValues: true });
    expect(await code()).toMatchObject({
      InternalName: 'Code',
      Title: 'Kód',
      Required: true,
      Indexed: true,
      EnforceUniqueValues: true,
    });
  });

  it('refuses unique values on a column that is not indexed', async () => {
    const error = await spError(
      measures().fields.getByInternalNameOrTitle('Score').update({ EnforceUniqueValues: true }),
    );
    expect(error.status).toBe(500);
    expect(error.message).toContain('indexed');
  });

  it('turns a person field into a multi-person field', async () => {
    await measures().fields.addUser('Reviewers');
    await measures().fields.getByInternalNameOrTitle('Reviewers').update({ AllowMultipleValues: true });
    expect(await measures().fields.getByInternalNameOrTitle('Reviewers')()).toMatchObject({
      TypeAsString: 'UserMulti',
      AllowMultipleValues: true,
    });
  });

  it('refuses properties a field type does not have', async () => {
    const error = await spError(measures().fields.addBoolean('Flag', { MaxLength: 10 } as never));
    expect(error).toMatchObject({
      status: 400,
      message: expect.stringContaining("The property 'MaxLength' does not exist on type 'SP.Field'"),
    });
  });

  it('deletes custom fields but not built-in ones', async () => {
    await measures().fields.addText('Scratch');
    await measures().fields.getByInternalNameOrTitle('Scratch').delete();
    expect((await spError(measures().fields.getByInternalNameOrTitle('Scratch')())).status).toBe(404);
    expect((await spError(measures().fields.getByInternalNameOrTitle('Title').delete())).status).toBe(500);
  });
});
