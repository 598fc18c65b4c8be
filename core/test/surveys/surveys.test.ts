import { describe, expect, it } from '@jest/globals';
import {
  SURVEY_TEMPLATES,
  answerInputId,
  cleanTextAnswer,
  decodeChoice,
  defaultFirstWave,
  encodeChoice,
  enpsFigures,
  isWaveOpen,
  lastWaveNumber,
  newSurveyKey,
  nextWaveAfter,
  openWaveAt,
  parseSurveyAnswers,
  questionResult,
  statusAt,
  surveyFromTemplate,
  waveOf,
  wavesOpenedBy,
  type SurveyDraft,
  type SurveyQuestion,
  type SurveySchedule,
} from '../../src';
import { surveyCardDataSchema, surveyDraftSchema } from '../../src/schemas';

const none = { cs: [], en: [] };
const questions: SurveyQuestion[] = [
  { key: 'q1', type: 'scale5', text: { cs: 'Cítím se dobře.', en: '' }, options: none },
  { key: 'q2', type: 'scale11', text: { cs: 'Doporučil(a) byste nás?', en: '' }, options: none },
  {
    key: 'q3',
    type: 'singleChoice',
    text: { cs: 'Přesčasy?', en: '' },
    options: { cs: ['Ne', 'Občas', 'Často'], en: ['No', 'Sometimes', 'Often'] },
  },
  {
    key: 'q4',
    type: 'multiChoice',
    text: { cs: 'Co komplikuje práci?', en: '' },
    options: { cs: ['Termíny', 'Technika', 'Papíry'], en: [] },
  },
  { key: 'q5', type: 'text', text: { cs: 'Vzkaz', en: 'Note' }, options: none },
];

const weekly: SurveySchedule = {
  recurrence: 'weekly',
  opensAt: '2026-10-19T06:00:00.000Z', // Monday 08:00 in Prague (summer time)
  waveDays: 5,
  endsAt: '2026-11-10T00:00:00.000Z',
  reminderAfterDays: 2,
};

function draft(overrides: Partial<SurveyDraft> = {}): SurveyDraft {
  return {
    title: { cs: 'Průzkum', en: 'Survey' },
    introduction: { cs: '', en: '' },
    template: null,
    questions,
    audience: { kind: 'office' },
    schedule: weekly,
    evidenceFor: ['7.1', '3.3'],
    ...overrides,
  };
}

