import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SurveyDraft } from '@kvalita/core';
import {
  ConcurrencyConflictError,
  DepartmentsRepository,
  NotFoundError,
  SurveysRepository,
  UnknownDepartmentError,
  departmentsList,
  provisionLists,
  surveyQuestionsList,
  surveysList,
  SiteContext,
} from '@kvalita/sharepoint';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import '@pnp/sp/items';
import { contractTarget, type ContractTarget } from '../../support/contract-target';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, surveysList, surveyQuestionsList],
  });
  const departments = new DepartmentsRepository(target.site);
  await departments.upsert({ code: 'OKS', name: 'Odbor kanceláře starosty', parentCode: null });
  await departments.upsert({ code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null });
}, 60_000);
afterAll(() => target.close());

/** Records each request that leaves the client as "METHOD url" (a $batch is one request). */
function RequestLog(): TimelinePipe<Queryable> & { readonly lines: string[] } {
  const lines: string[] = [];
  const behavior = (instance: Queryable) => {
    const [send] = instance.on.send.toArray();
    if (!send) throw new Error('RequestLog needs a sending behaviour before it');
    type SendObserver = Parameters<typeof instance.on.send.replace>[0];
    const logging = function (this: unknown, ...args: Parameters<SendObserver>) {
      const [url, init] = args as unknown as [URL | string, RequestInit];
      lines.push(`${init.method ?? 'GET'} ${String(url)}`);
      return Reflect.apply(send, this, args) as ReturnType<SendObserver>;
    };
    instance.on.send.replace(logging as SendObserver);
    return instance;
  };
  return Object.assign(behavior, { lines });
}

function draft(overrides: Partial<SurveyDraft> = {}): SurveyDraft {
  return {
    title: { cs: 'Jak se vám pracuje?', en: 'How is work going?' },
    introduction: { cs: 'Tři krátké otázky, odpovědi jsou anonymní.', en: '' },
    template: 'wellbeing',
    questions: [
      {
        key: 'q1',
        type: 'scale5',
        text: {
          cs: 'Jak jste spokojeni s prací v tomto týdnu?',
          en: 'How satisfied were you with work this week?',
        },
        options: { cs: [], en: [] },
      },
      {
        key: 'q2',
        type: 'multiChoice',
        text: { cs: 'Co vám nejvíc pomáhá?', en: 'What helps you most?' },
        options: {
          cs: ['Kolegové', 'Vedoucí', 'Pružná pracovní doba'],
          en: ['Colleagues', 'Manager', 'Flexitime'],
        },
      },
      {
        key: 'q3',
        type: 'singleChoice',
        text: { cs: 'Pracujete z domova?', en: '' },
        options: { cs: ['Ano', 'Ne'], en: [] },
      },
      {
        key: 'q4',
        type: 'text',
        text: { cs: 'Co bychom měli zlepšit?', en: 'What should we improve?' },
        options: { cs: [], en: [] },
      },
    ],
    audience: { kind: 'departments', departmentCodes: ['OSV', 'OKS'] },
    schedule: {
      recurrence: 'weekly',
      opensAt: '2027-03-01T07:00:00.000Z',
      waveDays: 5,
      endsAt: '2027-06-30T22:00:00.000Z',
      reminderAfterDays: 2,
    },
    evidenceFor: ['7.1', '3.3'],
    ...overrides,
  };
}

