import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ALL_LISTS,
  EmulatorUser,
  SchemaConflictError,
  provisionLists,
  type ListSchema,
} from '@kvalita/sharepoint';
import '@pnp/sp/fields';
import '@pnp/sp/lists';
import '@pnp/sp/security/list';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
}, 60_000);
afterAll(() => target.close());

/** A throw-away list (unique per run, so the suite can run twice against a real site). */
const probeUrlName = `KvalitaProbe${Date.now().toString(36)}`;
const probe: ListSchema = {
  key: 'probe',
  urlName: probeUrlName,
  template: 'genericList',
  title: { cs: 'Zkušební seznam', en: 'Probe list' },
  description: { cs: 'Smaže se po testu.', en: 'Deleted after the test.' },
  titleField: { cs: 'Název', en: 'Name' },
  fields: [
    {
      name: 'Phase',
      type: 'Choice',
      title: { cs: 'Fáze', en: 'Phase' },
      required: true,
      indexed: true,
      choices: [
        { code: 'plan', label: 'Plánuj' },
        { code: 'do', label: 'Dělej' },
      ],
    },
  ],
};
const probeList = () => target.sp.web.getList(`/sites/kvalita/Lists/${probeUrlName}`);

afterAll(async () => {
  await probeList()
    .delete()
    .catch(() => undefined);
});

