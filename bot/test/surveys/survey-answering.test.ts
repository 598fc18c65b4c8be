import { describe, expect, it } from '@jest/globals';
import type { Survey } from '@kvalita/core';
import { hmacRespondentKeyer, respondentScope } from '../../src/platform/respondent-key';
import { SurveyAnswering } from '../../src/surveys/answering/survey-answering';
import { answerCard } from '../../src/platform/chat/kvalita-bot';
import { MemoryResponses, MemorySurveys } from './memory-stores';
import { sampleSurvey } from './survey-fixture';

const keyer = hmacRespondentKeyer('a-test-secret-that-is-long-enough-1234');
const DURING_WAVE_1 = new Date('2027-02-02T10:00:00Z');
const marie = { personId: '00000000-0000-0000-0000-000000000023', departmentCode: 'OSV-SP' };
const full = {
  verb: 'kvalita.survey.answer',
  surveyKey: 'srv-abcd1234',
  wave: '1',
  answer_q1: '4',
  answer_q2: '9',
  answer_q3: '1',
  answer_q4: '0,2',
  answer_q5: '  Víc  klidu\u0007 ',
};

function setUp(surveys: Survey[] = [sampleSurvey()], now = DURING_WAVE_1) {
  const responses = new MemoryResponses();
  const answering = new SurveyAnswering({
    surveys: new MemorySurveys(surveys),
    responses,
    keyer,
    departments: async () => [
      { code: 'OSV', parentCode: null },
      { code: 'OSV-SP', parentCode: 'OSV' },
      { code: 'OD', parentCode: null },
    ],
    now: () => now,
  });
  return { answering, responses };
}

