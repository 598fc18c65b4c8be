import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DepartmentsRepository,
  PeopleRepository,
  SiteContext,
  SurveysRepository,
  departmentsList,
  peopleList,
  provisionLists,
  surveyQuestionsList,
  surveysList,
} from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { sampleSurveyDraft } from '../../support/survey-draft';
import { RequestCounter } from '../../support/request-counter';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, peopleList, surveysList, surveyQuestionsList],
  });
  await new DepartmentsRepository(target.site).upsert({
    code: 'OKS',
    name: 'Odbor kanceláře',
    parentCode: null,
  });
}, 60_000);
afterAll(() => target.close());

describe('one site context shared by the repositories', () => {
  it('reads the Departments list once for every repository that needs it', async () => {
    const counter = RequestCounter();
    const site = new SiteContext(target.connect({}, counter));
    const departments = new DepartmentsRepository(site);
    await departments.list(); // the web's URL and the departments
    counter.reset();
    await departments.list();
    await departments.findByCode('OKS');
    await new PeopleRepository(site).list();
    // Only the people: their department names come from the copy in the context.
    expect(counter.count()).toBe(1);
  });

  it('shows a department added through it at once', async () => {
    const departments = new DepartmentsRepository(target.site);
    await departments.list();
    await departments.upsert({ code: 'OKS-IT', name: 'Oddělení informatiky', parentCode: 'OKS' });
    expect((await departments.list()).map((department) => department.code)).toContain('OKS-IT');
  });

  it('finds a department another process added since it last read them, e.g. for a survey audience', async () => {
    const mine = new SiteContext(target.connect());
    await new DepartmentsRepository(mine).list();
    await new DepartmentsRepository(new SiteContext(target.connect())).upsert({
      code: 'OKS-PO',
      name: 'Podatelna',
      parentCode: 'OKS',
    });
    const draft = sampleSurveyDraft(
      { opensAt: '2027-03-01T07:00:00.000Z' },
      { audience: { kind: 'departments', departmentCodes: ['OKS-PO'] } },
    );
    const survey = await new SurveysRepository(mine).create({ key: 'srv-context1', draft, ownerEmail: null });
    expect(survey.audience).toEqual({ kind: 'departments', departmentCodes: ['OKS-PO'] });
    expect(await new DepartmentsRepository(mine).findByCode('OKS-PO')).toMatchObject({ name: 'Podatelna' });
  });

  it('gives every caller its own copy of the departments, so one request cannot change the next', async () => {
    const departments = new DepartmentsRepository(target.site);
    const first = await departments.list();
    first.length = 0;
    expect((await departments.list()).length).toBeGreaterThan(0);
  });

  it('finds several people by e-mail in one round trip, their departments named from the copy', async () => {
    const people = new PeopleRepository(target.site);
    for (const [index, email] of ['jana.novakova@lipova.example', 'petr.svoboda@lipova.example'].entries())
      await people.upsert({
        email,
        displayName: `Osoba ${index}`,
        jobTitle: null,
        departmentCode: 'OKS',
        managerEmail: null,
        roles: ['employee'],
      });
    const counter = RequestCounter();
    const site = new SiteContext(target.connect({}, counter));
    await new DepartmentsRepository(site).list(); // the web's URL and the departments
    counter.reset();
    const found = await new PeopleRepository(site).findByEmails([
      'Jana.Novakova@lipova.example',
      'petr.svoboda@lipova.example',
      'nikdo@lipova.example',
    ]);
    expect(counter.count()).toBe(1);
    expect([...found.keys()].sort()).toEqual(['jana.novakova@lipova.example', 'petr.svoboda@lipova.example']);
    expect(found.get('jana.novakova@lipova.example')?.departmentName).toBe('Odbor kanceláře');
  });
});
