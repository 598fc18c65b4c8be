import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StaleVersionError, type Campaign, type Checklist, type NewEvaluation } from '@kvalita/core';
import {
  MysteryCampaignsRepository,
  MysteryChecklistsRepository,
  MysteryEvaluationsRepository,
  MysteryFilesRepository,
  MysteryFindingsRepository,
  mysteryCampaignsList,
  mysteryChecklistsList,
  mysteryEvaluationsList,
  mysteryFilesLibrary,
  mysteryFindingsList,
  type ListSchema,
} from '@kvalita/sharepoint';
import { RequestCounter } from '../../support/request-counter';
import { asPerson, feedbackSite, type FeedbackSite } from '../../feedback/contract/feedback-site';
import { campaignDraft, phoneChecklist } from '../api/mystery-api-flow';

/*
 * Mystery shopping's stores on the local SharePoint: what the service writes reads back whole, a
 * stale etag loses nothing, a campaign of 2,000 sheets reads in one round trip, and no ordinary
 * member of the site — a clerk of a department visited among them — reads or changes any of it
 * through SharePoint's REST directly (rule 9).
 */

const MYSTERY_LISTS: readonly ListSchema[] = [
  mysteryChecklistsList,
  mysteryCampaignsList,
  mysteryEvaluationsList,
  mysteryFilesLibrary,
  mysteryFindingsList,
];
const MEMBER = 'jiri.kucera@lipova.example';
const counter = RequestCounter();
let target: FeedbackSite;
let checklist: Checklist;
let campaign: Campaign;

const sheet = (index: number): NewEvaluation => ({
  departmentCode: 'OD',
  servicePointKey: 'od-phone',
  scenarioKey: 'registrace',
  evaluatorEmail: 'alena.nemcova@lipova.example',
  evaluatorName: 'Alena Němcová',
  week: `2027-W${String((index % 52) + 1).padStart(2, '0')}`,
  channel: 'phone',
  checklistId: checklist.id,
  history: [{ status: 'planned', at: '2026-12-01T08:00:00Z', by: null, comment: '' }],
});

beforeAll(async () => {
  target = await feedbackSite(MYSTERY_LISTS, counter);
  checklist = await new MysteryChecklistsRepository(target.site).create(phoneChecklist, null);
  campaign = await new MysteryCampaignsRepository(target.site).create(campaignDraft(checklist.id), {
    email: 'jana.novakova@lipova.example',
    displayName: 'Ing. Jana Nováková',
  });
}, 60_000);
afterAll(() => target.close());

