import {
  audienceDepartments,
  average,
  decodeChoice,
  enps,
  mayShowTextAnswers,
  questionResult,
  responseRate,
  runningCount,
  suppressGroups,
  type DepartmentResult,
  type QuestionAnswer,
  type QuestionResult,
  type QuestionTrend,
  type Survey,
  type SurveyQuestion,
  type SurveyResults,
  type SurveyOutline,
  type SurveyWave,
  type WaveResult,
  NO_DEPARTMENT,
} from '@kvalita/core';
import type {
  AnswerReader,
  DeliveryCounter,
  DepartmentDirectory,
  StoredAnswer,
  WaveRead,
  WaveReader,
  WaveSealer,
  WaveSlice,
} from './survey-ports';
import { openedWaves } from './survey-waves';
import {
  audienceGroups,
  groupsToCount,
  earlierAggregates,
  earlierSurveys,
  guardWave,
} from './distinct-audience-guard';

export interface SurveyResultsDeps {
  readonly answers: AnswerReader;
  readonly deliveries: DeliveryCounter;
  /**
   * Reads every wave's slices together; the service passes SharePoint's SurveyWaveReader (one
   * $batch). Without it the waves are read one question at a time through `answers` and `deliveries`.
   */
  readonly waves?: WaveReader;
  readonly departments: DepartmentDirectory;
  /**
   * Seals a wave that has ended but has no seal yet (its end was missed: the service was down, or a
   * survey closed before seals existed), so its figures can be shown. Without it such a wave shows
   * counts only, like one in progress.
   */
  readonly seals?: WaveSealer;
  /**
   * People per group (department codes, NO_DEPARTMENT for those without one), counted up to `upTo`
   * (PeopleRepository.countByDepartment: one $batch).
   */
  readonly headcounts?: (codes: readonly string[], upTo: number) => Promise<ReadonlyMap<string, number>>;
  readonly now: () => Date;
  /** Minimum group size (default 5, never below 3). */
  readonly threshold: number;
  /** Minimum respondents of a wave before its text answers are shown (default 10). */
  readonly textThreshold: number;
  /** [0, 1): shuffles text answers so their order says nothing about who wrote them. */
  readonly random: () => number;
}

interface AudienceDepartment {
  readonly code: string;
  readonly name: string;
}

const WAVES_AT_ONCE = 4;

/**
 * A WaveReader of one read per wave and question, for stores that cannot batch. A few waves at a
 * time: a survey that ran weekly for a year must not fire hundreds of requests at once.
 */
export function sliceBySliceReader(answers: AnswerReader, deliveries: DeliveryCounter): WaveReader {
  const readWave = async (surveyKey: string, { wave, questionKeys }: WaveSlice): Promise<WaveRead> => {
    // The seal first: the rows are then read up to it.
    const seal = answers.waveSeals ? ((await answers.waveSeals(surveyKey, [wave])).get(wave) ?? null) : null;
    const [rows, planned] = await Promise.all([
      Promise.all(questionKeys.map((questionKey) => answers.waveAnswers(surveyKey, wave, questionKey, seal))),
      deliveries.countByState(surveyKey, wave, 'invitation'),
    ]);
    return {
      answers: rows,
      invited: Object.values(planned).reduce((sum, count) => sum + count, 0),
      sealed: answers.waveSeals ? seal !== null : true,
    };
  };
  return {
    async read(surveyKey, slices) {
      const reads: WaveRead[] = [];
      for (let start = 0; start < slices.length; start += WAVES_AT_ONCE) {
        const group = slices.slice(start, start + WAVES_AT_ONCE);
        reads.push(...(await Promise.all(group.map((slice) => readWave(surveyKey, slice)))));
      }
      return reads;
    },
  };
}

const isScale = (question: SurveyQuestion) => question.type === 'scale5' || question.type === 'scale11';

/**
 * Results of a survey with small-group protection (architecture rule 7). Everything a reader may
 * not see is null here, before it reaches the API or the export:
 * - a wave still taking answers, or with fewer respondents than the threshold, shows no figure;
 * - departments below the threshold are hidden, plus complementary suppression (suppressGroups) so
 *   no hidden department equals "the wave minus the shown ones". Every department of the audience
 *   is listed, with respondents or not. People without a department are no group shown, but count
 *   in the total and are protected like a hidden group;
 * - text answers only from the text threshold on, shuffled, never per department or with a time.
 */
export class SurveyResultsService {
  private readonly waves: WaveReader;

  constructor(private readonly deps: SurveyResultsDeps) {
    this.waves = deps.waves ?? sliceBySliceReader(deps.answers, deps.deliveries);
  }

