import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DEFAULT_CYCLE_THRESHOLDS,
  DEFAULT_NOMINATION_RULES,
  DuplicateKeyError,
  STAFF_MODEL,
  StaleVersionError,
  type CompetencyModel,
  type FeedbackCycleDraft,
  type NewNomination,
} from '@kvalita/core';
import {
  CompetencyModelsRepository,
  FeedbackCyclesRepository,
  FeedbackGoalsRepository,
  FeedbackNominationsRepository,
  FeedbackSubjectsRepository,
  StoredContentError,
} from '@kvalita/sharepoint';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import { feedbackSite, type FeedbackSite } from './feedback-site';

/*
 * Every 360 storage port against the local SharePoint: what the service writes is what it reads
 * back, stale ETags are refused with StaleVersionError and taken keys with DuplicateKeyError, and
 * nothing is written when a write is refused.
 */

let target: FeedbackSite;
const QM = 'jana.novakova@lipova.example';
const at = (local: string) => `${local}@lipova.example`;

beforeAll(async () => {
  target = await feedbackSite();
}, 60_000);
afterAll(() => target.close());

const cycleDraft = (
  model: CompetencyModel,
  overrides: Partial<FeedbackCycleDraft> = {},
): FeedbackCycleDraft => ({
  name: '360° zpětná vazba 2027',
  modelId: model.id,
  subjectEmails: [at('jiri.kucera'), at('eva.vesela')],
  departmentCodes: ['OD'],
  nominationDeadline: '2027-03-10',
  approvalDeadline: '2027-03-17',
  ratingDeadline: '2027-03-31',
  rules: DEFAULT_NOMINATION_RULES,
  thresholds: DEFAULT_CYCLE_THRESHOLDS,
  ...overrides,
});

const nomination = (email: string, group: NewNomination['group'], extra: Partial<NewNomination> = {}) =>
  ({ raterEmail: email, group, state: 'approved', source: 'directory', ...extra }) as NewNomination;

describe('competency models', () => {
  it('keep every version with its content, author and cycles; a used version freezes once', async () => {
    const models = new CompetencyModelsRepository(target.site);
    const first = await models.create('zamestnanci', 1, STAFF_MODEL, QM);
    expect(first).toMatchObject({
      modelKey: 'zamestnanci',
      version: 1,
      name: STAFF_MODEL.name,
      frozen: false,
      cycleIds: [],
      createdBy: { email: QM, displayName: 'Ing. Jana Nováková' },
    });
    expect(first.groups).toEqual(STAFF_MODEL.groups);
    expect(first.scale).toEqual(STAFF_MODEL.scale);

    const renamed = await models.update(first.id, first.etag, { ...STAFF_MODEL, name: 'Zaměstnanci 2027' });
    expect(renamed.name).toBe('Zaměstnanci 2027');
    await expect(models.update(first.id, first.etag, STAFF_MODEL)).rejects.toBeInstanceOf(StaleVersionError);

    const used = await models.markUsed(first.id, 7);
    expect(used).toMatchObject({ frozen: true, cycleIds: [7] });
    expect((await models.markUsed(first.id, 7)).etag).toBe(used.etag);
    expect((await models.markUsed(first.id, 3)).cycleIds).toEqual([3, 7]);

    await expect(models.create('zamestnanci', 1, STAFF_MODEL, QM)).rejects.toBeInstanceOf(DuplicateKeyError);
    const second = await models.create('zamestnanci', 2, STAFF_MODEL, QM);
    expect((await models.list()).map((model) => [model.modelKey, model.version])).toEqual([
      ['zamestnanci', 1],
      ['zamestnanci', 2],
    ]);
    expect(await models.get(second.id)).toEqual(second);
    expect(await models.get(9999)).toBeNull();
  });

  it('refuse content changed by hand into something that is not a model, saying where', async () => {
    const models = new CompetencyModelsRepository(target.site);
    const model = await models.create('rucni-zasah', 1, STAFF_MODEL, QM);
    await target.sp.web
      .getList('/sites/kvalita/Lists/KvalitaCompetencyModels')
      .items.getById(model.id)
      .update({ ModelContent: JSON.stringify({ description: '', scale: [], groups: [] }) });
    await expect(models.get(model.id)).rejects.toThrow(StoredContentError);
    await expect(models.get(model.id)).rejects.toThrow(/scale/);
  });
});

