import {
  defaultFirstWave,
  encodeChoice,
  surveyFromTemplate,
  wavesOpenedBy,
  type SurveyDraft,
  type SurveyQuestion,
  type SurveyStatus,
} from '@kvalita/core';
import {
  SurveyResponsesRepository,
  SurveysRepository,
  type AnswerRow,
  type SealedBox,
  type SiteContext,
} from '@kvalita/sharepoint';
import { createHash } from 'node:crypto';

/**
 * Demo surveys for the local office, built from the templates: a weekly wellbeing pulse that has
 * run for six weeks (evidence for CAF 7.1 and 3.3), a monthly eNPS in its fourth month, and a
 * workload survey still in draft.
 *
 * The demo directory has only ten people, too few for any result to pass the group threshold. So
 * the past waves' answers are seeded as if from an office of 60: answer rows carry no identity
 * (a keyed hash, a department code, the answer), so rows made up here look exactly like real ones
 * and reveal nobody; the delivery list stays empty (nobody was invited through the bot). Department
 * sizes follow the demo departments, so the small section (OSV-SP) and the next smallest group are
 * hidden by complementary suppression while the larger departments show.
 */
const OWNER = 'jana.novakova@lipova.example';

/** Fixed keys make seeding idempotent: a survey already there is left as people changed it. */
export const DEMO_SURVEY_KEYS = {
  wellbeing: 'srv-demopulz',
  enps: 'srv-demoenps',
  workload: 'srv-demozatz',
} as const;

/** Head count per department of the imagined 60-person office and its mood (mean on 1–5). */
const OFFICE: readonly { code: string; people: number; mood: number }[] = [
  { code: 'KT', people: 8, mood: 3.9 },
  { code: 'OSV', people: 16, mood: 3.4 },
  { code: 'OSV-SP', people: 4, mood: 2.8 },
  { code: 'OD', people: 14, mood: 3.1 },
  { code: 'OV', people: 12, mood: 3.6 },
  { code: 'OE', people: 6, mood: 4.1 },
];

const NOTES = [
  'Méně porad, více času na vyřizování spisů.',
  'Jasnější zadání od vedení u nových agend.',
  'Opravit tiskárnu ve druhém patře.',
  'Zástup během dovolených, ať se práce nehromadí.',
  'Školení k nové spisové službě.',
  'Klidnější prostor pro práci s klienty.',
  'Sdílený kalendář odboru.',
  'Dík kolegům za pomoc s uzávěrkou.',
];
const ENPS_REASONS = [
  'Stabilní práce a dobrý kolektiv.',
  'Plat neodpovídá náročnosti agendy.',
  'Smysluplná práce pro město.',
  'Hodně administrativy navíc.',
  'Vstřícné vedení odboru.',
];

/** A small deterministic generator, so every seeded office looks the same. */
function generator(seed: string): () => number {
  let state = [...seed].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, Math.round(value)));

/** One made-up respondent's rows for a wave: a row for every question, as a real submit writes. */
function respondentRows(
  surveyKey: string,
  wave: number,
  index: number,
  department: { code: string; mood: number },
  questions: readonly SurveyQuestion[],
  random: () => number,
): AnswerRow[] {
  // Mood improves a little week by week (measures from the results take effect).
  const mood = department.mood + wave * 0.05 + (random() - 0.5) * 2;
  return questions.map((question) => {
    const respondentKey = createHash('sha256')
      .update(`kvalita-demo#${surveyKey}#${wave}#${question.key}#${index}`)
      .digest('hex');
    const base = { questionKey: question.key, respondentKey, departmentCode: department.code };
    switch (question.type) {
      case 'scale5':
        return { ...base, score: clamp(mood + (random() - 0.5), 1, 5), choice: null, text: null };
      case 'scale11':
        return { ...base, score: clamp(mood * 2.2 + (random() - 0.5) * 3, 0, 10), choice: null, text: null };
      case 'singleChoice':
        return {
          ...base,
          score: null,
          choice: encodeChoice([Math.floor(random() * question.options.cs.length)]),
          text: null,
        };
      case 'multiChoice':
        return {
          ...base,
          score: null,
          choice: encodeChoice([0, Math.floor(random() * question.options.cs.length)]),
          text: null,
        };
      case 'text': {
        const pool = questions.some((candidate) => candidate.type === 'scale11') ? ENPS_REASONS : NOTES;
        const text = random() < 0.3 ? (pool[Math.floor(random() * pool.length)] ?? null) : null;
        return { ...base, score: null, choice: null, text };
      }
    }
  });
}

