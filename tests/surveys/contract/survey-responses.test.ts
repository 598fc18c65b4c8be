import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  SurveyResponsesRepository,
  provisionLists,
  surveyResponsesList,
  type AnswerRow,
  SiteContext,
} from '@kvalita/sharepoint';
import '@pnp/sp/items';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';
import { TEST_ANSWER_BOX } from '../../support/answer-box';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs', lists: [surveyResponsesList] });
}, 60_000);
afterAll(() => target.close());

const RESPONSES = '/sites/kvalita/Lists/KvalitaSurveyResponses';

/** A stand-in for the service's keyed hash: distinct per survey, wave, question and person. */
const key = (survey: string, wave: number, question: string, person: string) =>
  `${survey}.${wave}.${question}.${person}.`.padEnd(40, '0');

function submit(survey: string, wave: number, person: string, department: string | null): AnswerRow[] {
  return [
    {
      questionKey: 'q1',
      respondentKey: key(survey, wave, 'q1', person),
      score: 4,
      choice: null,
      text: null,
      departmentCode: department,
    },
    {
      questionKey: 'q2',
      respondentKey: key(survey, wave, 'q2', person),
      score: null,
      choice: '0;2',
      text: null,
      departmentCode: department,
    },
    {
      questionKey: 'q3',
      respondentKey: key(survey, wave, 'q3', person),
      score: null,
      choice: null,
      text: null,
      departmentCode: department,
    },
  ];
}

async function rowsOf(survey: string): Promise<{ QuestionKey: string }[]> {
  return target.sp.web
    .getList(RESPONSES)
    .items.select('QuestionKey')
    .filter(`SurveyKey eq '${survey}'`)
    .top(5000)();
}