describe('answering a survey card', () => {
  it('stores one row per question, keyed per question, with the department (not on text) and no identity', async () => {
    const { answering, responses } = setUp();
    const outcome = await answering.answer(full, marie);
    expect(outcome.kind).toBe('stored');
    expect(
      responses.rows.map(({ questionKey, score, choice, text, departmentCode }) => ({
        questionKey,
        score,
        choice,
        text,
        departmentCode,
      })),
    ).toEqual([
      { questionKey: 'q1', score: 4, choice: null, text: null, departmentCode: 'OSV-SP' },
      { questionKey: 'q2', score: 9, choice: null, text: null, departmentCode: 'OSV-SP' },
      { questionKey: 'q3', score: null, choice: '1', text: null, departmentCode: 'OSV-SP' },
      { questionKey: 'q4', score: null, choice: '0;2', text: null, departmentCode: 'OSV-SP' },
      // A comment is never tied to a department, even in the raw list.
      { questionKey: 'q5', score: null, choice: null, text: 'Víc  klidu', departmentCode: null },
    ]);
    expect(responses.rows[0]?.respondentKey).toBe(
      keyer(respondentScope('srv-abcd1234', 1, 'q1'), marie.personId),
    );
    expect(new Set(responses.rows.map((row) => row.respondentKey)).size).toBe(5);
    expect(JSON.stringify(responses.rows)).not.toContain(marie.personId);
  });

  it('counts a double click, a replay and a second device once', async () => {
    const { answering, responses } = setUp();
    const outcomes = await Promise.all([
      answering.answer(full, marie),
      answering.answer({ ...full, answer_q1: '1' }, marie),
    ]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['duplicate', 'stored']);
    expect((await answering.answer(full, marie)).kind).toBe('duplicate');
    expect(responses.rows).toHaveLength(5);
    expect(responses.rows[0]?.score).toBe(4);
  });

  it('stores a text question left empty as a row without text, so "answered" is one lookup', async () => {
    const { answering, responses } = setUp();
    const { answer_q5: _unused, ...withoutText } = full;
    expect((await answering.answer(withoutText, marie)).kind).toBe('stored');
    expect(responses.rows.find((row) => row.questionKey === 'q5')).toMatchObject({ text: null });
  });

  it('refuses a closed wave, a closed survey and an unknown survey politely, storing nothing', async () => {
    const afterWave = setUp([sampleSurvey()], new Date('2027-02-06T07:00:01Z'));
    expect(await afterWave.answering.answer(full, marie)).toMatchObject({ kind: 'closed' });
    const closed = setUp([sampleSurvey({ status: 'closed' })]);
    expect(await closed.answering.answer(full, marie)).toMatchObject({ kind: 'closed' });
    const unknown = setUp();
    expect(await unknown.answering.answer({ ...full, surveyKey: 'srv-zzzz9999' }, marie)).toEqual({
      kind: 'closed',
      survey: null,
    });
    const future = setUp();
    expect(await future.answering.answer({ ...full, wave: '2' }, marie)).toMatchObject({ kind: 'closed' });
    for (const { responses } of [afterWave, closed, unknown, future]) expect(responses.rows).toHaveLength(0);
  });

  it('reads tampered card data as invalid', async () => {
    const { answering, responses } = setUp();
    expect(await answering.answer({ ...full, surveyKey: "srv-abcd1234' or 1 eq 1" }, marie)).toEqual({
      kind: 'invalid',
    });
    expect(await answering.answer({ ...full, wave: '-1' }, marie)).toEqual({ kind: 'invalid' });
    expect(await answering.answer('nonsense', marie)).toEqual({ kind: 'invalid' });
    expect(responses.rows).toHaveLength(0);
  });

  it('names every problem and stores nothing: missing, out of range, too long', async () => {
    const { answering, responses } = setUp();
    const outcome = await answering.answer(
      { ...full, answer_q1: undefined, answer_q2: '11', answer_q5: 'x'.repeat(501) },
      marie,
    );
    expect(outcome).toMatchObject({
      kind: 'problems',
      problems: [
        { questionKey: 'q1', problem: 'missing' },
        { questionKey: 'q2', problem: 'invalid' },
        { questionKey: 'q5', problem: 'tooLong' },
      ],
    });
    expect(responses.rows).toHaveLength(0);
    const card = JSON.stringify(answerCard('cs', outcome, full));
    expect(card).toContain('Cítil(a) jsem se dobře.: chybí odpověď');
    expect(card).toContain('Vzkaz: text je delší než 500 znaků');
  });

  it('tells someone who already answered so, even when the second card is incomplete', async () => {
    const { answering } = setUp();
    await answering.answer(full, marie);
    expect((await answering.answer({ ...full, answer_q1: '' }, marie)).kind).toBe('duplicate');
  });

  it('echoes a text answer back literally on the thank-you card', async () => {
    const { answering } = setUp();
    const outcome = await answering.answer(
      { ...full, answer_q5: '<script>x</script> **tučně** [a](javascript:alert(1))' },
      marie,
    );
    const card = answerCard('cs', outcome, full);
    expect(card.body.at(-1)).toMatchObject({
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: '<script>x</script> **tučně** [a](javascript:alert(1))' }],
    });
  });

  it('shows the card state on refresh: the questions, then answered, then closed', async () => {
    const { answering } = setUp();
    const data = { surveyKey: 'srv-abcd1234', wave: 1 };
    expect((await answering.state(data, marie.personId)).kind).toBe('open');
    await answering.answer(full, marie);
    expect((await answering.state(data, marie.personId)).kind).toBe('answered');
    expect((await answering.state(data, 'someone-else')).kind).toBe('open');
    const later = setUp([sampleSurvey()], new Date('2027-02-07T10:00:00Z'));
    expect((await later.answering.state(data, marie.personId)).kind).toBe('closed');
  });

  it('lists the open waves of surveys meant for the person that they have not answered', async () => {
    const forOsv = sampleSurvey({
      key: 'srv-osv00001',
      audience: { kind: 'departments', departmentCodes: ['OSV'] },
    });
    const forOd = sampleSurvey({
      key: 'srv-od000001',
      audience: { kind: 'departments', departmentCodes: ['OD'] },
    });
    const draft = sampleSurvey({ key: 'srv-draft001', status: 'draft' });
    const { answering } = setUp([sampleSurvey(), forOsv, forOd, draft]);
    // OSV-SP is a section of OSV: included; OD is not Marie's.
    expect((await answering.openFor(marie)).map(({ survey }) => survey.key)).toEqual([
      'srv-abcd1234',
      'srv-osv00001',
    ]);
    await answering.answer(full, marie);
    expect((await answering.openFor(marie)).map(({ survey }) => survey.key)).toEqual(['srv-osv00001']);
    expect(await answering.openFor({ personId: 'x', departmentCode: null })).toHaveLength(1);
  });

  it('refuses politely an answer from someone outside the audience, storing nothing', async () => {
    const forOd = sampleSurvey({ audience: { kind: 'departments', departmentCodes: ['OD'] } });
    const { answering, responses } = setUp([forOd]);
    const outcome = await answering.answer(full, marie);
    expect(outcome).toMatchObject({ kind: 'notInAudience' });
    expect(responses.rows).toHaveLength(0);
    expect(await answering.answer(full, { personId: 'nobody', departmentCode: null })).toMatchObject({
      kind: 'notInAudience',
    });
    const card = JSON.stringify(answerCard('cs', outcome, full));
    expect(card).toContain('Tento průzkum je určený jiným útvarům');
    expect(JSON.stringify(answerCard('en', outcome, full))).toContain('meant for other departments');
    // OSV-SP is a section of OSV: inside.
    const forOsv = setUp([sampleSurvey({ audience: { kind: 'departments', departmentCodes: ['OSV'] } })]);
    expect((await forOsv.answering.answer(full, marie)).kind).toBe('stored');
  });

  it('does not count a half-written submit as answered; the retry completes it and says thank you', async () => {
    const { answering, responses } = setUp();
    // A crash after the first row of the $batch: only q1 is stored.
    await responses.recordWave('srv-abcd1234', 1, [
      {
        questionKey: 'q1',
        respondentKey: keyer(respondentScope('srv-abcd1234', 1, 'q1'), marie.personId),
        score: 4,
        choice: null,
        text: null,
        departmentCode: 'OSV-SP',
      },
    ]);
    const data = { surveyKey: 'srv-abcd1234', wave: 1 };
    expect((await answering.state(data, marie.personId)).kind).toBe('open');
    expect((await answering.openFor(marie)).map(({ survey }) => survey.key)).toEqual(['srv-abcd1234']);
    expect((await answering.answer(full, marie)).kind).toBe('stored');
    expect(responses.rows).toHaveLength(5);
    expect((await answering.state(data, marie.personId)).kind).toBe('answered');
    expect((await answering.answer(full, marie)).kind).toBe('duplicate');
  });
});