interface DemoSurvey {
  readonly key: string;
  readonly draft: SurveyDraft;
  readonly status: SurveyStatus;
}

/** Seeds the demo surveys; returns how many were added (0 on a second start). */
export async function seedDemoSurveys(site: SiteContext, answerBox: SealedBox, now: Date): Promise<number> {
  const surveys = new SurveysRepository(site);
  const responses = new SurveyResponsesRepository(site, answerBox);
  const day = 86_400_000;
  const demo: DemoSurvey[] = [
    {
      key: DEMO_SURVEY_KEYS.wellbeing,
      // The Monday 08:00 about six weeks ago: five waves closed, the sixth open or just closed.
      draft: surveyFromTemplate('wellbeing', defaultFirstWave(new Date(now.getTime() - 43 * day))),
      status: 'open',
    },
    {
      key: DEMO_SURVEY_KEYS.enps,
      draft: surveyFromTemplate('enps', defaultFirstWave(new Date(now.getTime() - 100 * day))),
      status: 'open',
    },
    {
      key: DEMO_SURVEY_KEYS.workload,
      draft: surveyFromTemplate('workload', defaultFirstWave(now)),
      status: 'draft',
    },
  ];

  let added = 0;
  for (const { key, draft, status } of demo) {
    const existing = await surveys.get(key);
    // Already seeded (a draft left as a draft, or published): people may have changed it since.
    if (existing && (existing.status !== 'draft' || status === 'draft')) continue;
    const opened = status === 'draft' ? [] : wavesOpenedBy(draft.schedule, now);
    const closedWaves: number[] = [];
    // Answers first: they are idempotent (unique respondent keys), so a seed cut short resumes.
    for (const wave of opened) {
      // Only closed waves get made-up answers; the open one is for the demo people in chat.
      if (Date.parse(wave.closesAt) > now.getTime()) continue;
      closedWaves.push(wave.number);
      const random = generator(`${key}#${wave.number}`);
      const rows: AnswerRow[] = [];
      let index = 0;
      for (const department of OFFICE) {
        for (let person = 0; person < department.people; person += 1) {
          index += 1;
          // Between about 55 and 80 % answer a wave.
          if (random() > 0.55 + wave.number * 0.04) continue;
          rows.push(...respondentRows(key, wave.number, index, department, draft.questions, random));
        }
      }
      // Many respondents in one call: recordWave stores any rows in $batch rounds of 100.
      if (rows.length > 0) await responses.recordWave(key, wave.number, rows);
    }
    // A closed wave's figures are fixed by its seal, added after its rows (once; a resumed seed
    // keeps the first).
    if (closedWaves.length > 0) await responses.sealWaves(key, closedWaves);
    const survey = existing ?? (await surveys.create({ key, draft, ownerEmail: OWNER }));
    // The wave open now is left to the scheduler (currentWave counts closed waves only): it opens it
    // and invites the demo people in chat, so the demo shows a live wave too.
    const closed = opened.filter((wave) => Date.parse(wave.closesAt) <= now.getTime()).length;
    if (status !== 'draft') await surveys.setState(key, { status, currentWave: closed }, survey.etag);
    added += existing ? 0 : 1;
  }
  return added;
}
