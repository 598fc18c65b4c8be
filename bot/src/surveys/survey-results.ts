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
  type SurveyWave,
  type WaveResult,
} from '@kvalita/core';
import type {
  AnswerReader,
  DeliveryCounter,
  DepartmentDirectory,
  StoredAnswer,
  WaveRead,
  WaveReader,
  WaveSlice,
} from './survey-ports';
import { openedWaves } from './survey-waves';

export interface SurveyResultsDeps {
  readonly answers: AnswerReader;
  readonly deliveries: DeliveryCounter;
  /**
   * Reads every wave's slices together; the service passes SharePoint's SurveyWaveReader (one
   * $batch). Without it the waves are read one question at a time through `answers` and `deliveries`.
   */
  readonly waves?: WaveReader;
  readonly departments: DepartmentDirectory;
  readonly now: () => Date;
  /** Minimum group size (default 5, never below 3). */
  readonly threshold: number;
  /** Minimum respondents of a wave before its text answers are shown (default 10). */
  readonly textThreshold: number;
  /** [0, 1): shuffles text answers so their order says nothing about who wrote them. */
  readonly random: () => number;
}

/** Not a department code (codes are printable): people without a department of the audience. */
const UNLISTED = '\u0000unlisted';

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
    const [rows, planned] = await Promise.all([
      Promise.all(questionKeys.map((questionKey) => answers.waveAnswers(surveyKey, wave, questionKey))),
      deliveries.countByState(surveyKey, wave, 'invitation'),
    ]);
    return { answers: rows, invited: Object.values(planned).reduce((sum, count) => sum + count, 0) };
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

  async results(survey: Survey): Promise<SurveyResults> {
    const now = this.deps.now();
    // A wave still taking answers gives counts only: two refreshes a minute apart would otherwise
    // show the latest person's answers and department. Only its first question is read then.
    const opened = openedWaves(survey, now).map((wave) => ({
      wave,
      inProgress: survey.status !== 'closed' && now.getTime() < Date.parse(wave.closesAt),
    }));
    // Every wave's slices at once (each one indexed slice per question, under SharePoint's view
    // threshold): one round trip where storage batches, beside the departments.
    const [directory, reads] = await Promise.all([
      this.deps.departments.list(),
      this.waves.read(
        survey.key,
        opened.map(({ wave, inProgress }) => ({
          wave: wave.number,
          questionKeys: (inProgress ? survey.questions.slice(0, 1) : survey.questions).map((q) => q.key),
        })),
      ),
    ]);
    const reach = audienceDepartments(survey.audience, directory);
    // The whole audience, in a stable order: the list must not depend on who answered.
    const audience = directory
      .filter((department) => reach === null || reach.has(department.code))
      .map(({ code, name }) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'cs') || a.code.localeCompare(b.code));
    const waves = opened.map(({ wave, inProgress }, index) =>
      this.wave(survey, wave, inProgress, reads[index] ?? { answers: [], invited: 0 }, audience),
    );
    return {
      surveyKey: survey.key,
      title: survey.title,
      threshold: this.deps.threshold,
      textThreshold: this.deps.textThreshold,
      waves,
      trends: trendsOf(survey, waves),
    };
  }

  private wave(
    survey: Survey,
    wave: SurveyWave,
    inProgress: boolean,
    read: WaveRead,
    audience: readonly AudienceDepartment[],
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
      departments: hidden ? [] : this.departments(survey, rowsByQuestion, audience),
    };
  }

  /**
   * Every department of the audience. Those with nobody answering are hidden too (a row saying "0"
   * or leaving them out would tell who took part); suppression runs over the groups with
   * respondents only, since a group known to be empty protects nobody when subtracted.
   */
  private departments(
    survey: Survey,
    rowsByQuestion: readonly (readonly StoredAnswer[])[],
    audience: readonly AudienceDepartment[],
  ): DepartmentResult[] {
    // Text rows carry no department (a text must never be traced to one): count people on the
    // first question of another type; every submit writes a row for every question.
    const basis = survey.questions.findIndex((question) => question.type !== 'text');
    const firstRows = rowsByQuestion[Math.max(basis, 0)] ?? [];
    const listed = new Set(audience.map((department) => department.code));
    const counts = new Map<string, number>();
    for (const row of firstRows) {
      if (row.departmentCode !== null && listed.has(row.departmentCode))
        counts.set(row.departmentCode, (counts.get(row.departmentCode) ?? 0) + 1);
    }
    const groups = [...counts].map(([key, respondents]) => ({ key, respondents }));
    // People without a department (or in one no longer part of the audience) are never shown as a
    // group, yet "the wave minus the departments" would be their answers: they take part in
    // complementary suppression as a group always hidden.
    const unlisted = firstRows.length - groups.reduce((sum, group) => sum + group.respondents, 0);
    const visible = new Set(
      suppressGroups(
        unlisted > 0 ? [...groups, { key: UNLISTED, respondents: unlisted }] : groups,
        this.deps.threshold,
      ).visible,
    );
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
