import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ConcurrencyConflictError,
  DepartmentsRepository,
  MeasuresRegisterRepository,
  SiteContext,
  UnknownDepartmentError,
  UnknownPersonError,
  addMeasureUpdates,
  assessmentCyclesList,
  departmentsList,
  measureUpdatesList,
  measuresList,
  provisionLists,
} from '@kvalita/sharepoint';
import type { MeasureDraft, NewMeasureUpdate } from '@kvalita/core';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';

let target: ContractTarget;
let register: MeasuresRegisterRepository;

const JANA = 'jana.novakova@lipova.example';
const PETR = 'petr.svoboda@lipova.example';
const ADAM = 'adam.cermak@lipova.example';

const draft: MeasureDraft = {
  title: 'Objednávkový systém na podatelně',
  kind: 'corrective',
  source: {
    origin: 'survey',
    cycleId: null,
    subcriterionCode: '5.2',
    sourceKey: 'srv-demopulz',
    sourceUrl: 'https://lipova.example/pruzkumy/srv-demopulz',
  },
  departmentCode: 'OD',
  ownerEmail: PETR,
  coOwnerEmails: [ADAM],
  priority: 'high',
  deadline: '2027-03-31',
  problem: 'Občané v pondělí čekají na podatelně déle než 20 minut.',
  rootCause: {
    whys: ['V pondělí je otevřena jedna přepážka.', 'Rozpis služeb nepočítá se špičkou.'],
    categories: ['resources', 'procedures'],
  },
  steps: [
    { key: null, title: 'Zmapovat špičky podle dnů', ownerEmail: ADAM, dueDate: '2027-01-15', done: false },
    { key: null, title: 'Spustit objednávky online', ownerEmail: PETR, dueDate: '2027-03-15', done: false },
  ],
  expectedResult: 'Čekání do 10 minut i v pondělí.',
  effectivenessCriterion: 'Průměrná čekací doba pod 10 minut tři měsíce po sobě.',
  checkDate: '2027-06-30',
  budgetCzk: 85000,
  councilResolution: 'usnesení RM č. 123/2026',
  evidenceLinks: ['https://lipova.example/sites/kvalita/Dokumenty/cekani.xlsx'],
};
const update = (kind: NewMeasureUpdate['kind'], extra: Partial<NewMeasureUpdate> = {}): NewMeasureUpdate => ({
  kind,
  byEmail: JANA,
  phase: 'plan',
  statusAfter: 'proposed',
  progress: null,
  note: '',
  ...extra,
});

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, assessmentCyclesList, measuresList, measureUpdatesList],
  });
  const departments = new DepartmentsRepository(target.site);
  await departments.upsert({ code: 'OD', name: 'Odbor dopravy', parentCode: null });
  await departments.upsert({ code: 'OV', name: 'Odbor výstavby', parentCode: null });
  register = new MeasuresRegisterRepository(target.site, { today: () => '2026-12-02' });
}, 60_000);
afterAll(() => target.close());

