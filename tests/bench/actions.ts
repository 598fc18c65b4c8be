import { allSubcriteria } from '@kvalita/core';
import { SiteContext, SurveyResponsesRepository } from '@kvalita/sharepoint';
import { BENCH_OFFICE, type OfficePerson, type OfficeSize } from './office-seed';
import { aesSealedBox } from '@kvalita/bot';
import { BENCH_SECRET, startMeasuredOffice, type MeasuredOffice } from './measured-office';
import { measuresViewsBench } from './measures-views';
import { rawListPrivacy } from './raw-list-privacy';
import { ms, percentile, samples } from './stats';
import { verdict } from './table';

/** What a user action may cost in SharePoint round trips (issue #9: every hot path at most 3). */
export const ROUND_TRIP_TARGET = 3;

const RUNS = 20;
/** Runs before the measured ones (the web's URL, the request digest, the short-lived caches). */
export const WARM_UP = 3;

export type UserActionId =
  | 'scoreAutoSave'
  | 'scoreFirstSave'
  | 'consensusPage'
  | 'cyclePage'
  | 'cardAnswer'
  | 'resultsPage'
  | 'tabStart'
  | 'peopleSearch';

/** One user action: what the tab or the chat sends for it, run as often as the bench asks. */
export interface UserAction {
  readonly id: UserActionId;
  readonly name: string;
  readonly runs?: number;
  run(index: number): Promise<unknown>;
}

/** What `measure` runs: a user action, or any other view measured the same way. */
export type MeasuredAction = Omit<UserAction, 'id'>;

export interface ActionFigures {
  readonly name: string;
  /** Round trips of each measured run (a $batch is one). */
  readonly roundTrips: readonly number[];
  readonly timings: readonly number[];
}

/**
 * Runs an action a few times to warm up (the web's URL and the request digest are read once per
 * process), then `runs` times counting SharePoint round trips of each run and timing it.
 */
export async function measure(measured: MeasuredOffice, action: MeasuredAction): Promise<ActionFigures> {
  const runs = action.runs ?? RUNS;
  for (let index = 0; index < WARM_UP; index += 1) await action.run(index);
  const roundTrips: number[] = [];
  const timings = await samples(runs, async (index) => {
    measured.resetRoundTrips();
    await action.run(WARM_UP + index);
    roundTrips.push(measured.roundTrips());
  });
  return { name: action.name, roundTrips, timings };
}

/** The user actions of issue #9 point 5 against a seeded office, through the service's HTTP API. */
export function userActions(measured: MeasuredOffice, size: OfficeSize): UserAction[] {
  const { office } = measured;
  const cycle = `/api/caf/cycles/${office.cycleId}`;
  const api = (method: string, path: string, person: OfficePerson, body?: unknown) =>
    measured.api(method, path, person, body);
  const draft = (value: number, etag: string | null) => ({
    input: { method: 'fineTuned', plan: value, do: value, check: value, act: value },
    strengths: 'Plán vzdělávání',
    areasForImprovement: 'Zastupitelnost',
    improvementIdeas: '',
    evidence: [],
    etag,
  });
  let etag: string | null = null;
  // The scorer has drafted the first three subcriteria; a first save goes to an enabler not yet touched.
  const untouched = allSubcriteria()
    .slice(3)
    .filter((subcriterion) => subcriterion.criterion <= 5)
    .map((subcriterion) => subcriterion.code);
  const answers = Object.fromEntries(
    office.openSurvey.questions.map((question) => [
      `answer_${question.key}`,
      question.type === 'text' ? 'Díky' : '4',
    ]),
  );
  // Every card answer comes from somebody else: the team and the quality manager never answer.
  const respondent = (index: number) =>
    office.people[1 + size.team + (index % (office.people.length - 1 - size.team))] as OfficePerson;
  let answered = 0;
  return [
    {
      id: 'scoreAutoSave',
      name: 'CAF score auto-save (PUT my-scores/1.1, the row exists)',
      run: async () => {
        if (etag === null) {
          const mine = (await api('GET', `${cycle}/my-scores`, office.scorer)) as {
            scores: { code: string; etag: string }[];
          };
          etag = mine.scores.find((score) => score.code === '1.1')?.etag ?? null;
        }
        const saved = (await api('PUT', `${cycle}/my-scores/1.1`, office.scorer, draft(60, etag))) as {
          etag: string;
        };
        etag = saved.etag;
      },
    },
    {
      id: 'scoreFirstSave',
      name: 'CAF score, first save of a subcriterion (adds the row)',
      runs: untouched.length - WARM_UP,
      run: (index) => api('PUT', `${cycle}/my-scores/${untouched[index]}`, office.scorer, draft(40, null)),
    },
    {
      id: 'consensusPage',
      name: `CAF consensus page (team of ${size.team} × 28 subcriteria)`,
      run: () => api('GET', `${cycle}/consensus`, office.leader),
    },
    {
      id: 'cyclePage',
      name: 'CAF cycle page (GET /cycles/:id, team with departments)',
      run: () => api('GET', cycle, office.leader),
    },
    {
      id: 'cardAnswer',
      name: `survey card answer (${office.openSurvey.questions.length} questions, in chat)`,
      run: async () => {
        const person = respondent(answered);
        answered += 1;
        const card = await measured.answerCard(office.openSurvey, person, answers);
        if (!card.includes('odpovědi jsou uložené'))
          throw new Error(`the answer was not stored: ${card.slice(0, 300)}`);
      },
    },
    {
      id: 'resultsPage',
      name: `survey results page (${office.resultsSurvey.currentWave} closed waves × ${office.people.length} answers)`,
      runs: 10,
      run: () => api('GET', `/api/surveys/${office.resultsSurvey.key}/results`, office.qualityManager),
    },
    {
      id: 'peopleSearch',
      name: 'people picker search (GET /api/people?search=…)',
      run: (index) =>
        api(
          'GET',
          `/api/people?search=${encodeURIComponent(['no', 'sv', 'ma', 'ja'][index % 4] ?? 'no')}`,
          office.qualityManager,
        ),
    },
    {
      id: 'tabStart',
      name: 'tab start (/api/me, /api/caf/model, /api/caf/cycles)',
      run: () =>
        Promise.all([
          api('GET', '/api/me', office.scorer),
          api('GET', '/api/caf/model', office.scorer),
          api('GET', '/api/caf/cycles', office.scorer),
        ]),
    },
  ];
}

