import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ALL_LISTS,
  DepartmentsRepository,
  MeasuresRepository,
  PeopleRepository,
  SiteContext,
  SurveyResponsesRepository,
  inOneBatch,
  provisionLists,
} from '@kvalita/sharepoint';
import '@pnp/sp/fields';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';
import { TEST_ANSWER_BOX } from '../../support/answer-box';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
}, 60_000);
afterAll(() => target.close());

describe('provisioning', () => {
  it('creates every list with Czech titles, indexed and unique columns, then changes nothing on a second run', async () => {
    const first = await provisionLists(target.sp, { locale: 'cs' });
    expect(first.map((result) => result.key)).toEqual(ALL_LISTS.map((list) => list.key));

    const measures = target.sp.web.getList('/sites/kvalita/Lists/KvalitaMeasures');
    expect((await measures.select('Title')()).Title).toBe('Opatření');
    const kind = await measures.fields
      .getByInternalNameOrTitle('Kind')
      .select('Title', 'Indexed', 'Required', 'TypeAsString')();
    expect(kind).toMatchObject({ Title: 'Druh', Indexed: true, Required: true, TypeAsString: 'Choice' });
    const key = await target.sp.web
      .getList('/sites/kvalita/Lists/KvalitaSurveyResponses')
      .fields.getByInternalNameOrTitle('RespondentKey')
      .select('Indexed', 'EnforceUniqueValues')();
    expect(key).toMatchObject({ Indexed: true, EnforceUniqueValues: true });

    const second = await provisionLists(target.sp, { locale: 'cs' });
    for (const result of second) {
      expect(result).toEqual({
        key: result.key,
        created: false,
        fieldsAdded: [],
        fieldsUpdated: [],
        settingsUpdated: [],
      });
    }
  });

  it('corrects a column someone changed by hand', async () => {
    const field = target.sp.web
      .getList('/sites/kvalita/Lists/KvalitaMeasures')
      .fields.getByInternalNameOrTitle('Deadline');
    await field.update({ Indexed: false, Title: 'Deadline (renamed)' });
    const result = await provisionLists(target.sp, { locale: 'cs' });
    expect(result.find((list) => list.key === 'measures')?.fieldsUpdated).toEqual(['Deadline']);
    expect(await field.select('Title', 'Indexed')()).toMatchObject({ Title: 'Termín', Indexed: true });
  });
});

