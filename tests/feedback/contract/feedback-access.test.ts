import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STAFF_MODEL, sealedAnswerBytes } from '@kvalita/core';
import {
  CompetencyModelsRepository,
  FeedbackAnswersRepository,
  FeedbackCyclesRepository,
  FeedbackDeliveriesRepository,
  FeedbackGoalsRepository,
  FeedbackSubjectsRepository,
  competencyModelsList,
  feedbackAnswersList,
  feedbackCyclesList,
  feedbackDeliveriesList,
  feedbackGoalsList,
  feedbackNominationsList,
  feedbackSubjectsList,
  type ListSchema,
} from '@kvalita/sharepoint';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import { TEST_ANSWER_BOX } from '../../support/answer-box';
import { asPerson, feedbackSite, respondentKeyOf, subjectKeyOf, type FeedbackSite } from './feedback-site';

/*
 * Nobody goes around the service's rules in SharePoint itself (rule 9). Jiří Kučera, an ordinary
 * member of the site, goes to SharePoint's REST API directly with his own account: who rates whom,
 * the answers, the cards sent and the goals are the service's alone (403 to read and to write);
 * the models and cycles he may read but not change.
 */

let target: FeedbackSite;
const MEMBER = 'jiri.kucera@lipova.example';
const SERVICE = 'kvalita-service@kvalita.local';
const at = (local: string) => `${local}@lipova.example`;
const listPath = (list: ListSchema) => `web/getlist('/sites/kvalita/Lists/${list.urlName}')`;

beforeAll(async () => {
  target = await feedbackSite();
  // One row in every list, written by the service.
  const model = await new CompetencyModelsRepository(target.site).create(
    'pristup',
    1,
    STAFF_MODEL,
    at('jana.novakova'),
  );
  const cycle = await new FeedbackCyclesRepository(target.site).create(
    {
      name: 'Cyklus 2027',
      modelId: model.id,
      subjectEmails: [MEMBER],
      departmentCodes: [],
      nominationDeadline: '2027-03-10',
      approvalDeadline: '2027-03-17',
      ratingDeadline: '2027-03-31',
      rules: { directReport: { min: 0, max: 10 }, peer: { min: 3, max: 6 }, other: { min: 0, max: 4 } },
      thresholds: { group: 3, comments: 3, raterLoad: 8 },
    },
    model,
    at('jana.novakova'),
  );
  await new FeedbackSubjectsRepository(target.site).addAll(cycle.id, [
    {
      subject: { email: MEMBER, managerEmail: at('tomas.cerny'), departmentCode: 'OD' },
      nominations: [
        { raterEmail: MEMBER, group: 'self', state: 'approved', source: 'directory' },
        { raterEmail: at('tomas.cerny'), group: 'manager', state: 'approved', source: 'directory' },
      ],
    },
  ]);
  const subjectKey = subjectKeyOf(cycle.id, MEMBER);
  await new FeedbackAnswersRepository(target.site, TEST_ANSWER_BOX).add(
    cycle.id,
    subjectKey,
    respondentKeyOf(cycle.id, subjectKey, at('tomas.cerny')),
    { group: 'manager', ratings: {}, comments: {} },
    sealedAnswerBytes(STAFF_MODEL),
  );
  await new FeedbackGoalsRepository(target.site).add(cycle.id, 1, {
    competencyKey: 'komunikace',
    text: 'Cíl',
    dueDate: null,
    link: { kind: 'none' },
  });
  await new FeedbackDeliveriesRepository(target.site).plan([
    {
      kind: 'ratingRequest',
      cycleId: cycle.id,
      subjectId: 1,
      occasion: '-',
      recipientEmail: at('tomas.cerny'),
    },
  ]);
}, 60_000);
afterAll(() => target.close());

const firstId = async (list: ListSchema) => {
  const [row] = await target.sp.web.getList(`/sites/kvalita/Lists/${list.urlName}`).items.select('Id').top(1)<
    { Id: number }[]
  >();
  if (!row) throw new Error(`${list.urlName} is empty`);
  return row.Id;
};

const writes = async (list: ListSchema) => {
  const id = await firstId(list);
  const member = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    asPerson(target.emulator, MEMBER, method, path, body, headers).then((reply) => reply.status);
  return {
    add: await member('POST', `${listPath(list)}/items`, { Title: 'ruční zápis' }),
    update: await member(
      'POST',
      `${listPath(list)}/items(${id})`,
      { Title: 'změněno' },
      {
        'X-HTTP-Method': 'MERGE',
        'If-Match': '*',
      },
    ),
    remove: await member('POST', `${listPath(list)}/items(${id})`, undefined, {
      'X-HTTP-Method': 'DELETE',
      'If-Match': '*',
    }),
  };
};

describe.each(
  [
    feedbackSubjectsList,
    feedbackNominationsList,
    feedbackAnswersList,
    feedbackDeliveriesList,
    feedbackGoalsList,
  ].map((list) => [list.urlName, list] as const),
)('%s, as an ordinary member going to REST', (_name, list) => {
  it('is the service’s alone: 403 to read, add, change and delete', async () => {
    expect(list.permissions).toBe('serviceOnly');
    const id = await firstId(list);
    expect((await asPerson(target.emulator, MEMBER, 'GET', `${listPath(list)}/items`)).status).toBe(403);
    expect((await asPerson(target.emulator, MEMBER, 'GET', `${listPath(list)}/items(${id})`)).status).toBe(
      403,
    );
    expect(await writes(list)).toEqual({ add: 403, update: 403, remove: 403 });
    // The row is still there for the service.
    expect(await firstId(list)).toBe(id);
  });
});

describe.each([competencyModelsList, feedbackCyclesList].map((list) => [list.urlName, list] as const))(
  '%s, as an ordinary member going to REST',
  (_name, list) => {
    it('reads the rows, and may not add, change or delete one', async () => {
      expect(list.permissions).toBe('readOnlyForPeople');
      const read = await asPerson(target.emulator, MEMBER, 'GET', `${listPath(list)}/items?$select=Id,Title`);
      expect(read.status).toBe(200);
      expect((read.json as { value: unknown[] }).value).toHaveLength(1);
      expect(await writes(list)).toEqual({ add: 403, update: 403, remove: 403 });
      // The same request by the service's account is taken: the refusal is the member's rights.
      const control = await asPerson(
        target.emulator,
        SERVICE,
        'POST',
        `${listPath(list)}/items(${await firstId(list)})`,
        {
          Title: (
            await target.sp.web.getList(`/sites/kvalita/Lists/${list.urlName}`).items.select('Title').top(1)<
              { Title: string }[]
            >()
          )[0]?.Title,
        },
        { 'X-HTTP-Method': 'MERGE', 'If-Match': '*' },
      );
      expect(control.status).toBe(204);
      const [row] = await target.sp.web
        .getList(`/sites/kvalita/Lists/${list.urlName}`)
        .items.select('Title')
        .top(1)<{ Title: string }[]>();
      expect(row?.Title).not.toBe('změněno');
    });
  },
);
