import {
  SURVEY_ANSWER_VERB,
  encodeChoice,
  isWaveOpen,
  openWaveAt,
  parseSurveyAnswers,
  type AnswerProblem,
  type Department,
  type QuestionAnswer,
  type Survey,
  type SurveyAnswers,
  type SurveyWave,
} from '@kvalita/core';
import { audienceDepartments, audienceIncludes, waveOf } from '@kvalita/core';
import { surveyCardDataSchema } from '@kvalita/core/schemas';
import type { AnswerRow } from '@kvalita/sharepoint';
import { respondentScope, type RespondentKeyer } from '../../platform/respondent-key';
import type { SurveyReader } from './survey-source';

/** Who answers: a stable id from the identity provider, and the department if the directory knows it. */
export interface Respondent {
  readonly personId: string;
  readonly departmentCode: string | null;
  /** From the Teams roster; finds the person's delivery rows when they install the app. */
  readonly email?: string | null;
}

/** The parts of SurveyResponsesRepository answering needs. */
export interface ResponseStore {
  /** Writes the rows (one $batch); the item IDs of those added. */
  recordAnswer(
    surveyKey: string,
    wave: number,
    rows: readonly AnswerRow[],
  ): Promise<{ readonly outcome: 'stored' | 'duplicate'; readonly ids: readonly number[] }>;
  /** Which of these respondent keys have a stored row (one round trip). */
  answeredKeys(respondentKeys: readonly string[]): Promise<Set<string>>;
  /** The seals of the waves sealed so far (one round trip, read from SharePoint, never cached). */
  waveSeals(surveyKey: string, waves: readonly number[]): Promise<ReadonlyMap<number, number>>;
  /** Deletes rows by item ID (best effort). */
  removeRows(ids: readonly number[]): Promise<void>;
}

export type AnswerOutcome =
  /** The card's survey/wave data is not ours or not readable. */
  | { readonly kind: 'invalid' }
  | { readonly kind: 'closed'; readonly survey: Survey | null }
  /** The survey is not meant for the person's department: nothing is stored. */
  | { readonly kind: 'notInAudience'; readonly survey: Survey }
  | {
      readonly kind: 'problems';
      readonly survey: Survey;
      readonly wave: SurveyWave;
      readonly problems: readonly { questionKey: string; problem: AnswerProblem }[];
    }
  | {
      readonly kind: 'stored';
      readonly survey: Survey;
      readonly wave: SurveyWave;
      readonly answers: SurveyAnswers;
    }
  | { readonly kind: 'duplicate'; readonly survey: Survey; readonly wave: SurveyWave };

export type CardState =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'closed'; readonly survey: Survey | null }
  | { readonly kind: 'answered'; readonly survey: Survey; readonly wave: SurveyWave }
  | { readonly kind: 'open'; readonly survey: Survey; readonly wave: SurveyWave };

export interface SurveyAnsweringDeps {
  readonly surveys: SurveyReader;
  readonly responses: ResponseStore;
  readonly keyer: RespondentKeyer;
  readonly departments: () => Promise<readonly Pick<Department, 'code' | 'parentCode'>[]>;
  readonly now: () => Date;
}

function rowValues(answer: QuestionAnswer | undefined): Pick<AnswerRow, 'score' | 'choice' | 'text'> {
  if (!answer) return { score: null, choice: null, text: null };
  switch (answer.type) {
    case 'scale5':
    case 'scale11':
      return { score: answer.value, choice: null, text: null };
    case 'singleChoice':
      return { score: null, choice: encodeChoice([answer.option]), text: null };
    case 'multiChoice':
      return { score: null, choice: encodeChoice(answer.options), text: null };
    case 'text':
      // An empty text row is still written: every question has a row, so "answered" is "all rows exist".
      return { score: null, choice: null, text: answer.text === '' ? null : answer.text };
  }
}

/**
 * Answers a survey card, whichever way it arrives (Action.Execute, a plain Action.Submit from an
 * older client, a replay): one code path, one stored answer per person and wave. Every question
 * gets a row keyed by HMAC(survey, wave, question, person), written in one $batch; the unique key
 * turns a double click, a retry or a second device into 'duplicate'. After the write the wave's
 * seal is read from SharePoint: an answer written after the wave was sealed is refused ('closed')
 * and its rows removed, so the figures of an ended wave never move (docs/api-surveys.md).
 */
export class SurveyAnswering {
  constructor(private readonly deps: SurveyAnsweringDeps) {}

  private async waveOfCard(
    value: unknown,
  ): Promise<
    | { kind: 'invalid' }
    | { kind: 'closed'; survey: Survey | null }
    | { kind: 'open'; survey: Survey; wave: SurveyWave }
  > {
    const parsed = surveyCardDataSchema.safeParse(value);
    if (!parsed.success) return { kind: 'invalid' };
    const survey = await this.deps.surveys.get(parsed.data.surveyKey);
    if (!survey) return { kind: 'closed', survey: null };
    const open =
      (survey.status === 'open' || survey.status === 'scheduled') &&
      isWaveOpen(survey.schedule, parsed.data.wave, this.deps.now());
    if (!open) return { kind: 'closed', survey };
    return { kind: 'open', survey, wave: waveOf(survey.schedule, parsed.data.wave) };
  }