describe('surveys repository', () => {
  it('creates a draft survey with its questions in one $batch and reads it back as written', async () => {
    const log = RequestLog();
    const surveys = new SurveysRepository(new SiteContext(target.connect({}, log)));
    const created = await surveys.create({
      key: 'srv-create01',
      draft: draft(),
      ownerEmail: 'jana.novakova@lipova.example',
    });
    const writes = log.lines.filter((line) => !line.startsWith('GET'));
    // ensureuser, then one $batch with the survey row and its four question rows.
    expect(writes.filter((line) => line.includes('$batch'))).toHaveLength(1);
    expect(writes.filter((line) => /\/items/i.test(line))).toEqual([]);

    expect(created).toMatchObject({
      key: 'srv-create01',
      status: 'draft',
      currentWave: 0,
      ownerEmail: 'jana.novakova@lipova.example',
      ...draft(),
    });
    expect(created.etag).toMatch(/\S/);
    expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    expect(await surveys.get('srv-create01')).toEqual(created);
    expect(await surveys.get('srv-missing1')).toBeNull();
  });

  it('keeps an office audience, a survey from scratch and empty English texts', async () => {
    const surveys = new SurveysRepository(target.site);
    const written = draft({
      template: null,
      audience: { kind: 'office' },
      evidenceFor: [],
      title: { cs: 'Bez překladu', en: '' },
      schedule: {
        recurrence: 'once',
        opensAt: '2027-04-01T06:30:00.000Z',
        waveDays: 14,
        endsAt: null,
        reminderAfterDays: null,
      },
    });
    const created = await surveys.create({ key: 'srv-office01', draft: written, ownerEmail: null });
    expect(created).toMatchObject({ ...written, ownerEmail: null });
  });

  it('refuses an unknown department and leaves nothing behind', async () => {
    const surveys = new SurveysRepository(target.site);
    await expect(
      surveys.create({
        key: 'srv-baddept1',
        draft: draft({ audience: { kind: 'departments', departmentCodes: ['NEZNAMY'] } }),
        ownerEmail: null,
      }),
    ).rejects.toBeInstanceOf(UnknownDepartmentError);
    expect(await surveys.get('srv-baddept1')).toBeNull();
  });

  it('takes back the questions when the survey row cannot be added (the key exists)', async () => {
    const surveys = new SurveysRepository(target.site);
    await surveys.create({ key: 'srv-dupkey01', draft: draft(), ownerEmail: null });
    const other = draft({
      questions: [
        ...draft().questions,
        {
          key: 'q5',
          type: 'scale11',
          text: { cs: 'Doporučili byste nás?', en: '' },
          options: { cs: [], en: [] },
        },
      ],
    });
    await expect(surveys.create({ key: 'srv-dupkey01', draft: other, ownerEmail: null })).rejects.toThrow();
    expect((await surveys.get('srv-dupkey01'))?.questions.map((question) => question.key)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
    ]);
  });

  it('replaces a draft and its questions only with the current etag', async () => {
    const surveys = new SurveysRepository(target.site);
    const created = await surveys.create({ key: 'srv-update01', draft: draft(), ownerEmail: null });
    const edited = draft({
      title: { cs: 'Pracovní zátěž', en: 'Workload' },
      questions: [
        {
          key: 'q2',
          type: 'scale11',
          text: { cs: 'Doporučili byste nás?', en: 'Would you recommend us?' },
          options: { cs: [], en: [] },
        },
        {
          key: 'q1',
          type: 'singleChoice',
          text: { cs: 'Máte dost času?', en: '' },
          options: { cs: ['Ano', 'Ne', 'Někdy'], en: [] },
        },
      ],
      audience: { kind: 'office' },
    });
    const updated = await surveys.updateDraft('srv-update01', edited, created.etag);
    expect(updated).toMatchObject({ ...edited, status: 'draft', key: 'srv-update01' });
    expect(updated.etag).not.toBe(created.etag);
    expect(await surveys.get('srv-update01')).toEqual(updated);

    // Someone holding the first version loses, and their content is not written.
    await expect(surveys.updateDraft('srv-update01', draft(), created.etag)).rejects.toBeInstanceOf(
      ConcurrencyConflictError,
    );
    expect(await surveys.get('srv-update01')).toEqual(updated);
    await expect(surveys.updateDraft('srv-nothere1', draft(), created.etag)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('moves through its lifecycle with etags and lists active surveys with their questions', async () => {
    const surveys = new SurveysRepository(target.site);
    const created = await surveys.create({ key: 'srv-active01', draft: draft(), ownerEmail: null });
    const scheduled = await surveys.setState(
      'srv-active01',
      { status: 'scheduled', currentWave: 0 },
      created.etag,
    );
    expect(scheduled).toMatchObject({ status: 'scheduled', currentWave: 0 });
    await expect(
      surveys.setState('srv-active01', { status: 'open', currentWave: 1 }, created.etag),
    ).rejects.toBeInstanceOf(ConcurrencyConflictError);
    const open = await surveys.setState('srv-active01', { status: 'open', currentWave: 1 }, scheduled.etag);
    expect(open).toMatchObject({ status: 'open', currentWave: 1, questions: draft().questions });

    const active = await surveys.active();
    expect(active.map((survey) => survey.key)).toEqual(['srv-active01']);
    expect(active[0]).toEqual(open);

    const all = await surveys.list();
    expect(all.map((survey) => survey.key)).toEqual(
      expect.arrayContaining(['srv-create01', 'srv-office01', 'srv-update01', 'srv-active01']),
    );
    for (const survey of all) expect(survey).toEqual(await surveys.get(survey.key));
  });

  it('reads every survey with the same few requests however many there are (not one per survey)', async () => {
    const log = RequestLog();
    const surveys = new SurveysRepository(new SiteContext(target.connect({}, log)));
    await surveys.list(); // learns the web's URL
    log.lines.length = 0;
    await surveys.list();
    const before = log.lines.length;
    await surveys.create({ key: 'srv-count001', draft: draft(), ownerEmail: null });
    await surveys.create({ key: 'srv-count002', draft: draft(), ownerEmail: null });
    log.lines.length = 0;
    await surveys.list();
    expect(log.lines.length).toBe(before);
    expect(before).toBeLessThanOrEqual(3);
  });

  it('deletes a survey and its questions only with the current etag', async () => {
    const surveys = new SurveysRepository(target.site);
    const created = await surveys.create({ key: 'srv-delete01', draft: draft(), ownerEmail: null });
    const renamed = await surveys.updateDraft(
      'srv-delete01',
      draft({ title: { cs: 'Přejmenovaný', en: '' } }),
      created.etag,
    );
    await expect(surveys.delete('srv-delete01', created.etag)).rejects.toBeInstanceOf(
      ConcurrencyConflictError,
    );
    await surveys.delete('srv-delete01', renamed.etag);
    expect(await surveys.get('srv-delete01')).toBeNull();
    const questions = await target.sp.web
      .getList('/sites/kvalita/Lists/KvalitaSurveyQuestions')
      .items.select('Id')
      .filter("SurveyKey eq 'srv-delete01'")();
    expect(questions).toEqual([]);
    await expect(surveys.delete('srv-delete01', renamed.etag)).rejects.toBeInstanceOf(NotFoundError);
  });
});