describe('measures register repository', () => {
  it('creates a measure with everything the contract holds and reads it back, with its created update', async () => {
    const id = await register.create(draft, JANA, update('created', { progress: 0 }));
    const measure = await register.get(id);
    expect(measure).toEqual(
      expect.objectContaining({
        id,
        title: draft.title,
        kind: 'corrective',
        source: draft.source,
        departmentCode: 'OD',
        departmentName: 'Odbor dopravy',
        owner: { email: PETR, displayName: 'Mgr. Petr Svoboda' },
        ownerEmail: PETR,
        coOwners: [{ email: ADAM, displayName: 'Čermák Adam' }],
        coOwnerEmails: [ADAM],
        priority: 'high',
        deadline: '2027-03-31',
        problem: draft.problem,
        rootCause: draft.rootCause,
        expectedResult: draft.expectedResult,
        effectivenessCriterion: draft.effectivenessCriterion,
        checkDate: '2027-06-30',
        budgetCzk: 85000,
        councilResolution: 'usnesení RM č. 123/2026',
        evidenceLinks: draft.evidenceLinks,
        status: 'proposed',
        phase: 'plan',
        progress: 0,
        effective: null,
        reopenedCount: 0,
        cancelReason: null,
        closedOn: null,
        createdBy: { email: JANA, displayName: 'Ing. Jana Nováková' },
        etag: expect.any(String),
      }),
    );
    expect(measure?.steps).toEqual([
      expect.objectContaining({
        key: 's1',
        title: 'Zmapovat špičky podle dnů',
        ownerEmail: ADAM,
        ownerName: 'Čermák Adam',
      }),
      expect.objectContaining({ key: 's2', ownerEmail: PETR, dueDate: '2027-03-15', done: false }),
    ]);
    const history = await register.updates(id);
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'created',
        by: { email: JANA, displayName: 'Ing. Jana Nováková' },
        phase: 'plan',
        statusAfter: 'proposed',
        progress: 0,
      }),
    ]);
  });

  it('answers null for a measure that does not exist', async () => {
    expect(await register.get(987_654)).toBeNull();
  });

  it('refuses an unknown owner, co-owner or department with a typed error and writes nothing', async () => {
    const count = async () =>
      (await target.sp.web.getList('/sites/kvalita/Lists/KvalitaMeasures').items.select('Id').top(5000)())
        .length;
    const before = await count();
    const unknown = 'nikdo.neznamy@lipova.example';
    await expect(register.create({ ...draft, ownerEmail: unknown }, JANA, update('created'))).rejects.toEqual(
      expect.objectContaining({ name: 'UnknownPersonError', email: unknown }),
    );
    await expect(
      register.create({ ...draft, coOwnerEmails: [unknown] }, JANA, update('created')),
    ).rejects.toBeInstanceOf(UnknownPersonError);
    await expect(
      register.create({ ...draft, departmentCode: 'XX' }, JANA, update('created')),
    ).rejects.toEqual(expect.objectContaining({ name: 'UnknownDepartmentError', code: 'XX' }));
    await expect(
      register.create({ ...draft, departmentCode: 'XX' }, JANA, update('created')),
    ).rejects.toBeInstanceOf(UnknownDepartmentError);
    expect(await count()).toBe(before);
  });

  it('changes on the ETag it read and appends the update; a stale ETag conflicts and writes nothing', async () => {
    const id = await register.create(draft, JANA, update('created'));
    const read = await register.get(id);
    if (!read) throw new Error('the measure vanished');
    await register.change(
      id,
      read.etag,
      { state: { status: 'inProgress', phase: 'do', progress: 40, stepsDone: [{ key: 's1', done: true }] } },
      update('progress', {
        byEmail: PETR,
        phase: 'do',
        statusAfter: 'inProgress',
        progress: 40,
        note: 'Špičky zmapovány.',
      }),
    );
    const changed = await register.get(id);
    expect(changed).toEqual(expect.objectContaining({ status: 'inProgress', phase: 'do', progress: 40 }));
    expect(changed?.steps.map((step) => [step.key, step.done])).toEqual([
      ['s1', true],
      ['s2', false],
    ]);

    // Someone else saves with the same, now stale, ETag: nothing of theirs is written.
    const stale = register.change(
      id,
      read.etag,
      { state: { status: 'cancelled', cancelReason: 'omyl', closedOn: '2026-12-02' } },
      update('cancelled', { statusAfter: 'cancelled', note: 'omyl' }),
    );
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(await register.get(id)).toEqual(
      expect.objectContaining({ status: 'inProgress', cancelReason: null }),
    );
    const history = await register.updates(id);
    expect(history.map((entry) => entry.kind)).toEqual(['progress', 'created']);
    expect(history[0]).toEqual(
      expect.objectContaining({
        by: expect.objectContaining({ email: PETR }),
        note: 'Špičky zmapovány.',
        progress: 40,
      }),
    );

    // An edit keeps the steps' keys and gives a new step the next free one.
    const current = await register.get(id);
    if (!current) throw new Error('the measure vanished');
    const steps = [
      ...current.steps.map(({ ownerName: _name, ...step }) => step),
      { key: null, title: 'Vyhodnotit první měsíc', ownerEmail: null, dueDate: null, done: false },
    ];
    await register.change(
      id,
      current.etag,
      {
        draft: { ...draft, title: 'Objednávky na podatelně', steps, departmentCode: 'OV', coOwnerEmails: [] },
      },
      update('edited', { phase: 'do', statusAfter: 'inProgress' }),
    );
    const edited = await register.get(id);
    expect(edited).toEqual(
      expect.objectContaining({
        title: 'Objednávky na podatelně',
        departmentCode: 'OV',
        coOwners: [],
        status: 'inProgress',
      }),
    );
    expect(edited?.steps.map((step) => [step.key, step.done])).toEqual([
      ['s1', true],
      ['s2', false],
      ['s3', false],
    ]);
  });

  it('records an effectiveness check that finds the measure not effective: reopened, with a new deadline', async () => {
    const id = await register.create(draft, JANA, update('created'));
    const read = await register.get(id);
    if (!read) throw new Error('the measure vanished');
    await register.change(
      id,
      read.etag,
      {
        state: {
          status: 'inProgress',
          phase: 'act',
          effective: false,
          reopenedCount: 1,
          deadline: '2027-09-30',
        },
      },
      update('checkedNotEffective', {
        phase: 'check',
        statusAfter: 'inProgress',
        note: 'Čekání stále 15 minut.',
      }),
    );
    expect(await register.get(id)).toEqual(
      expect.objectContaining({ effective: false, reopenedCount: 1, deadline: '2027-09-30', phase: 'act' }),
    );
  });

  it('creates, reads and changes a measure in at most three round trips each', async () => {
    const counter = RequestCounter();
    const counted = new MeasuresRegisterRepository(new SiteContext(target.connect({}, counter)));
    await counted.summaries({ statuses: ['closed'] }); // the web's URL and the departments, read once
    counter.reset();
    const id = await counted.create(draft, JANA, update('created'));
    expect(counter.count()).toBe(3);
    counter.reset();
    const read = await counted.get(id);
    expect(counter.count()).toBe(1);
    counter.reset();
    await counted.change(
      id,
      read?.etag ?? '',
      { state: { progress: 20, stepsDone: [{ key: 's2', done: true }] } },
      update('progress', { progress: 20 }),
    );
    expect(counter.count()).toBe(3);
    expect((await counted.get(id))?.steps.map((step) => step.done)).toEqual([false, true]);
  });

  it('reads a history of hundreds of updates newest first, page by page', async () => {
    const id = await register.create(draft, JANA, update('created'));
    const entries = Array.from({ length: 320 }, (_, index) => ({
      measureId: id,
      on: '2026-12-02',
      update: update('progress', { progress: index % 101, note: `Záznam ${index + 1}` }),
    }));
    await addMeasureUpdates(target.site, entries);
    const counter = RequestCounter();
    const paged = new MeasuresRegisterRepository(new SiteContext(target.connect({}, counter)), {
      updatesPageSize: 100,
    });
    const history = await paged.updates(id);
    expect(history).toHaveLength(321);
    expect(history[0]?.note).toBe('Záznam 320');
    expect(history[320]?.kind).toBe('created');
    expect(history.map((entry) => entry.id)).toEqual(
      [...history.map((entry) => entry.id)].sort((a, b) => b - a),
    );
    expect(counter.count()).toBeLessThanOrEqual(5); // the web's URL, then 4 pages of 100
  });
});