  private keyOf(survey: Survey, wave: number, questionKey: string, personId: string): string {
    return this.deps.keyer(respondentScope(survey.key, wave, questionKey), personId);
  }

  /**
   * Whether the person answered the wave: every question's row exists (one round trip). A submit
   * cut off halfway (some rows written) does not count; the person's retry writes the rest.
   */
  async hasAnswered(survey: Survey, wave: number, personId: string): Promise<boolean> {
    const keys = survey.questions.map((question) => this.keyOf(survey, wave, question.key, personId));
    const answered = await this.deps.responses.answeredKeys(keys);
    return keys.every((key) => answered.has(key));
  }

  /** Whether the survey's audience includes the department (the whole office, or a chosen department or its section). */
  private async inAudience(survey: Survey, departmentCode: string | null): Promise<boolean> {
    if (survey.audience.kind === 'office') return true;
    return audienceIncludes(
      audienceDepartments(survey.audience, await this.deps.departments()),
      departmentCode,
    );
  }

  async answer(submitted: unknown, respondent: Respondent): Promise<AnswerOutcome> {
    const card = await this.waveOfCard(submitted);
    if (card.kind !== 'open') return card;
    const { survey, wave } = card;
    if (!(await this.inAudience(survey, respondent.departmentCode))) return { kind: 'notInAudience', survey };
    const values = (typeof submitted === 'object' && submitted !== null ? submitted : {}) as Record<
      string,
      unknown
    >;
    const parsed = parseSurveyAnswers(survey.questions, values);
    if (!parsed.ok) {
      // Someone who already answered is told so, not asked to fix a card that no longer counts.
      if (await this.hasAnswered(survey, wave.number, respondent.personId))
        return { kind: 'duplicate', survey, wave };
      return { kind: 'problems', survey, wave, problems: parsed.problems };
    }
    const rows = survey.questions.map((question): AnswerRow => ({
      questionKey: question.key,
      respondentKey: this.keyOf(survey, wave.number, question.key, respondent.personId),
      ...rowValues(parsed.answers[question.key]),
      // Text rows carry no department: a comment can never be tied to a small section, even by
      // someone reading the raw list (architecture rule 7).
      departmentCode: question.type === 'text' ? null : respondent.departmentCode,
    }));
    const recorded = await this.deps.responses.recordAnswer(survey.key, wave.number, rows);
    if (recorded.outcome === 'duplicate') return { kind: 'duplicate', survey, wave };
    if (!(await this.counted(survey.key, wave.number, recorded.ids))) {
      // Written after the wave's seal: the rows never count (their IDs are above it), so they go,
      // and the person sees the closed card rather than a "saved" that would not hold.
      await this.deps.responses.removeRows(recorded.ids).catch(() => undefined);
      return { kind: 'closed', survey };
    }
    return { kind: 'stored', survey, wave, answers: parsed.answers };
  }

  /**
   * Whether rows just written count in their wave, asked of SharePoint after the write (the open
   * check above may rest on a cached survey, or the write may have landed late): the wave is not
   * sealed yet — a later seal gets a larger ID than these rows, which exist already, so it
   * includes them — or its seal is above their IDs. No clock is trusted.
   */
  private async counted(surveyKey: string, wave: number, ids: readonly number[]): Promise<boolean> {
    const seal = (await this.deps.responses.waveSeals(surveyKey, [wave])).get(wave);
    return seal === undefined || ids.every((id) => id < seal);
  }

  /** What a card should show now (Universal Actions refresh): closed, answered, or the questions. */
  async state(data: unknown, personId: string): Promise<CardState> {
    const card = await this.waveOfCard(data);
    if (card.kind !== 'open') return card;
    return (await this.hasAnswered(card.survey, card.wave.number, personId))
      ? { kind: 'answered', survey: card.survey, wave: card.wave }
      : card;
  }

  /** Waves open now whose audience includes the person and which they have not answered, oldest first. */
  async openFor(respondent: Respondent): Promise<{ survey: Survey; wave: SurveyWave }[]> {
    const now = this.deps.now();
    const surveys = await this.deps.surveys.active();
    const departments = surveys.some((survey) => survey.audience.kind === 'departments')
      ? await this.deps.departments()
      : [];
    const open: { survey: Survey; wave: SurveyWave }[] = [];
    for (const survey of surveys) {
      const wave = openWaveAt(survey.schedule, now);
      if (!wave) continue;
      if (!audienceIncludes(audienceDepartments(survey.audience, departments), respondent.departmentCode))
        continue;
      if (await this.hasAnswered(survey, wave.number, respondent.personId)) continue;
      open.push({ survey, wave });
    }
    return open.sort((a, b) => Date.parse(a.wave.opensAt) - Date.parse(b.wave.opensAt));
  }
}

/** A plain Action.Submit carries the verb in its data; Action.Execute carries it beside. */
export function isSurveyAnswer(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { verb?: unknown }).verb === SURVEY_ANSWER_VERB
  );
}
