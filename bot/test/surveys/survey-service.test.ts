import { beforeEach, describe, expect, it } from '@jest/globals';
import { SurveyService } from '../../src/surveys/survey-service';
import { openedWaves } from '../../src/surveys/survey-waves';
import {
  MemorySurveys,
  departmentsOf,
  director,
  employee,
  qualityManager,
  sampleDraft,
  seededRandom,
} from './fakes';

const NOW = new Date('2026-11-22T10:00:00Z'); // Sunday
let store: MemorySurveys;
let service: SurveyService;
let previewed: { locale: string; key: string; wave: number }[];
let changed: string[];
let remindersRemoved: string[];
/** Waves sealed, with the survey's status at that moment. */
let sealed: { key: string; waves: readonly number[]; status: string | undefined }[];

beforeEach(() => {
  store = new MemorySurveys(() => NOW);
  previewed = [];
  changed = [];
  remindersRemoved = [];
  sealed = [];
  service = new SurveyService({
    surveys: store,
    departments: departmentsOf([
      ['KT', 'Kancelář tajemníka'],
      ['OD', 'Odbor dopravy'],
    ]),
    previewCard: (locale, survey, wave) => {
      previewed.push({ locale, key: survey.key, wave: wave.number });
      return { type: 'AdaptiveCard', title: survey.title.cs };
    },
    now: () => NOW,
    random: seededRandom(),
    onSurveyChanged: (key) => changed.push(key),
    removeReminders: async (key, wave) => {
      remindersRemoved.push(`${key}#${wave}`);
      return 1;
    },
    seals: {
      sealWaves: async (key, waves) => {
        sealed.push({ key, waves, status: (await store.get(key))?.status });
        return new Map();
      },
    },
  });
});

