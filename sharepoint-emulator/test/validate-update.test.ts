import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, start } from './helpers';

/** SP.ListItem.ValidateUpdateListItem: form values as text, validated per field, stored all or nothing. */
describe('ValidateUpdateListItem', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const doc = () => sp.web.getFileByServerRelativePath('/sites/kvalita/Formulare/f.txt');

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Formulare', '', 101, false, {
      EnableVersioning: true,
      EnableMinorVersions: true,
    });
    const fields = sp.web.lists.getByTitle('Formulare').fields;
    await fields.addNumber('Revize');
    await fields.addBoolean('Platny');
    await fields.addDateTime('Ucinnost');
    await fields.addText('Kod', { Required: true });
    await fields.addUser('Vlastnik', { SelectionMode: 0 });
    await sp.web
      .getFolderByServerRelativePath('/sites/kvalita/Formulare')
      .files.addUsingPath('f.txt', 'obsah', {
        Overwrite: true,
      });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('updates without a new version when bNewDocumentUpdate is true, and with one when false', async () => {
    const item = await doc().getItem();
    const results = await item.validateUpdateListItem(
      [
        { FieldName: 'Title', FieldValue: 'Metodika' },
        { FieldName: 'Revize', FieldValue: '2,5' },
        { FieldName: 'Platny', FieldValue: '1' },
        { FieldName: 'Ucinnost', FieldValue: '2026-01-01T00:00:00Z' },
        { FieldName: 'Kod', FieldValue: 'SM-01' },
        {
          FieldName: 'Vlastnik',
          FieldValue: JSON.stringify([{ Key: 'i:0#.f|membership|jana.novakova@urad.example' }]),
        },
      ],
      true,
    );
    expect(results).toHaveLength(6);
    expect(results.every((r) => r.HasException === false && r.ErrorMessage === null)).toBe(true);
    const jana = await sp.web.siteUsers.getByEmail('jana.novakova@urad.example')();
    expect(
      await item.select(
        'Title',
        'Revize',
        'Platny',
        'Ucinnost',
        'Kod',
        'VlastnikId',
        'OData__UIVersionString',
      )(),
    ).toMatchObject({
      Title: 'Metodika',
      Revize: 2.5,
      Platny: true,
      Ucinnost: '2026-01-01T00:00:00Z',
      Kod: 'SM-01',
      VlastnikId: jana.Id,
      OData__UIVersionString: '0.1',
    });
    expect(await doc().versions()).toEqual([]);

    await item.validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'Metodika kvality' }], false);
    expect(await doc().select('UIVersionLabel')()).toMatchObject({ UIVersionLabel: '0.2' });
    expect((await doc().versions()).map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['0.1']);
  });

  it('answers 200 with the failing fields and stores nothing when any value is not valid', async () => {
    const item = await doc().getItem();
    const before = await item.select('Title', 'Revize', 'Kod', 'OData__UIVersionString')();
    const results = await item.validateUpdateListItem([
      { FieldName: 'Title', FieldValue: 'Jiný název' },
      { FieldName: 'Revize', FieldValue: 'dvě' },
      { FieldName: 'Kod', FieldValue: '' },
      { FieldName: 'Neexistuje', FieldValue: 'x' },
    ]);
    expect(results.map((r) => [r.FieldName, r.HasException])).toEqual([
      ['Title', false],
      ['Revize', true],
      ['Kod', true],
      ['Neexistuje', true],
    ]);
    expect(results[1]?.ErrorMessage).toBe('Only numbers can go here.');
    expect(results[2]?.ErrorMessage).toBe('You must specify a value for this required field.');
    expect(results[3]?.ErrorMessage).toContain("Column 'Neexistuje' does not exist");
    expect(await item.select('Title', 'Revize', 'Kod', 'OData__UIVersionString')()).toEqual(before);
  });

  it('approves through _ModerationStatus where the library requires approval', async () => {
    await sp.web.lists.ensure('Schvalovane', '', 101, false, {
      EnableVersioning: true,
      EnableModeration: true,
    });
    await sp.web
      .getFolderByServerRelativePath('/sites/kvalita/Schvalovane')
      .files.addUsingPath('s.txt', 'x', {
        Overwrite: true,
      });
    const file = sp.web.getFileByServerRelativePath('/sites/kvalita/Schvalovane/s.txt');
    const item = await file.getItem();
    await item.validateUpdateListItem([
      { FieldName: '_ModerationStatus', FieldValue: '0' },
      { FieldName: '_ModerationComments', FieldValue: 'schváleno' },
    ]);
    expect(await item.select('OData__ModerationStatus', 'OData__ModerationComments')()).toMatchObject({
      OData__ModerationStatus: 0,
      OData__ModerationComments: 'schváleno',
    });
    expect(await file.select('Level', 'UIVersionLabel')()).toMatchObject({ Level: 1, UIVersionLabel: '1.0' });
  });
});