describe('cycles', () => {
  it('store the draft, the model version and the coordinator, and move through phases with their dates', async () => {
    const models = new CompetencyModelsRepository(target.site);
    const model = await models.create('cykly', 1, STAFF_MODEL, QM);
    const cycles = new FeedbackCyclesRepository(target.site);
    const created = await cycles.create(cycleDraft(model), model, QM);
    expect(created).toMatchObject({
      ...cycleDraft(model),
      phase: 'preparation',
      modelName: STAFF_MODEL.name,
      modelVersion: 1,
      coordinatorEmail: QM,
      coordinator: { email: QM, displayName: 'Ing. Jana Nováková' },
      subjectCount: 0,
      startedAt: null,
      releasedAt: null,
    });
    const edited = await cycles.update(
      created.id,
      created.etag,
      cycleDraft(model, { ratingDeadline: '2027-04-07' }),
    );
    expect(edited.ratingDeadline).toBe('2027-04-07');
    await expect(cycles.update(created.id, created.etag, cycleDraft(model))).rejects.toBeInstanceOf(
      StaleVersionError,
    );

    const started = await cycles.setPhase(created.id, edited.etag, 'nomination', {
      subjectCount: 590,
      at: '2027-03-01T08:00:00.000Z',
      byEmail: QM,
    });
    expect(started).toMatchObject({ phase: 'nomination', subjectCount: 590 });
    expect(started.startedAt).toMatch(/^2027-03-01T08:00:00/);
    await expect(
      cycles.setPhase(created.id, edited.etag, 'approval', { at: '2027-03-10T08:00:00Z', byEmail: QM }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    const released = await cycles.setPhase(created.id, started.etag, 'released', {
      at: '2027-04-10T08:00:00.000Z',
      byEmail: 'petr.svoboda@lipova.example',
    });
    expect(released.releasedBy).toEqual({
      email: 'petr.svoboda@lipova.example',
      displayName: 'Mgr. Petr Svoboda',
    });
    expect((await cycles.list()).map((cycle) => cycle.id)).toContain(created.id);
    expect(await cycles.get(created.id)).toEqual(released);
  });
});

describe('subjects and nominations', () => {
  const cycleId = 41;
  const subjects = () => new FeedbackSubjectsRepository(target.site);
  const nominations = () => new FeedbackNominationsRepository(target.site);

  const entries = [
    {
      subject: { email: at('jiri.kucera'), managerEmail: at('tomas.cerny'), departmentCode: 'OD' },
      nominations: [nomination(at('jiri.kucera'), 'self'), nomination(at('tomas.cerny'), 'manager')],
    },
    {
      subject: { email: at('tomas.cerny'), managerEmail: at('petr.svoboda'), departmentCode: 'OD' },
      nominations: [
        nomination(at('tomas.cerny'), 'self'),
        nomination(at('petr.svoboda'), 'manager'),
        nomination(at('jiri.kucera'), 'directReport'),
      ],
    },
    {
      subject: { email: at('eva.vesela'), managerEmail: at('martin.horak'), departmentCode: 'OV' },
      nominations: [nomination(at('eva.vesela'), 'self'), nomination(at('martin.horak'), 'manager')],
    },
  ];

  it('are added with the directory’s nominations once, however often the start is tried', async () => {
    expect(await subjects().addAll(cycleId, entries)).toBe(3);
    expect(await subjects().addAll(cycleId, entries)).toBe(0);
    const page = await subjects().page(cycleId, { pageSize: 10 });
    expect(page.total).toBe(3);
    expect(page.items.map((subject) => subject.email)).toEqual(entries.map((entry) => entry.subject.email));
    expect(page.items[0]).toMatchObject({
      cycleId,
      person: { email: at('jiri.kucera'), displayName: 'Jiří Kučera' },
      manager: { email: at('tomas.cerny'), displayName: 'Ing. Tomáš Černý' },
      managerEmail: at('tomas.cerny'),
      departmentCode: 'OD',
      departmentName: 'Odbor dopravy',
      nominationState: 'open',
    });
    const all: number[] = [];
    for await (const rows of nominations().all(cycleId)) all.push(...rows.map((row) => row.id));
    expect(all).toHaveLength(7);
  });

  it('page by ID with filters on e-mail, manager and state, and count all that match', async () => {
    const first = await subjects().page(cycleId, { pageSize: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextPage).not.toBeNull();
    const second = await subjects().page(cycleId, { pageSize: 2, page: first.nextPage ?? '' });
    expect(second.items.map((subject) => subject.email)).toEqual([at('eva.vesela')]);
    expect(second.nextPage).toBeNull();
    expect(
      (await subjects().page(cycleId, { pageSize: 5, email: 'Jiri.Kucera@lipova.example' })).items,
    ).toHaveLength(1);
    const reports = await subjects().page(cycleId, { pageSize: 5, managerEmail: at('petr.svoboda') });
    expect(reports.items.map((subject) => subject.email)).toEqual([at('tomas.cerny')]);
    expect((await subjects().page(cycleId + 1, { pageSize: 5 })).total).toBe(0);

    const jiri = first.items[0];
    if (!jiri) throw new Error('no subject');
    const submitted = await subjects().setState(jiri.id, jiri.etag, 'submitted');
    expect(submitted.nominationState).toBe('submitted');
    await expect(subjects().setState(jiri.id, jiri.etag, 'approved')).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    const waiting = await subjects().page(cycleId, { pageSize: 5, state: 'submitted' });
    expect(waiting.items.map((subject) => subject.id)).toEqual([jiri.id]);
    expect(await subjects().get(cycleId, jiri.id)).toEqual(submitted);
    expect(await subjects().get(cycleId + 1, jiri.id)).toBeNull();
  });

  it('replace the chosen raters behind the subject’s ETag, keep declines, approve and decline', async () => {
    const [jiri] = (await subjects().page(cycleId, { pageSize: 1, email: at('jiri.kucera') })).items;
    if (!jiri) throw new Error('no subject');
    const chosen = [
      nomination(at('alena.nemcova'), 'peer', { state: 'proposed', source: 'subject' }),
      nomination(at('marie.prochazkova'), 'peer', { state: 'proposed', source: 'subject' }),
      nomination(at('eva.vesela'), 'other', { state: 'proposed', source: 'subject' }),
    ];
    const after = await nominations().replaceChosen(jiri, chosen);
    expect(after.map((row) => [row.raterEmail, row.group, row.state])).toEqual([
      [at('jiri.kucera'), 'self', 'approved'],
      [at('tomas.cerny'), 'manager', 'approved'],
      [at('alena.nemcova'), 'peer', 'proposed'],
      [at('marie.prochazkova'), 'peer', 'proposed'],
      [at('eva.vesela'), 'other', 'proposed'],
    ]);
    expect(after[2]?.rater).toEqual({ email: at('alena.nemcova'), displayName: 'Alena Němcová' });
    // The same ETag again: someone else's list would be overwritten, so nothing is written.
    await expect(nominations().replaceChosen(jiri, [])).rejects.toBeInstanceOf(StaleVersionError);
    expect(await nominations().ofSubject(jiri.id)).toHaveLength(5);

    const eva = after[4];
    if (!eva) throw new Error('no nomination');
    const declined = await nominations().decline(eva.id, 'Nespolupracujeme spolu.');
    expect(declined).toMatchObject({ state: 'declined', declineReason: 'Nespolupracujeme spolu.' });

    const current = await subjects().get(cycleId, jiri.id);
    if (!current) throw new Error('no subject');
    const changed = await nominations().replaceChosen(current, [
      nomination(at('alena.nemcova'), 'other', { state: 'proposed', source: 'manager' }),
    ]);
    expect(changed.map((row) => [row.raterEmail, row.group, row.state, row.source])).toEqual([
      [at('jiri.kucera'), 'self', 'approved', 'directory'],
      [at('tomas.cerny'), 'manager', 'approved', 'directory'],
      [at('alena.nemcova'), 'other', 'proposed', 'manager'],
      [at('eva.vesela'), 'other', 'declined', 'subject'],
    ]);

    await nominations().approveAll(jiri.id);
    expect((await nominations().ofSubject(jiri.id)).map((row) => row.state)).toEqual([
      'approved',
      'approved',
      'approved',
      'declined',
    ]);
    expect((await nominations().ofRater(at('alena.nemcova'))).map((row) => row.subjectEmail)).toEqual([
      at('jiri.kucera'),
    ]);
    expect(await nominations().ofRater(at('alena.nemcova'), cycleId + 1)).toEqual([]);
  });

  it('go with an erased rater or subject, leaving everyone else’s', async () => {
    expect(await nominations().removeOfRater(at('jiri.kucera'))).toBe(2);
    expect(await nominations().ofRater(at('jiri.kucera'))).toEqual([]);
    const [eva] = (await subjects().page(cycleId, { pageSize: 1, email: at('eva.vesela') })).items;
    if (!eva) throw new Error('no subject');
    await subjects().remove(eva.id);
    await subjects().remove(eva.id);
    expect(await subjects().get(cycleId, eva.id)).toBeNull();
    expect(await nominations().ofSubject(eva.id)).toEqual([]);
    expect((await subjects().page(cycleId, { pageSize: 10 })).total).toBe(2);
    const left: string[] = [];
    for await (const rows of nominations().all(cycleId)) left.push(...rows.map((row) => row.raterEmail));
    expect(left.sort()).toEqual(
      [
        at('alena.nemcova'),
        at('eva.vesela'),
        at('petr.svoboda'),
        at('tomas.cerny'),
        at('tomas.cerny'),
      ].sort(),
    );
  });
});

describe('development goals', () => {
  it('are added, changed and removed with their ETag', async () => {
    const goals = new FeedbackGoalsRepository(target.site);
    const added = await goals.add(41, 5, {
      competencyKey: 'komunikace',
      text: 'Vést porady s jasným zápisem úkolů.',
      dueDate: '2027-06-30',
      link: { kind: 'training', title: 'Efektivní porady', url: 'https://vzdelavani.example/porady' },
    });
    expect(added).toMatchObject({
      cycleId: 41,
      subjectId: 5,
      dueDate: '2027-06-30',
      competencyKey: 'komunikace',
    });
    const changed = await goals.update(added.id, added.etag, {
      competencyKey: 'komunikace',
      text: 'Vést porady s jasným zápisem úkolů a termínů.',
      dueDate: null,
      link: { kind: 'measure', measureId: 12 },
    });
    expect(changed).toMatchObject({ dueDate: null, link: { kind: 'measure', measureId: 12 } });
    await expect(
      goals.update(added.id, added.etag, {
        competencyKey: 'x',
        text: 'x',
        dueDate: null,
        link: { kind: 'none' },
      }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await expect(goals.remove(added.id, added.etag)).rejects.toBeInstanceOf(StaleVersionError);
    expect(await goals.ofSubject(5)).toEqual([changed]);
    await goals.add(41, 5, {
      competencyKey: 'spoluprace',
      text: 'Sdílet postupy.',
      dueDate: null,
      link: { kind: 'none' },
    });
    await goals.remove(changed.id, changed.etag);
    expect((await goals.ofSubject(5)).map((goal) => goal.text)).toEqual(['Sdílet postupy.']);
    expect(await goals.removeOfSubject(5)).toBe(1);
    expect(await goals.ofSubject(5)).toEqual([]);
  });
});
