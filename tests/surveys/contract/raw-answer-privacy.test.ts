import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hmacRespondentKeyer, type Identity } from '@kvalita/bot';
import type { Survey } from '@kvalita/core';
import {
  SurveysRepository,
  departmentsList,
  provisionLists,
  surveyDeliveriesList,
  surveyQuestionsList,
  surveyResponsesList,
  surveysList,
} from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { TEST_RESPONDENT_SECRET } from '../../support/answer-box';
import { sampleSurveyDraft, surveyQuestion } from '../../support/survey-draft';
import { siteAdminAttribution, type RawRow } from '../../support/site-admin-attack';
import { surveyInstance } from '../../support/survey-instance';

/**
 * What a site collection administrator reads from the raw answer list. Twelve people of a large
 * department, five of another and three of a three-person section answer a scale and a comment;
 * the administrator groups the rows of one submit (adjacent IDs, the same Created second) and ties
 * each comment to the department of its neighbours. Nothing of an answer may be readable: no
 * comment, no score, no department, not even a length that differs between rows of one question.
 */
const DURING = new Date('2027-05-04T10:00:00Z');
const QM: Identity = {
  email: 'jana.novakova@lipova.example',
  displayName: 'Jana',
  roles: ['qualityManager'],
};
const keyer = hmacRespondentKeyer(TEST_RESPONDENT_SECRET);

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, surveysList, surveyQuestionsList, surveyResponsesList, surveyDeliveriesList],
  });
}, 60_000);
afterAll(() => target.close());

async function openSurvey(key: string): Promise<Survey> {
  const surveys = new SurveysRepository(target.site);
  const created = await surveys.create({
    key,
    ownerEmail: null,
    draft: sampleSurveyDraft(
      { recurrence: 'once', opensAt: '2027-05-03T07:00:00.000Z', waveDays: 5, reminderAfterDays: null },
      {
        questions: [
          surveyQuestion('q1', 'scale5', { cs: 'Jak se vám daří?', en: 'How are you?' }),
          surveyQuestion('q2', 'text', { cs: 'Co zlepšit?', en: 'What to improve?' }),
        ],
      },
    ),
  });
  return surveys.setState(key, { status: 'open', currentWave: 1 }, created.etag);
}

const person = (index: number, departmentCode: string) => ({
  personId: `00000000-0000-0000-0000-${index.toString().padStart(12, '0')}`,
  departmentCode,
});
/** Comments of very different lengths, some empty: length must tell nothing either. */
const comment = (index: number) =>
  index % 4 === 0 ? '' : `Komentář číslo ${index}: ${'víc oken na podatelně '.repeat(index % 7)}`.trim();

describe('the raw answer list as a site collection administrator reads it', () => {
  it('ties no comment, score or department to anyone, and results still show them', async () => {
    const survey = await openSurvey('srv-rawpriv1');
    const { answering, departments, service, results } = surveyInstance(target.connect(), keyer, DURING);
    const people = [
      ...Array.from({ length: 12 }, (_, index) => ({ index: index + 1, department: 'OSV' })),
      ...[13, 14, 15].map((index) => ({ index, department: 'SEK' })),
      ...[16, 17, 18, 19, 20].map((index) => ({ index, department: 'OD' })),
    ];
    for (const { index, department } of people) {
      const outcome = await answering().answer(
        {
          verb: 'kvalita.survey.answer',
          surveyKey: survey.key,
          wave: '1',
          answer_q1: String((index % 5) + 1),
          answer_q2: comment(index),
        },
        person(index, department),
      );
      expect(outcome.kind).toBe('stored');
    }

    // The site administrator's view: every column of every row, as SharePoint's REST gives them.
    const raw = (await target.sp.web
      .getList('/sites/kvalita/Lists/KvalitaSurveyResponses')
      .items.filter(`SurveyKey eq '${survey.key}'`)
      .top(5000)()) as RawRow[];
    expect(raw).toHaveLength(40);
    const everything = JSON.stringify(raw);
    for (const { index } of people)
      if (comment(index) !== '') expect(everything).not.toContain(comment(index));
    expect(everything).not.toMatch(/Komentář|oken/);
    expect(everything).not.toMatch(/"(OSV|SEK|OD)"/);
    for (const row of raw)
      expect([row['Score'] ?? null, row['DepartmentCode'] ?? null, row['TextAnswer'] ?? null]).toEqual([
        null,
        null,
        null,
      ]);
    for (const question of ['q1', 'q2']) {
      const lengths = new Set(
        raw.filter((row) => row['QuestionKey'] === question).map((row) => String(row['SealedAnswer']).length),
      );
      expect(lengths.size).toBe(1);
    }
    // The attack of the report: group a submit's rows, tie its comment to its neighbours' department.
    expect(siteAdminAttribution(raw)).toEqual({ attributed: 0, readable: 0 });

    // The service still reads them: the closed wave shows all comments and the department figures.
    await departments.upsert({ code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null });
    await departments.upsert({ code: 'SEK', name: 'Sekretariát', parentCode: null });
    await departments.upsert({ code: 'OD', name: 'Odbor dopravy', parentCode: null });
    await service.close(QM, survey.key, { etag: (await service.find(survey.key)).etag });
    const [wave] = (await results.results(await service.find(survey.key))).waves;
    expect(wave?.respondents).toBe(20);
    const texts = wave?.questions[1]?.texts ?? [];
    expect([...texts].sort()).toEqual(
      people
        .map(({ index }) => comment(index))
        .filter((text) => text !== '')
        .sort(),
    );
    const osv = wave?.departments.find((department) => department.code === 'OSV');
    expect([osv?.hidden, osv?.respondents]).toEqual([false, 12]);
    // The three-person section is hidden, and with it the next smallest department (complementary).
    const hidden = wave?.departments
      .filter((department) => department.hidden)
      .map((department) => department.code);
    expect(hidden?.sort()).toEqual(['OD', 'SEK']);
  }, 60_000);
});