const issuesOf = (input: unknown) =>
  (surveyDraftSchema.safeParse(input).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

describe('survey drafts (authoring rules)', () => {
  it('accepts every template as it comes', () => {
    for (const template of SURVEY_TEMPLATES)
      expect(issuesOf(surveyFromTemplate(template.id, new Date('2026-11-23T07:00:00Z')))).toEqual([]);
  });

  it('accepts a survey with all five question types', () => {
    expect(issuesOf(draft())).toEqual([]);
  });

  it('refuses more than five questions and none', () => {
    expect(issuesOf(draft({ questions: [...questions, { ...questions[0]!, key: 'q6' }] }))).toHaveLength(1);
    expect(issuesOf(draft({ questions: [] }))).toHaveLength(1);
  });

  it('names the field of each cross-field problem', () => {
    const broken = draft({
      questions: [
        { ...questions[2]!, options: { cs: ['Jen jedna'], en: [] } },
        { ...questions[3]!, key: 'q1', options: { cs: ['A', 'B'], en: ['A'] } },
        { ...questions[0]!, key: 'q3', options: { cs: ['X'], en: [] } },
      ],
      schedule: { ...weekly, waveDays: 7, reminderAfterDays: 7, endsAt: '2026-10-01T00:00:00Z' },
    });
    expect(issuesOf(broken)).toEqual([
      'questions.0.options.cs: a choice question needs 2 to 10 options',
      'questions.1.options.en: English options must match the Czech ones in number and order (or be left empty)',
      'questions.2.key: question keys must be unique',
      'questions.2.options: only choice questions have options',
      'schedule.reminderAfterDays: the reminder must come before the wave closes',
      'schedule.endsAt: the end must come after the first wave opens',
    ]);
  });

  it('refuses a weekly wave longer than a week, unknown fields and over-long texts', () => {
    expect(issuesOf(draft({ schedule: { ...weekly, waveDays: 8 } }))).toEqual([
      'schedule.waveDays: a weekly wave lasts at most 7 days',
    ]);
    expect(issuesOf({ ...draft(), owner: 'x' })).toHaveLength(1);
    expect(issuesOf(draft({ title: { cs: 'x'.repeat(121), en: '' } }))).toHaveLength(1);
  });

  it('keeps markup in texts as plain text (escaping is the displays’ job)', () => {
    const parsed = surveyDraftSchema.parse(
      draft({ title: { cs: '<b>Pozor</b> [x](javascript:alert(1))', en: '' } }),
    );
    expect(parsed.title.cs).toBe('<b>Pozor</b> [x](javascript:alert(1))');
  });

  it('makes keys in the documented shape', () => {
    let seed = 0;
    const key = newSurveyKey(() => (seed = (seed + 0.37) % 1));
    expect(key).toMatch(/^srv-[a-z0-9]{8}$/);
  });
});

describe('survey schedule', () => {
  it('keeps Monday 08:00 Prague time across the end of summer time', () => {
    expect(waveOf(weekly, 1).opensAt).toBe('2026-10-19T06:00:00.000Z');
    // Clocks go back on 25 October 2026: 08:00 is now 07:00 UTC.
    expect(waveOf(weekly, 2).opensAt).toBe('2026-10-26T07:00:00.000Z');
    expect(waveOf(weekly, 2).closesAt).toBe('2026-10-31T07:00:00.000Z');
    expect(waveOf(weekly, 2).remindAt).toBe('2026-10-28T07:00:00.000Z');
  });

  it('ends a recurring survey at the last wave opening before the end', () => {
    expect(lastWaveNumber(weekly)).toBe(4); // 19.10., 26.10., 2.11., 9.11.
    expect(lastWaveNumber({ ...weekly, endsAt: null })).toBeNull();
    expect(lastWaveNumber({ ...weekly, recurrence: 'once' })).toBe(1);
  });

  it('keeps the day of month, moved to the last day where a month is shorter', () => {
    const monthly: SurveySchedule = {
      ...weekly,
      recurrence: 'monthly',
      opensAt: '2027-01-31T07:00:00.000Z',
      endsAt: null,
    };
    expect(waveOf(monthly, 2).opensAt).toBe('2027-02-28T07:00:00.000Z');
    expect(waveOf(monthly, 3).opensAt).toBe('2027-03-31T06:00:00.000Z'); // summer time from 28 March
  });

  it('knows which wave is open, which comes next and when the survey is over', () => {
    const during = new Date('2026-10-27T12:00:00Z');
    expect(wavesOpenedBy(weekly, during).map((wave) => wave.number)).toEqual([1, 2]);
    expect(openWaveAt(weekly, during)?.number).toBe(2);
    expect(nextWaveAfter(weekly, during)?.number).toBe(3);
    expect(isWaveOpen(weekly, 1, during)).toBe(false);
    expect(isWaveOpen(weekly, 2, during)).toBe(true);
    expect(isWaveOpen(weekly, 5, new Date('2026-11-16T08:00:00Z'))).toBe(false);
    const between = new Date('2026-11-01T12:00:00Z');
    expect(openWaveAt(weekly, between)).toBeNull();
    expect(statusAt({ status: 'scheduled', schedule: weekly }, new Date('2026-10-01T00:00:00Z'))).toBe(
      'scheduled',
    );
    expect(statusAt({ status: 'scheduled', schedule: weekly }, during)).toBe('open');
    expect(statusAt({ status: 'open', schedule: weekly }, new Date('2026-11-14T07:00:00Z'))).toBe('closed');
    expect(nextWaveAfter(weekly, new Date('2026-11-14T07:00:00Z'))).toBeNull();
    expect(statusAt({ status: 'draft', schedule: weekly }, during)).toBe('draft');
    expect(statusAt({ status: 'closed', schedule: weekly }, during)).toBe('closed');
  });

  it('opens templates next Monday at 08:00 Prague time', () => {
    expect(defaultFirstWave(new Date('2026-11-22T10:00:00Z')).toISOString()).toBe('2026-11-23T07:00:00.000Z');
    expect(defaultFirstWave(new Date('2026-11-23T07:00:00Z')).toISOString()).toBe('2026-11-30T07:00:00.000Z');
  });
});

describe('answers from a card', () => {
  const complete = {
    [answerInputId('q1')]: '4',
    [answerInputId('q2')]: '10',
    [answerInputId('q3')]: '2',
    [answerInputId('q4')]: '2,0',
    [answerInputId('q5')]: '  Díky\r\nza všechno  ',
  };

  it('reads every question type', () => {
    expect(parseSurveyAnswers(questions, complete)).toEqual({
      ok: true,
      answers: {
        q1: { type: 'scale5', value: 4 },
        q2: { type: 'scale11', value: 10 },
        q3: { type: 'singleChoice', option: 2 },
        q4: { type: 'multiChoice', options: [0, 2] },
        q5: { type: 'text', text: 'Díky\nza všechno' },
      },
    });
  });

  it('lets the text question be left out, nothing else', () => {
    const { [answerInputId('q5')]: _text, [answerInputId('q1')]: _scale, ...rest } = complete;
    expect(parseSurveyAnswers(questions, rest)).toEqual({
      ok: false,
      problems: [{ questionKey: 'q1', problem: 'missing' }],
    });
  });

  it('names every value outside its question', () => {
    const result = parseSurveyAnswers(questions, {
      ...complete,
      [answerInputId('q1')]: '6',
      [answerInputId('q2')]: '-1',
      [answerInputId('q3')]: '0,1',
      [answerInputId('q4')]: '3',
      [answerInputId('q5')]: 'x'.repeat(501),
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { questionKey: 'q1', problem: 'invalid' },
        { questionKey: 'q2', problem: 'invalid' },
        { questionKey: 'q3', problem: 'invalid' },
        { questionKey: 'q4', problem: 'invalid' },
        { questionKey: 'q5', problem: 'tooLong' },
      ],
    });
  });

  it('refuses wrong types instead of guessing', () => {
    const result = parseSurveyAnswers(questions, {
      ...complete,
      [answerInputId('q1')]: ['4'],
      [answerInputId('q5')]: { x: 1 },
    });
    expect(result.ok).toBe(false);
  });

  it('strips control and direction-override characters but keeps markup as text', () => {
    expect(cleanTextAnswer('a\u0000b\u202Ec <script>**x**</script>')).toBe('abc <script>**x**</script>');
  });

  it('stores chosen options in one column and reads them back', () => {
    expect(encodeChoice([2, 0])).toBe('0;2');
    expect(decodeChoice('0;2')).toEqual([0, 2]);
    expect(decodeChoice(null)).toEqual([]);
  });

  it('accepts only well-formed card data', () => {
    expect(surveyCardDataSchema.safeParse({ surveyKey: 'srv-abcd1234', wave: '3' }).data).toEqual({
      surveyKey: 'srv-abcd1234',
      wave: 3,
    });
    expect(surveyCardDataSchema.safeParse({ surveyKey: "srv-x' or 1 eq 1", wave: 1 }).success).toBe(false);
    expect(surveyCardDataSchema.safeParse({ surveyKey: 'srv-abcd1234', wave: 0 }).success).toBe(false);
  });
});