  /**
   * `outlines`: every survey's outline (SurveyService.forResults reads them with the survey), for
   * the distinct-audience rule; without them the survey is protected on its own only.
   */
  async results(survey: Survey, outlines: readonly SurveyOutline[] = []): Promise<SurveyResults> {
    const now = this.deps.now();
    // A wave still taking answers gives counts only: two refreshes a minute apart would otherwise
    // show the latest person's answers and department. Only its first question is read then. A
    // wave that has ended shows figures only once sealed: rows written after its seal (a late
    // write, another instance's stale cache) never count, so published figures never move.
    const opened = openedWaves(survey, now).map((wave) => ({
      wave,
      ended: survey.status === 'closed' || now.getTime() >= Date.parse(wave.closesAt),
    }));
    const slices = opened.map(({ wave, ended }) => ({
      wave: wave.number,
      questionKeys: (ended ? survey.questions : survey.questions.slice(0, 1)).map((q) => q.key),
    }));
    // Every wave's slices at once (each one indexed slice per question, under SharePoint's view
    // threshold): one round trip where storage batches, beside the departments.
    const [directory, firstReads] = await Promise.all([
      this.deps.departments.list(),
      this.waves.read(survey.key, slices),
    ]);
    const reads = await this.sealMissed(survey.key, opened, slices, firstReads);
    const reach = audienceDepartments(survey.audience, directory);
    // The whole audience, in a stable order: the list must not depend on who answered.
    const audience = directory
      .filter((department) => reach === null || reach.has(department.code))
      .map(({ code, name }) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'cs') || a.code.localeCompare(b.code));
    // The distinct-audience rule: earlier surveys whose published figures could be subtracted
    // from this one's (their headcounts in one $batch, read only when there is such a survey).
    const earlier = earlierSurveys(survey, outlines, directory);
    const headcount =
      earlier.length > 0 && this.deps.headcounts
        ? await this.deps.headcounts(groupsToCount(earlier, directory), this.deps.threshold)
        : new Map<string, number>();
    const aggregates = earlierAggregates(earlier, directory, headcount, this.deps.threshold);
    const groups = audienceGroups(survey.audience, directory);
    const waves = opened.map(({ wave, ended }, index) => {
      const read = reads[index] ?? { answers: [], invited: 0, sealed: false };
      const counts = respondentsByGroup(survey, read.answers, audience);
      const result = this.wave(survey, wave, !(ended && read.sealed), read, audience, counts);
      const covered =
        counts.has(NO_DEPARTMENT) && !groups.includes(NO_DEPARTMENT) ? [...groups, NO_DEPARTMENT] : groups;
      return guardWave(result, covered, counts, aggregates, this.deps.threshold);
    });
    return {
      surveyKey: survey.key,
      title: survey.title,
      threshold: this.deps.threshold,
      textThreshold: this.deps.textThreshold,
      waves,
      trends: trendsOf(survey, waves),
    };
  }

  /**
   * Waves that ended without being sealed (their end was missed) are sealed now and read again, so
   * their figures appear from this moment on and never change afterwards. Once per wave.
   */
  private async sealMissed(
    surveyKey: string,
    opened: readonly { wave: SurveyWave; ended: boolean }[],
    slices: readonly WaveSlice[],
    reads: readonly WaveRead[],
  ): Promise<WaveRead[]> {
    const missed = opened.flatMap(({ ended }, index) =>
      ended && reads[index]?.sealed === false ? [index] : [],
    );
    if (missed.length === 0 || !this.deps.seals) return [...reads];
    await this.deps.seals.sealWaves(
      surveyKey,
      missed.map((index) => opened[index]?.wave.number ?? 0),
    );
    const again = await this.waves.read(
      surveyKey,
      missed.flatMap((index) => slices[index] ?? []),
    );
    const merged = [...reads];
    missed.forEach((index, position) => {
      const read = again[position];
      if (read) merged[index] = read;
    });
    return merged;
  }

  private wave(
    survey: Survey,
    wave: SurveyWave,
    inProgress: boolean,
    read: WaveRead,
    audience: readonly AudienceDepartment[],
    counts: ReadonlyMap<string, number>,
  ): WaveResult {
    const rowsByQuestion = read.answers;
    // The planned audience: every invitation row whatever its state, so a person who answered
    // through the chat command after a failed delivery still counts among the invited.
    const invited = read.invited;
    // Every submit writes a row for every question, so the first question's rows are the respondents.
    const firstRows = rowsByQuestion[0] ?? [];
    const respondents = firstRows.length;
    const hidden = inProgress || respondents < this.deps.threshold;
    // A running wave's count moves only in steps of the threshold: polling cannot time one answer.
    const shown = inProgress ? runningCount(respondents, this.deps.threshold) : respondents;
    const showTexts = !hidden && mayShowTextAnswers(respondents, this.deps.textThreshold);
    const shuffle = <T>(items: T[]): T[] => shuffled(items, this.deps.random);
    const questions: QuestionResult[] = survey.questions.map((question, index) =>
      questionResult(
        question,
        hidden ? [] : (rowsByQuestion[index] ?? []).flatMap((row) => answerOf(question, row)),
        { hidden, showTexts, shuffle },
      ),
    );
    return {
      wave,
      invited,
      respondents: shown,
      respondentsRounded: inProgress,
      // Capped in responseRate: more answers than invitations (a late joiner) reads as 100 %.
      responseRate: responseRate(shown, invited),
      inProgress,
      hidden,
      questions,
      departments: hidden ? [] : this.departments(survey, rowsByQuestion, audience, counts),
      differencing: null,
    };
  }

  /**
   * Every department of the audience. Those with nobody answering are hidden too (a row saying "0"
   * or leaving them out would tell who took part); suppression runs over the groups with
   * respondents only, since a group known to be empty protects nobody when subtracted.
   * `counts`: the wave's respondents per group (respondentsByGroup).
   */
  private departments(
    survey: Survey,
    rowsByQuestion: readonly (readonly StoredAnswer[])[],
    audience: readonly AudienceDepartment[],
    counts: ReadonlyMap<string, number>,
  ): DepartmentResult[] {
    // People without a department (or in one no longer part of the audience) are never shown as a
    // group, yet "the wave minus the departments" would be their answers: they take part in
    // complementary suppression as a group always hidden (NO_DEPARTMENT is no department's code).
    const groups = [...counts].map(([key, respondents]) => ({ key, respondents }));
    const visible = new Set(suppressGroups(groups, this.deps.threshold).visible);
    return audience.map(({ code, name }): DepartmentResult => {
      if (!visible.has(code)) return { code, name, hidden: true, respondents: null, questions: [] };
      return {
        code,
        name,
        hidden: false,
        respondents: counts.get(code) ?? 0,
        questions: survey.questions.flatMap((question, index) => {
          if (!isScale(question)) return [];
          const values = (rowsByQuestion[index] ?? []).flatMap((row) =>
            row.departmentCode === code && row.score !== null ? [row.score] : [],
          );
          return [
            {
              key: question.key,
              average: average(values),
              enps: question.type === 'scale11' ? enps(values) : null,
            },
          ];
        }),
      };
    });
  }
}