describe('mystery shopping’s stores on the local SharePoint', () => {
  it('keep a checklist and a campaign whole, and refuse a stale etag without losing the stored one', async () => {
    const checklists = new MysteryChecklistsRepository(target.site);
    expect(await checklists.get(checklist.id)).toMatchObject({
      ...phoneChecklist,
      familyId: checklist.id,
      version: 1,
      frozen: false,
    });
    const renamed = await checklists.update(checklist.id, checklist.etag, {
      ...phoneChecklist,
      name: 'Telefonát 2027',
    });
    await expect(
      checklists.update(checklist.id, checklist.etag, { ...phoneChecklist, name: 'Přepsáno' }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect((await checklists.get(checklist.id))?.name).toBe('Telefonát 2027');
    const next = await checklists.create(renamed, { familyId: renamed.familyId, version: 2 });
    await checklists.mark(renamed.id, { frozen: true, superseded: true });
    expect(await checklists.get(renamed.id)).toMatchObject({ frozen: true, superseded: true });
    expect(next).toMatchObject({ familyId: checklist.id, version: 2 });

    const campaigns = new MysteryCampaignsRepository(target.site);
    const stored = await campaigns.get(campaign.id);
    expect(stored).toMatchObject({
      ...campaignDraft(checklist.id),
      status: 'preparation',
      createdBy: { email: 'jana.novakova@lipova.example' },
    });
    const running = await campaigns.setStatus(
      campaign.id,
      campaign.etag,
      'running',
      '2026-12-01T09:00:00.000Z',
    );
    expect(running).toMatchObject({ status: 'running', startedAt: '2026-12-01T09:00:00Z' });
    await expect(
      campaigns.setStatus(campaign.id, campaign.etag, 'closed', '2026-12-02T09:00:00Z'),
    ).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('plans 2,000 sheets in $batch and reads the campaign’s sheets back in one round trip', async () => {
    const sheets = new MysteryEvaluationsRepository(target.site);
    const created = await sheets.create(
      campaign.id,
      Array.from({ length: 2000 }, (_, index) => sheet(index)),
    );
    expect(created).toHaveLength(2000);
    counter.reset();
    const all = await sheets.forCampaign(campaign.id);
    expect([all.length, counter.count()]).toEqual([2000, 1]);
    expect(all[0]).toMatchObject({
      status: 'planned',
      evaluator: { email: 'alena.nemcova@lipova.example', displayName: 'Alena Němcová' },
      channel: 'phone',
    });
    expect((await sheets.forEvaluator('Alena.Nemcova@lipova.example')).length).toBe(2000);
  }, 120_000);

  it('changes a sheet under its etag and appends to its history', async () => {
    const sheets = new MysteryEvaluationsRepository(target.site);
    const [first] = await sheets.create(campaign.id, [sheet(0)]);
    const record = {
      contactAt: '2027-01-05T09:00:00+01:00',
      answeredAt: null,
      items: { 'fc-answer': { answer: 'yes' as const, note: 'Bez čekání.' } },
      waitMinutes: 1,
      rings: 2,
      answerCorrect: true,
      generalNote: '',
    };
    const score = {
      score: 100,
      rawScore: 100,
      failedCritical: [],
      sections: { firstContact: 100 },
      replyHours: null,
      lateReply: false,
    };
    const saved = await sheets.change(first!.id, first!.etag, {
      status: 'draft',
      record,
      score,
      historyEntry: {
        status: 'draft',
        at: '2027-01-05T10:00:00Z',
        by: { email: 'alena.nemcova@lipova.example', displayName: 'Alena Němcová' },
        comment: '',
      },
    });
    expect(saved).toMatchObject({ status: 'draft', record, score });
    expect(saved.history.map((entry) => entry.status)).toEqual(['planned', 'draft']);
    await expect(sheets.change(first!.id, first!.etag, { status: 'submitted' })).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect((await sheets.get(first!.id))?.status).toBe('draft');
    await sheets.remove(saved.id, saved.etag);
    expect(await sheets.get(saved.id)).toBeNull();
  });

  it('keeps a sheet’s files under generated names, and its findings', async () => {
    const files = new MysteryFilesRepository(target.site);
    const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const added = await files.add(7, 'čekárna <1>.jpg', 'image/jpeg', photo);
    expect(await files.list(7)).toEqual([added]);
    const read = await files.content(7, added.id);
    expect([read?.file.name, [...(read?.content ?? [])]]).toEqual(['čekárna <1>.jpg', [...photo]]);
    expect(await files.content(8, added.id)).toBeNull();
    await files.remove(7, added.id);
    expect(await files.list(7)).toEqual([]);

    const findings = new MysteryFindingsRepository(target.site);
    const finding = await findings.create({
      campaignId: campaign.id,
      departmentCode: 'OD',
      title: 'Představení útvarem',
      evaluationIds: [3, 4],
      itemKeys: ['co-polite'],
      measureId: 12,
      owner: { email: 'tomas.cerny@lipova.example', displayName: 'Ing. Tomáš Černý' },
    });
    expect(await findings.forCampaign(campaign.id)).toEqual([finding]);
    expect(finding).toMatchObject({
      evaluationIds: [3, 4],
      measureId: 12,
      owner: { email: 'tomas.cerny@lipova.example' },
    });
  });
});

const pathOf = (list: ListSchema) =>
  `web/getlist('/sites/kvalita/${list.template === 'documentLibrary' ? '' : 'Lists/'}${list.urlName}')`;

describe.each(MYSTERY_LISTS.map((list) => [list.urlName, list] as const))(
  '%s, as an ordinary member going to REST',
  (_name, list) => {
    it('is the service’s alone: 403 to read, add, change and delete', async () => {
      expect(list.permissions).toBe('serviceOnly');
      if (list === mysteryFilesLibrary)
        await new MysteryFilesRepository(target.site).add(9, 'a.pdf', 'application/pdf', new Uint8Array([1]));
      const [row] = await target.sp.web
        .getList(`/sites/kvalita/${list.template === 'documentLibrary' ? '' : 'Lists/'}${list.urlName}`)
        .items.select('Id')
        .top(1)<{ Id: number }[]>();
      const id = row?.Id ?? 1;
      const member = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
        asPerson(target.emulator, MEMBER, method, path, body, headers).then((reply) => reply.status);
      expect(await member('GET', `${pathOf(list)}/items`)).toBe(403);
      expect(await member('GET', `${pathOf(list)}/items(${id})`)).toBe(403);
      expect(await member('POST', `${pathOf(list)}/items`, { Title: 'ruční zápis' })).toBe(403);
      expect(
        await member(
          'POST',
          `${pathOf(list)}/items(${id})`,
          { Title: 'změněno' },
          { 'X-HTTP-Method': 'MERGE', 'If-Match': '*' },
        ),
      ).toBe(403);
      expect(
        await member('POST', `${pathOf(list)}/items(${id})`, undefined, {
          'X-HTTP-Method': 'DELETE',
          'If-Match': '*',
        }),
      ).toBe(403);
      if (row) {
        const [still] = await target.sp.web
          .getList(`/sites/kvalita/${list.template === 'documentLibrary' ? '' : 'Lists/'}${list.urlName}`)
          .items.select('Id')
          .filter(`Id eq ${id}`)<{ Id: number }[]>();
        expect(still?.Id).toBe(id);
      }
    });
  },
);