describe('provisioning against the site', () => {
  it('provisions the whole product, then a second run changes nothing and costs two requests', async () => {
    await provisionLists(target.sp, { locale: 'cs' });
    const counter = RequestCounter();
    const second = await provisionLists(target.connect({}, counter), { locale: 'cs' });
    expect(second.every((result) => !result.created && result.fieldsAdded.length === 0)).toBe(true);
    expect(second.flatMap((result) => [...result.fieldsUpdated, ...result.settingsUpdated])).toEqual([]);
    // The web's URL, then every list and its columns in one $batch.
    expect(counter.count()).toBe(2);
    expect(second.map((result) => result.key)).toEqual(ALL_LISTS.map((list) => list.key));
  });

  it('keeps the survey responses and deliveries, bot conversations and CAF cycle lists to the service, once', async () => {
    await provisionLists(target.sp, { locale: 'cs' });
    const uniqueness = async (urlName: string) => {
      const library = ALL_LISTS.find((list) => list.urlName === urlName)?.template === 'documentLibrary';
      const url = library ? `/sites/kvalita/${urlName}` : `/sites/kvalita/Lists/${urlName}`;
      const info = (await target.sp.web.getList(url).select('HasUniqueRoleAssignments')()) as {
        HasUniqueRoleAssignments?: unknown;
      };
      return [urlName, info.HasUniqueRoleAssignments] as const;
    };
    const states = Object.fromEntries(await Promise.all(ALL_LISTS.map((list) => uniqueness(list.urlName))));
    const serviceOnly = [
      'KvalitaSurveyResponses',
      'KvalitaSurveyDeliveries',
      'KvalitaMeasureReminders',
      'KvalitaDocumentNotifications',
      'KvalitaBotConversations',
      'KvalitaAssessmentCycles',
      'KvalitaAssessmentTeam',
      'KvalitaIndividualScores',
      'KvalitaConsensusScores',
      'KvalitaCycleHistory',
      'KvalitaDocumentEvents',
      'KvalitaDocumentComments',
      'KvalitaDocumentAcknowledgements',
      'Kvalita360Subjects',
      'Kvalita360Nominations',
      'Kvalita360Answers',
      'Kvalita360Goals',
      'Kvalita360Deliveries',
      'KvalitaMysteryChecklists',
      'KvalitaMysteryCampaigns',
      'KvalitaMysterySheets',
      'KvalitaMysteryFiles',
      'KvalitaMysteryFindings',
      'KvalitaOpenDataSettings',
      'KvalitaOpenDataLog',
    ];
    // Rules-governed data people read: their own role assignments too (Read for the site's groups).
    const readOnlyForPeople = [
      'KvalitaMeasures',
      'KvalitaMeasureUpdates',
      'KvalitaDocuments',
      'KvalitaCompetencyModels',
      'Kvalita360Cycles',
      'KvalitaOpenData',
    ];
    for (const list of ALL_LISTS)
      expect([list.urlName, states[list.urlName]]).toEqual([
        list.urlName,
        serviceOnly.includes(list.urlName) || readOnlyForPeople.includes(list.urlName),
      ]);

    if (target.emulator) {
      // Someone who may read the site (not a site collection administrator) reads none of them.
      const jana = target.connect({}, EmulatorUser('jana.novakova@lipova.example'));
      await expect(jana.web.getList('/sites/kvalita/Lists/KvalitaSurveyDeliveries').items()).rejects.toThrow(
        /Access denied/,
      );
      expect(
        await jana.web.getList('/sites/kvalita/Lists/KvalitaSurveys').items.select('Id')(),
      ).toBeDefined();
    }

    // A second run reads HasUniqueRoleAssignments in its one $batch and breaks nothing again.
    const counter = RequestCounter();
    const second = await provisionLists(target.connect({}, counter), { locale: 'cs' });
    expect(second.flatMap((result) => result.settingsUpdated)).toEqual([]);
    expect(counter.count()).toBe(2);
  });

  it('breaks inheritance of a service-only list that an older release left inheriting, and reports it', async () => {
    const inheriting = { ...probe, urlName: `${probeUrlName}S` };
    const serviceOnly: ListSchema = { ...inheriting, permissions: 'serviceOnly' };
    const list = target.sp.web.getList(`/sites/kvalita/Lists/${inheriting.urlName}`);
    try {
      await provisionLists(target.sp, { locale: 'en', lists: [inheriting] });
      const before = (await list.select('HasUniqueRoleAssignments')()) as {
        HasUniqueRoleAssignments?: unknown;
      };
      expect(before.HasUniqueRoleAssignments).toBe(false);
      const upgraded = await provisionLists(target.sp, { locale: 'en', lists: [serviceOnly] });
      expect(upgraded[0]?.settingsUpdated).toEqual(['HasUniqueRoleAssignments']);
      const after = (await list.select('HasUniqueRoleAssignments')()) as {
        HasUniqueRoleAssignments?: unknown;
      };
      expect(after.HasUniqueRoleAssignments).toBe(true);
      const again = await provisionLists(target.sp, { locale: 'en', lists: [serviceOnly] });
      expect(again[0]?.settingsUpdated).toEqual([]);
    } finally {
      await list.delete().catch(() => undefined);
    }
  });

  it('creates the library for quality documents with drafts, content approval and no version trimming', async () => {
    const library = target.sp.web.getList('/sites/kvalita/KvalitaDocuments');
    expect(
      await library.select(
        'Title',
        'BaseTemplate',
        'EnableVersioning',
        'EnableMinorVersions',
        'EnableModeration',
        'DraftVersionVisibility',
        'MajorVersionLimit',
        'MajorWithMinorVersionsLimit',
      )(),
    ).toMatchObject({
      Title: 'Dokumenty kvality',
      BaseTemplate: 101,
      EnableVersioning: true,
      EnableMinorVersions: true,
      EnableModeration: true,
      // Approvers only: people with Read never see a draft or a version awaiting approval.
      DraftVersionVisibility: 2,
      MajorVersionLimit: 50_000,
      MajorWithMinorVersionsLimit: 50_000,
    });
    const status = await library.fields
      .getByInternalNameOrTitle('DocumentStatus')
      .select('Title', 'TypeAsString', 'Indexed')();
    expect(status).toMatchObject({ Title: 'Stav', TypeAsString: 'Choice', Indexed: true });
    const code = await library.fields
      .getByInternalNameOrTitle('DocumentCode')
      .select('Indexed', 'EnforceUniqueValues')();
    expect(code).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
  });

  it('puts back a library setting someone changed in the library settings, once', async () => {
    const library = target.sp.web.getList('/sites/kvalita/KvalitaDocuments');
    await library.update({ DraftVersionVisibility: 0, MajorVersionLimit: 100, EnableModeration: false });
    const corrected = await provisionLists(target.sp, { locale: 'cs' });
    expect(corrected.find((result) => result.key === 'documents')?.settingsUpdated).toEqual([
      'EnableModeration',
      'DraftVersionVisibility',
      'MajorVersionLimit',
    ]);
    expect(
      await library.select('DraftVersionVisibility', 'MajorVersionLimit', 'EnableModeration')(),
    ).toMatchObject({ DraftVersionVisibility: 2, MajorVersionLimit: 50_000, EnableModeration: true });
    const again = await provisionLists(target.sp, { locale: 'cs' });
    expect(again.flatMap((result) => result.settingsUpdated)).toEqual([]);
  });

  it('points lookups at their lists and makes composite keys unique', async () => {
    const scores = target.sp.web.getList('/sites/kvalita/Lists/KvalitaIndividualScores');
    const cycles = await target.sp.web.getList('/sites/kvalita/Lists/KvalitaAssessmentCycles').select('Id')();
    const cycle = await scores.fields
      .getByInternalNameOrTitle('Cycle')
      .select('TypeAsString', 'LookupList', 'Indexed')();
    expect(cycle).toMatchObject({ TypeAsString: 'Lookup', Indexed: true });
    expect(
      String((cycle as { LookupList?: string }).LookupList)
        .replace(/[{}]/g, '')
        .toLowerCase(),
    ).toBe(String(cycles.Id).toLowerCase());
    const key = await scores.fields
      .getByInternalNameOrTitle('ScoreKey')
      .select('Indexed', 'EnforceUniqueValues')();
    expect(key).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
    const audience = await target.sp.web
      .getList('/sites/kvalita/Lists/KvalitaSurveys')
      .fields.getByInternalNameOrTitle('AudienceDepartments')
      .select('TypeAsString')();
    expect(audience.TypeAsString).toBe('LookupMulti');
  });

  it('adds a column and a choice a newer schema brings, and keeps choices added by hand', async () => {
    const first = await provisionLists(target.sp, { locale: 'en', lists: [probe] });
    expect(first[0]).toMatchObject({ created: true, fieldsAdded: ['Phase'] });
    const phase = probeList().fields.getByInternalNameOrTitle('Phase');
    await phase.update({ Choices: ['Plánuj', 'Dělej', 'Ruční volba'] }, 'SP.FieldChoice');

    const newer: ListSchema = {
      ...probe,
      fields: [
        {
          ...probe.fields[0]!,
          choices: [...(probe.fields[0]?.choices ?? []), { code: 'check', label: 'Kontroluj' }],
        },
        { name: 'Owner', type: 'User', title: { cs: 'Odpovědná osoba', en: 'Owner' }, indexed: true },
      ],
    };
    const second = await provisionLists(target.sp, { locale: 'en', lists: [newer] });
    expect(second[0]).toEqual({
      key: 'probe',
      created: false,
      fieldsAdded: ['Owner'],
      fieldsUpdated: ['Phase'],
      settingsUpdated: [],
    });
    const owner = await probeList()
      .fields.getByInternalNameOrTitle('Owner')
      .select('Title', 'TypeAsString', 'Indexed')();
    expect(owner).toEqual(expect.objectContaining({ Title: 'Owner', TypeAsString: 'User', Indexed: true }));
    const choices = await phase.select('Choices')();
    expect(choices.Choices).toEqual(['Plánuj', 'Dělej', 'Kontroluj', 'Ruční volba']);

    const third = await provisionLists(target.sp, { locale: 'en', lists: [newer] });
    expect(third[0]).toMatchObject({
      created: false,
      fieldsAdded: [],
      fieldsUpdated: [],
      settingsUpdated: [],
    });
  });

  it('switches uniqueness off before it drops an index, and reports a column of the wrong type', async () => {
    const keyed: ListSchema = {
      ...probe,
      fields: [
        ...probe.fields,
        {
          name: 'Code',
          type: 'Text',
          title: { cs: 'Kód', en: 'Code' },
          required: true,
          indexed: true,
          unique: true,
        },
      ],
    };
    await provisionLists(target.sp, { locale: 'en', lists: [keyed] });
    const plain: ListSchema = {
      ...probe,
      fields: [...probe.fields, { name: 'Code', type: 'Text', title: { cs: 'Kód', en: 'Code' } }],
    };
    const result = await provisionLists(target.sp, { locale: 'en', lists: [plain] });
    expect(result[0]?.fieldsUpdated).toEqual(['Code']);
    const code = await probeList()
      .fields.getByInternalNameOrTitle('Code')
      .select('Indexed', 'EnforceUniqueValues', 'Required')();
    expect(code).toMatchObject({ Indexed: false, EnforceUniqueValues: false, Required: false });

    const wrongType: ListSchema = {
      ...probe,
      fields: [...probe.fields, { name: 'Code', type: 'Number', title: { cs: 'Kód', en: 'Code' } }],
    };
    await expect(provisionLists(target.sp, { locale: 'en', lists: [wrongType] })).rejects.toThrow(
      SchemaConflictError,
    );
  });
});