describe('question results (hand-made answers)', () => {
  const keep = <T>(items: T[]) => items;

  it('computes eNPS from its parts', () => {
    // 3 promoters (9, 10, 10), 2 passives (7, 8), 5 detractors (0–6): (3 − 5) / 10 = −20.
    expect(enpsFigures([9, 10, 10, 7, 8, 0, 3, 5, 6, 6])).toEqual({
      score: -20,
      promoters: 3,
      passives: 2,
      detractors: 5,
    });
    expect(enpsFigures([])).toBeNull();
  });

  it('gives a scale question its distribution and average', () => {
    const result = questionResult(
      questions[0]!,
      [4, 5, 4, 2, 5].map((value) => ({ type: 'scale5' as const, value })),
      { hidden: false, showTexts: false, shuffle: keep },
    );
    expect(result.distribution).toEqual({ '1': 0, '2': 1, '3': 0, '4': 2, '5': 2 });
    expect(result.average).toBe(4);
    expect(result.answered).toBe(5);
    expect(result.enps).toBeNull();
  });

  it('counts options of choice questions', () => {
    const result = questionResult(
      questions[3]!,
      [
        { type: 'multiChoice', options: [0, 2] },
        { type: 'multiChoice', options: [2] },
      ],
      { hidden: false, showTexts: false, shuffle: keep },
    );
    expect(result.optionCounts).toEqual([1, 0, 2]);
    expect(result.answered).toBe(2);
  });

  it('withholds every figure of a hidden group and texts unless allowed', () => {
    const hidden = questionResult(questions[0]!, [{ type: 'scale5', value: 1 }], {
      hidden: true,
      showTexts: true,
      shuffle: keep,
    });
    expect([hidden.distribution, hidden.average, hidden.answered]).toEqual([null, null, null]);
    const texts = [
      { type: 'text' as const, text: 'a' },
      { type: 'text' as const, text: '' },
      { type: 'text' as const, text: 'b' },
    ];
    expect(
      questionResult(questions[4]!, texts, { hidden: false, showTexts: false, shuffle: keep }).texts,
    ).toBeNull();
    expect(
      questionResult(questions[4]!, texts, {
        hidden: false,
        showTexts: true,
        shuffle: (items) => [...items].reverse(),
      }).texts,
    ).toEqual(['b', 'a']);
  });
});