describe('survey authoring', () => {
  it('creates a draft under a fresh srv- key, owned by the quality manager', async () => {
    const survey = await service.create(qualityManager, { draft: sampleDraft() });
    expect(survey.key).toMatch(/^srv-[a-z0-9]{8}$/);
    expect(survey).toMatchObject({ status: 'draft', currentWave: 0, ownerEmail: qualityManager.email });
  });

  it('lets only the quality manager write, and the director read', async () => {
    await expect(service.create(director, { draft: sampleDraft() })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(service.create(employee, { draft: sampleDraft() })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const survey = await service.create(qualityManager, { draft: sampleDraft() });
    await expect(service.list(director)).resolves.toHaveLength(1);
    await expect(service.list(employee)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.detail(employee, survey.key)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.publish(director, survey.key, { etag: survey.etag })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(() => service.templates(director)).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('refuses an unknown department, naming it', async () => {
    await expect(
      service.create(qualityManager, {
        draft: sampleDraft({ audience: { kind: 'departments', departmentCodes: ['KT', 'XYZ'] } }),
      }),
    ).rejects.toMatchObject({ code: 'badRequest', params: { details: expect.stringContaining('XYZ') } });
  });

  it('stores HTML and markdown in a title as plain text', async () => {
    const injection = '<img src=x onerror=alert(1)> **tučně** [odkaz](javascript:alert(1))';
    const survey = await service.create(qualityManager, {
      draft: sampleDraft({ title: { cs: injection, en: injection } }),
    });
    expect((await service.detail(director, survey.key)).survey.title.cs).toBe(injection);
  });

  it('edits a draft with its etag; a stale etag is a conflict', async () => {
    const survey = await service.create(qualityManager, { draft: sampleDraft() });
    const edited = await service.update(qualityManager, survey.key, {
      draft: sampleDraft({ title: { cs: 'Nový název', en: 'New title' } }),
      etag: survey.etag,
    });
    expect(edited.title.cs).toBe('Nový název');
    await expect(
      service.update(qualityManager, survey.key, { draft: sampleDraft(), etag: survey.etag }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('moves draft → scheduled → closed, and refuses steps out of order', async () => {
    const draft = await service.create(qualityManager, { draft: sampleDraft() });
    await expect(service.close(qualityManager, draft.key, { etag: draft.etag })).rejects.toMatchObject({
      code: 'conflict',
    });
    const scheduled = await service.publish(qualityManager, draft.key, { etag: draft.etag });
    expect(scheduled.status).toBe('scheduled');
    await expect(
      service.update(qualityManager, draft.key, { draft: sampleDraft(), etag: scheduled.etag }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(service.remove(qualityManager, draft.key, scheduled.etag)).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(service.publish(qualityManager, draft.key, { etag: scheduled.etag })).rejects.toMatchObject({
      code: 'conflict',
    });
    const closed = await service.close(qualityManager, draft.key, { etag: scheduled.etag });
    expect(closed.status).toBe('closed');
  });

  it('keeps the waves the schedule had opened when a survey closes before the scheduler recorded them', async () => {
    // Published after wave 1 opened (16 Nov, by the schedule): the chat takes answers for it at
    // once, but the scheduler has not run yet (currentWave 0) when the quality manager closes it.
    const draft = await service.create(qualityManager, { draft: sampleDraft() });
    const scheduled = await service.publish(qualityManager, draft.key, { etag: draft.etag });
    expect(scheduled.currentWave).toBe(0);
    const closed = await service.close(qualityManager, draft.key, { etag: scheduled.etag });
    expect(closed.currentWave).toBe(1);
    // The results read the waves that opened: the answers given in wave 1 are counted.
    expect(openedWaves(closed, NOW).map((wave) => wave.number)).toEqual([1]);
  });

  it('seals the opened waves before the survey reads as closed; a stale close seals nothing', async () => {
    const draft = await service.create(qualityManager, { draft: sampleDraft() });
    const scheduled = await service.publish(qualityManager, draft.key, { etag: draft.etag });
    await expect(service.close(qualityManager, draft.key, { etag: draft.etag })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(sealed).toEqual([]);
    await service.close(qualityManager, draft.key, { etag: scheduled.etag });
    expect(sealed).toEqual([{ key: draft.key, waves: [1], status: 'scheduled' }]);
  });

  it('tells the chat a survey was closed, so its cache stops taking answers at once', async () => {
    const draft = await service.create(qualityManager, { draft: sampleDraft() });
    const scheduled = await service.publish(qualityManager, draft.key, { etag: draft.etag });
    await expect(service.close(qualityManager, draft.key, { etag: draft.etag })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(changed).toEqual([]);
    await service.close(qualityManager, draft.key, { etag: scheduled.etag });
    expect(changed).toEqual([draft.key]);
  });

  it('deletes the reminder rows of the running wave when a survey is closed by hand', async () => {
    const draft = await service.create(qualityManager, { draft: sampleDraft() });
    const scheduled = await service.publish(qualityManager, draft.key, { etag: draft.etag });
    await service.close(qualityManager, draft.key, { etag: scheduled.etag });
    expect(remindersRemoved).toEqual([]); // no wave had opened: nothing to delete
    const second = await service.create(qualityManager, { draft: sampleDraft() });
    const published = await service.publish(qualityManager, second.key, { etag: second.etag });
    const running = await store.setState(second.key, { status: 'open', currentWave: 2 }, published.etag);
    await service.close(qualityManager, second.key, { etag: running.etag });
    expect(remindersRemoved).toEqual([`${second.key}#2`]);
  });

  it('does not publish a schedule whose every wave has already closed', async () => {
    const survey = await service.create(qualityManager, {
      draft: sampleDraft({
        schedule: {
          recurrence: 'once',
          opensAt: '2026-10-01T06:00:00.000Z',
          waveDays: 7,
          endsAt: null,
          reminderAfterDays: null,
        },
      }),
    });
    await expect(service.publish(qualityManager, survey.key, { etag: survey.etag })).rejects.toMatchObject({
      code: 'badRequest',
    });
  });

  it('deletes drafts only, with the current etag', async () => {
    const survey = await service.create(qualityManager, { draft: sampleDraft() });
    await expect(service.remove(qualityManager, survey.key, '"0"')).rejects.toMatchObject({
      code: 'conflict',
    });
    await service.remove(qualityManager, survey.key, survey.etag);
    await expect(service.detail(qualityManager, survey.key)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('answers 404 for unknown and malformed keys', async () => {
    await expect(service.detail(qualityManager, 'srv-zzzzzzzz')).rejects.toMatchObject({ code: 'notFound' });
    await expect(service.detail(qualityManager, "x' or 1 eq 1")).rejects.toMatchObject({ code: 'notFound' });
  });
});

describe('survey list, detail, templates and preview', () => {
  it('lists newest first with the open and the next wave', async () => {
    const first = await service.create(qualityManager, { draft: sampleDraft() });
    store.rows.set(first.key, { ...first, createdAt: '2026-11-01T00:00:00.000Z' });
    const second = await service.create(qualityManager, { draft: sampleDraft() });
    const published = await service.publish(qualityManager, second.key, { etag: second.etag });
    const list = await service.list(qualityManager);
    expect(list.map((summary) => summary.key)).toEqual([second.key, first.key]);
    // Wave 1 opened Monday 16 Nov and closed after 5 days; wave 2 opens Monday 23 Nov 08:00 Prague.
    expect(list[0]).toMatchObject({
      status: 'scheduled',
      questionCount: 5,
      openWave: null,
      nextWave: { number: 2, opensAt: '2026-11-23T07:00:00.000Z' },
      etag: published.etag,
    });
    expect(list[1]).toMatchObject({ status: 'draft', openWave: null, nextWave: null });
  });

  it('shows the waves opened so far and the next one', async () => {
    const survey = await service.create(qualityManager, { draft: sampleDraft() });
    const published = await service.publish(qualityManager, survey.key, { etag: survey.etag });
    store.rows.set(survey.key, { ...published, status: 'open', currentWave: 1 });
    const { waves } = await service.detail(director, survey.key);
    expect(waves.map((wave) => wave.number)).toEqual([1, 2]);
  });

  it('offers every template as a draft opening next Monday 08:00 in Prague', () => {
    const templates = service.templates(qualityManager);
    expect(templates.map((template) => template.id)).toEqual(
      expect.arrayContaining(['wellbeing', 'enps', 'workload', 'clientOrientation']),
    );
    for (const template of templates)
      expect(template.draft.schedule.opensAt).toBe('2026-11-23T07:00:00.000Z');
  });

  it('previews wave 1 of an unsaved draft in the asked language', async () => {
    const card = await service.preview(qualityManager, { draft: sampleDraft(), locale: 'en' });
    expect(card).toEqual({ type: 'AdaptiveCard', title: 'Jak se máme' });
    expect(previewed).toEqual([{ locale: 'en', key: 'srv-preview0', wave: 1 }]);
    await expect(service.preview(director, { draft: sampleDraft(), locale: 'cs' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