/**
 * A wave's respondents per department of the audience; people without one (or in one no longer
 * part of it) under NO_DEPARTMENT. Counted on the first question that is not a text, as the
 * departments are (text rows carry no department).
 */
function respondentsByGroup(
  survey: Survey,
  rowsByQuestion: readonly (readonly StoredAnswer[])[],
  audience: readonly AudienceDepartment[],
): Map<string, number> {
  const basis = survey.questions.findIndex((question) => question.type !== 'text');
  const listed = new Set(audience.map((department) => department.code));
  const counts = new Map<string, number>();
  for (const row of rowsByQuestion[Math.max(basis, 0)] ?? []) {
    const group =
      row.departmentCode !== null && listed.has(row.departmentCode) ? row.departmentCode : NO_DEPARTMENT;
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}

/** A stored row as core's answer type; a row that does not fit its question is left out. */
function answerOf(question: SurveyQuestion, row: StoredAnswer): QuestionAnswer[] {
  switch (question.type) {
    case 'scale5':
    case 'scale11':
      return row.score === null ? [] : [{ type: question.type, value: row.score }];
    case 'singleChoice': {
      const option = decodeChoice(row.choice)[0];
      return option === undefined ? [] : [{ type: 'singleChoice', option }];
    }
    case 'multiChoice': {
      const options = decodeChoice(row.choice);
      return options.length === 0 ? [] : [{ type: 'multiChoice', options }];
    }
    case 'text':
      return row.text === null || row.text === '' ? [] : [{ type: 'text', text: row.text }];
  }
}

function trendsOf(survey: Survey, waves: readonly WaveResult[]): QuestionTrend[] {
  return survey.questions.filter(isScale).map((question) => ({
    key: question.key,
    type: question.type,
    text: question.text,
    points: waves.map((wave) => {
      const result = wave.questions.find((candidate) => candidate.key === question.key);
      return {
        wave: wave.wave.number,
        opensAt: wave.wave.opensAt,
        average: result?.average ?? null,
        enps: result?.enps?.score ?? null,
      };
    }),
  }));
}

/** Fisher–Yates with an injected source of randomness. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const here = copy[index] as T;
    copy[index] = copy[other] as T;
    copy[other] = here;
  }
  return copy;
}