/** A row of the user-action table: round trips beside the target, server time, time × floor. */
export function figuresRow(figures: ActionFigures, spFloor: number): string[] {
  const most = Math.max(...figures.roundTrips);
  const least = Math.min(...figures.roundTrips);
  const p50 = percentile(figures.timings, 50);
  return [
    figures.name,
    least === most ? String(most) : `${least}–${most}`,
    verdict(most, ROUND_TRIP_TARGET),
    `${ms(p50)} / ${ms(percentile(figures.timings, 95))}`,
    `${(p50 / spFloor).toFixed(1)}×`,
  ];
}

/**
 * `npm run bench`: round trips and server time of each user action, beside the target and the
 * floors; on the same seeded office, what a site admin re-identifies from the raw answer list;
 * then the measures register's views on a register seeded into it (measures-views.ts).
 */
export async function userActionsBench(): Promise<{
  actions: string[][];
  privacy: string[][];
  measures: string[][];
}> {
  const measured = await startMeasuredOffice(BENCH_OFFICE);
  try {
    const spFloor = percentile(await samples(50, () => measured.sp.web.select('Title')()), 50);
    const serviceFloor = percentile(
      await samples(50, () => fetch(`${measured.serviceUrl}/api/config`).then((response) => response.text())),
      50,
    );
    // The emulator finds rows by scanning the list (its indexes change no query plan), so a read
    // of one wave's answers costs in proportion to the whole answers list; SharePoint seeks instead.
    const { resultsSurvey } = measured.office;
    const slices = new SurveyResponsesRepository(new SiteContext(measured.sp), aesSealedBox(BENCH_SECRET));
    const slice = await slices.waveAnswers(resultsSurvey.key, 1, resultsSurvey.questions[0]?.key ?? 'q1');
    const sliceFloor = percentile(
      await samples(20, () =>
        slices.waveAnswers(resultsSurvey.key, 1, resultsSurvey.questions[0]?.key ?? 'q1'),
      ),
      50,
    );
    const rows: string[][] = [
      [
        `office: ${measured.office.people.length} people, ${measured.office.departments.length} departments`,
        '',
        '',
        '',
        '',
      ],
      ['floor: one SharePoint round trip (GET /_api/web)', '1', '', `${ms(spFloor)}`, '1.0×'],
      ['floor: the service without SharePoint (GET /api/config)', '0', '', `${ms(serviceFloor)}`, ''],
      [
        `floor: one wave's answers to one question (${slice.length} rows; the emulator scans the list)`,
        '1',
        '',
        `${ms(sliceFloor)}`,
        `${(sliceFloor / spFloor).toFixed(1)}×`,
      ],
    ];
    for (const action of userActions(measured, BENCH_OFFICE))
      rows.push(figuresRow(await measure(measured, action), spFloor));
    const privacy = await rawListPrivacy(measured.sp, resultsSurvey.key, 5);
    return { actions: rows, privacy, measures: await measuresViewsBench(measured, spFloor) };
  } finally {
    await measured.close();
  }
}