describe('survey responses', () => {
  it('stores one row per question of a wave, without identity, and reads them per wave and question', async () => {
    const responses = new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX);
    expect(await responses.recordWave('srv-answer01', 1, submit('srv-answer01', 1, 'jana', 'OSV'))).toBe(
      'stored',
    );
    expect(
      await responses.recordWave('srv-answer01', 1, [
        ...submit('srv-answer01', 1, 'petr', null).slice(0, 2),
        {
          questionKey: 'q3',
          respondentKey: key('srv-answer01', 1, 'q3', 'petr'),
          score: null,
          choice: null,
          text: 'Víc porad <b>ne</b>',
          departmentCode: null,
        },
      ]),
    ).toBe('stored');
    expect(await responses.recordWave('srv-answer01', 2, submit('srv-answer01', 2, 'jana', 'OSV'))).toBe(
      'stored',
    );

    expect(await responses.waveAnswers('srv-answer01', 1, 'q1')).toEqual([
      { score: 4, choice: null, text: null, departmentCode: 'OSV' },
      { score: 4, choice: null, text: null, departmentCode: null },
    ]);
    expect((await responses.waveAnswers('srv-answer01', 1, 'q2')).map((answer) => answer.choice)).toEqual([
      '0;2',
      '0;2',
    ]);
    expect((await responses.waveAnswers('srv-answer01', 1, 'q3')).map((answer) => answer.text)).toEqual([
      null,
      'Víc porad <b>ne</b>',
    ]);
    expect(await responses.waveAnswers('srv-answer01', 2, 'q1')).toHaveLength(1);
    expect(await responses.waveAnswers('srv-answer01', 3, 'q1')).toEqual([]);

    expect(await responses.hasAnswered(key('srv-answer01', 1, 'q1', 'jana'))).toBe(true);
    expect(await responses.hasAnswered(key('srv-answer01', 3, 'q1', 'jana'))).toBe(false);
    expect(await responses.respondentKeys('srv-answer01', 1, 'q1')).toEqual(
      new Set([key('srv-answer01', 1, 'q1', 'jana'), key('srv-answer01', 1, 'q1', 'petr')]),
    );

    // Nothing on a row names a person: the service account is Author and Editor of every row.
    const [row] = await target.sp.web
      .getList(RESPONSES)
      .items.select('AuthorId', 'EditorId', 'Title', 'QuestionWaveKey')
      .filter("QuestionWaveKey eq 'srv-answer01#2#q1'")();
    expect(row).toMatchObject({ Title: 'srv-answer01', QuestionWaveKey: 'srv-answer01#2#q1' });
  });

  it('ends a double submit, a replay and a second device in one answer per question', async () => {
    const responses = new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX);
    const rows = submit('srv-double01', 1, 'eva', 'OKS');
    const outcomes = await Promise.all([
      responses.recordWave('srv-double01', 1, rows),
      responses.recordWave(
        'srv-double01',
        1,
        rows.map((row) => ({ ...row, score: row.score === null ? null : 1 })),
      ),
    ]);
    expect(outcomes).toContain('stored');
    expect(await responses.recordWave('srv-double01', 1, rows)).toBe('duplicate');
    const stored = await rowsOf('srv-double01');
    expect(stored.map((row) => row.QuestionKey).sort()).toEqual(['q1', 'q2', 'q3']);
  });

  it('completes a write that stopped halfway when the same submit comes again', async () => {
    const responses = new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX);
    const rows = submit('srv-partial1', 1, 'adam', null);
    // The process died after SharePoint stored the first row.
    expect(await responses.recordWave('srv-partial1', 1, rows.slice(0, 1))).toBe('stored');
    // The first question's row alone does not make the person "answered".
    const keys = rows.map((row) => row.respondentKey);
    expect(await responses.answeredKeys(keys)).toEqual(new Set([keys[0]]));
    expect(await responses.recordWave('srv-partial1', 1, rows)).toBe('stored');
    expect(await responses.recordWave('srv-partial1', 1, rows)).toBe('duplicate');
    expect(await responses.answeredKeys(keys)).toEqual(new Set(keys));
    expect(await responses.answeredKeys([])).toEqual(new Set());
    expect((await rowsOf('srv-partial1')).map((row) => row.QuestionKey).sort()).toEqual(['q1', 'q2', 'q3']);
  });

  it('reads one wave of a survey whose answers fill the list past the 5,000-item threshold', async () => {
    const responses = new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX);
    const survey = 'srv-large001';
    for (const wave of [1, 2, 3]) {
      const rows: AnswerRow[] = Array.from({ length: 2000 }, (_, index) => ({
        questionKey: 'q1',
        respondentKey: key(survey, wave, 'q1', `p${index}`),
        score: (index % 5) + 1,
        choice: null,
        text: null,
        departmentCode: index % 2 === 0 ? 'OSV' : 'OKS',
      }));
      expect(await responses.recordWave(survey, wave, rows)).toBe('stored');
    }
    const answers = await responses.waveAnswers(survey, 2, 'q1');
    expect(answers).toHaveLength(2000);
    expect(answers.filter((answer) => answer.score === 5)).toHaveLength(400);
    expect(await responses.respondentKeys(survey, 3, 'q1')).toHaveProperty('size', 2000);
    expect(await responses.hasAnswered(key(survey, 1, 'q1', 'p1999'))).toBe(true);

    // Which of a person's keys exist, in one round trip on a 6,000-row list (a $batch of seeks).
    const counter = RequestCounter();
    const counted = new SurveyResponsesRepository(
      new SiteContext(target.connect({}, counter), { webServerRelativeUrl: '/sites/kvalita' }),
      TEST_ANSWER_BOX,
    );
    const asked = [
      key(survey, 1, 'q1', 'p7'),
      key(survey, 2, 'q1', 'p1999'),
      key(survey, 4, 'q1', 'p7'),
      key(survey, 3, 'q1', 'nobody'),
    ];
    expect(await counted.answeredKeys(asked)).toEqual(new Set(asked.slice(0, 2)));
    expect(counter.count()).toBe(1);

    // What the per-wave key avoids: the survey's 6,000 rows behind one indexed clause.
    await expect(
      target.sp.web
        .getList(RESPONSES)
        .items.select('Score')
        .filter(`SurveyKey eq '${survey}' and Wave eq 2`)
        .top(5000)(),
    ).rejects.toThrow(/list view threshold/i);
  }, 120_000);
});