describe('repositories', () => {
  it('upserts departments by code', async () => {
    const departments = new DepartmentsRepository(target.site);
    await departments.upsert({ code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null });
    await departments.upsert({
      code: 'OSV',
      name: 'Odbor sociálních věcí a zdravotnictví',
      parentCode: null,
    });
    await departments.upsert({ code: "O'B", name: 'Oddělení s apostrofem', parentCode: 'OSV' });
    const all = await departments.list();
    expect(all.filter((department) => department.code === 'OSV')).toHaveLength(1);
    expect((await departments.findByCode('OSV'))?.name).toBe('Odbor sociálních věcí a zdravotnictví');
    expect((await departments.findByCode("O'B"))?.parentCode).toBe('OSV');
    expect(await departments.findByCode("x' or Code ne 'x")).toBeNull();
  });

  it('keeps people with department, manager (a site user) and roles', async () => {
    const people = new PeopleRepository(target.site);
    await people.upsert({
      email: 'petr.svoboda@lipova.example',
      displayName: 'Mgr. Petr Svoboda',
      jobTitle: 'Tajemník',
      departmentCode: 'OSV',
      managerEmail: null,
      roles: ['director'],
    });
    await people.upsert({
      email: 'Jana.Novakova@lipova.example',
      displayName: 'Ing. Jana Nováková',
      jobTitle: 'Manažerka kvality',
      departmentCode: 'OSV',
      managerEmail: 'petr.svoboda@lipova.example',
      roles: ['qualityManager', 'cafTeamMember'],
    });
    await people.upsert({
      email: 'adam.cermak@lipova.example',
      displayName: 'Čermák Adam',
      jobTitle: null,
      departmentCode: null,
      managerEmail: null,
      roles: [],
    });
    await people.upsert({
      email: 'cyril.bures@lipova.example',
      displayName: 'Cyril Bureš',
      jobTitle: null,
      departmentCode: null,
      managerEmail: null,
      roles: [],
    });
    // Czech order: C before Č before I, whatever order the items were created in.
    expect((await people.list()).map((person) => person.displayName)).toEqual([
      'Cyril Bureš',
      'Čermák Adam',
      'Ing. Jana Nováková',
      'Mgr. Petr Svoboda',
    ]);
    const jana = await people.findByEmail('JANA.NOVAKOVA@lipova.example');
    expect(jana).toMatchObject({
      email: 'jana.novakova@lipova.example',
      departmentCode: 'OSV',
      departmentName: 'Odbor sociálních věcí a zdravotnictví',
      managerEmail: 'petr.svoboda@lipova.example',
      roles: ['qualityManager', 'cafTeamMember'],
    });
    await expect(
      people.upsert({
        email: 'nobody@lipova.example',
        displayName: 'Nikdo',
        jobTitle: null,
        departmentCode: 'NOPE',
        managerEmail: null,
        roles: [],
      }),
    ).rejects.toThrow();
  });

  it('finds people by the start of a given name, a surname or an e-mail, titles aside, in one round trip', async () => {
    // Warm: the web's URL and the departments' shared copy are read once per site, not per search.
    const counter = RequestCounter();
    const site = new SiteContext(target.connect({}, counter));
    const people = new PeopleRepository(site);
    await people.search('ja', 5);
    const names = async (text: string, top = 10) =>
      (await people.search(text, top)).map((person) => person.displayName);
    counter.reset();
    expect(await names('jana')).toEqual(['Ing. Jana Nováková']);
    expect(counter.count()).toBe(1);
    expect(await names('NOVÁK')).toEqual(['Ing. Jana Nováková']);
    expect(await names('Svoboda')).toEqual(['Mgr. Petr Svoboda']);
    expect(await names('petr.s')).toEqual(['Mgr. Petr Svoboda']);
    expect(await names('ad')).toEqual(['Čermák Adam']);
    expect(await names('cyril b')).toEqual(['Cyril Bureš']);
    expect(await names('Ing.')).toEqual([]);
    expect(await names("x' or Title ne 'x")).toEqual([]);
    const [jana] = await people.search('jana', 1);
    expect(jana).toMatchObject({ email: 'jana.novakova@lipova.example', jobTitle: 'Manažerka kvality' });
  });

  it('finds a person added in SharePoint by hand once provisioning has filled the search columns', async () => {
    const people = new PeopleRepository(target.site);
    const list = target.sp.web.getList('/sites/kvalita/Lists/KvalitaPeople');
    await list.items.add({ Title: 'PhDr. Hana Malá, Ph.D.', Email: 'hana.mala@lipova.example' });
    expect(await people.search('Malá', 5)).toEqual([]);
    await provisionLists(target.sp, { locale: 'cs' });
    expect((await people.search('Malá', 5)).map((person) => person.displayName)).toEqual([
      'PhDr. Hana Malá, Ph.D.',
    ]);
    expect((await people.search('Hana M', 5)).map((person) => person.email)).toEqual([
      'hana.mala@lipova.example',
    ]);
  });

  it('lists measures with owners and maps Czech choices back to codes', async () => {
    const measures = new MeasuresRepository(target.site);
    const owner = await target.sp.web.ensureUser('jana.novakova@lipova.example');
    await measures.add({
      title: 'Objednávkový systém',
      kind: 'improvement',
      status: 'inProgress',
      ownerUserId: owner.Id,
      deadline: '2027-03-31T00:00:00Z',
      subcriterionCode: '5.2',
    });
    await measures.add({
      title: 'Bez odpovědné osoby',
      kind: 'corrective',
      status: 'proposed',
      ownerUserId: null,
      deadline: null,
      subcriterionCode: null,
    });
    const listed = await measures.list();
    expect(listed).toHaveLength(2);
    expect(listed.find((measure) => measure.title === 'Objednávkový systém')).toMatchObject({
      kind: 'improvement',
      status: 'inProgress',
      ownerEmail: 'jana.novakova@lipova.example',
      ownerName: 'Ing. Jana Nováková',
      subcriterionCode: '5.2',
    });
    expect(listed.find((measure) => measure.title === 'Bez odpovědné osoby')).toMatchObject({
      ownerEmail: null,
      kind: 'corrective',
    });
  });

  it('stores one survey answer per respondent key, even when two arrive at once', async () => {
    const responses = new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX);
    const row = {
      questionKey: 'q1',
      respondentKey: 'a'.repeat(64),
      score: 4,
      choice: null,
      text: null,
      departmentCode: null,
    };
    const outcomes = await Promise.all([
      responses.recordWave('srv-repos001', 1, [row]),
      responses.recordWave('srv-repos001', 1, [{ ...row, score: 2 }]),
    ]);
    // One submit wins; on SharePoint Online the other may also read 'stored' (see recordWave).
    expect(outcomes).toContain('stored');
    expect(await responses.waveAnswers('srv-repos001', 1, 'q1')).toHaveLength(1);
  });
});

describe('the directory past the list view threshold', () => {
  it('still finds people by the start of a name, where a substring search is refused', async () => {
    const url = '/sites/kvalita/Lists/KvalitaPeople';
    // 5,100 more people in $batches of 100 (the list now holds more than SharePoint's 5,000).
    for (let start = 0; start < 5100; start += 100) {
      await inOneBatch(target.sp, (batched) =>
        Array.from({ length: 100 }, (_, offset) => {
          const n = start + offset;
          return batched.web.getList(url).items.add({
            Title: `Zaměstnanec ${n}`,
            Email: `zamestnanec.${n}@lipova.example`,
            NameKey: `Zaměstnanec ${n}`,
            SurnameKey: `${n} Zaměstnanec`,
          });
        }),
      );
    }
    const people = new PeopleRepository(target.site);
    expect((await people.search('Nováková', 5)).map((person) => person.email)).toEqual([
      'jana.novakova@lipova.example',
    ]);
    expect(await people.search('zamestnanec.509', 20)).toHaveLength(11);
    // What the prefix columns avoid: a substring of the name, which no index can answer.
    await expect(
      target.sp.web.getList(url).items.select('Title').filter("substringof('Nov',Title)").top(5)(),
    ).rejects.toThrow(/list view threshold/i);
  }, 180_000);
});
