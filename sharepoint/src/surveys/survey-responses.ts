import type { IItems } from '@pnp/sp/items';
import '../platform/pnp-imports';
import { inOneBatch, settleInOneBatch } from '../platform/batch';
import { DuplicateValueError } from '../platform/errors';
import { pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import type { SealedBox } from '../platform/sealed-box';
import type { SiteContext } from '../platform/site-context';
import { surveyResponsesList } from './lists/survey-responses';
import { openAnswer, sealAnswer } from './sealed-answer';

/** One question's answer of one respondent in one wave, as recordWave stores it. */
export interface AnswerRow {
  readonly questionKey: string;
  /** Keyed hash of survey, wave, question and person: unique, not reversible without the service's secret. */
  readonly respondentKey: string;
  /** Scale questions: the value (1–5 or 0–10). */
  readonly score: number | null;
  /** Choice questions: option indexes as core's encodeChoice writes them ("0;2"). */
  readonly choice: string | null;
  /** Text questions: the answer, or null when left empty (the row is written anyway). */
  readonly text: string | null;
  readonly departmentCode: string | null;
}

/** A stored answer without identity: what results are computed from. */
export interface StoredAnswer {
  readonly score: number | null;
  readonly choice: string | null;
  readonly text: string | null;
  readonly departmentCode: string | null;
}

export type RecordOutcome = 'stored' | 'duplicate';

/** What recordAnswer wrote: the outcome and the item IDs of the rows this call added. */
export interface RecordedAnswer {
  readonly outcome: RecordOutcome;
  readonly ids: readonly number[];
}

/**
 * A wave's seal is one row of the answer list itself, added when the wave ends: SharePoint gives
 * it the next item ID at one atomic moment, and the wave's figures are its answer rows with a
 * smaller ID. A row added later gets a larger ID, whatever any clock says, so it can never move
 * the figures. RespondentKey is unique, so a wave has one seal however many instances end it; a
 * question key cannot start with "~" (QUESTION_KEY_PATTERN), nor an HMAC key contain ":".
 */
export const SEAL_QUESTION = '~seal';
export const sealKey = (surveyKey: string, wave: number) => `seal:${surveyKey}:${wave}`;

/** "<survey>#<wave>#<question>": the indexed column every results query filters on first. */
export const questionWaveKey = (surveyKey: string, wave: number, questionKey: string) =>
  `${surveyKey}#${wave}#${questionKey}`;

/**
 * The columns of an answer results read: the sealed answer, never the key; and the plain columns
 * rows written before answers were sealed still use (sealed-answer.ts).
 */
export const ANSWER = selectOf(
  surveyResponsesList,
  'Id',
  'SealedAnswer',
  'Score',
  'ChoiceAnswer',
  'TextAnswer',
  'DepartmentCode',
);
export type AnswerRowRead = RowOf<typeof ANSWER>;

/** Reads stored rows of one wave's question as answers, opening each sealed one. */
export const storedAnswerReader =
  (box: SealedBox, surveyKey: string, wave: number, questionKey: string) =>
  (item: AnswerRowRead): StoredAnswer =>
    openAnswer(box, questionWaveKey(surveyKey, wave, questionKey), item);
/** The lookup of a wave's seal row: a seek on the unique, indexed RespondentKey. */
export function sealQuery(items: IItems, surveyKey: string, wave: number): Promise<{ Id: number }[]> {
  return items
    .select('Id')
    .filter(onResponses('RespondentKey', 'eq', sealKey(surveyKey, wave)))
    .top(1)<{ Id: number }[]>();
}

/** The rows a sealed wave counts: those added before its seal (all of them while unsealed). */
export function sealedRows(rows: readonly AnswerRowRead[], seal: number | null): AnswerRowRead[] {
  return seal === null ? [...rows] : rows.filter((row) => row.Id < seal);
}

const RESPONDENT = selectOf(surveyResponsesList, 'RespondentKey');
type RespondentRow = RowOf<typeof RESPONDENT>;
export const onResponses = filterOn(surveyResponsesList);
const where = onResponses;

/**
 * Survey answers without identity. Every query filters first on an indexed column that selects one
 * wave's answers to one question (QuestionWaveKey) or one respondent key, so none touches more
 * than an office's headcount of rows, however many waves the list holds (list view threshold).
 */
export class SurveyResponsesRepository {
  /** `box` seals every answer before it is written and opens it when read (sealed-answer.ts). */
  constructor(
    private readonly site: SiteContext,
    private readonly box: SealedBox,
  ) {}

  /**
   * Stores one person's answers to a wave: one row per question, all in one $batch. RespondentKey
   * is unique, so a replay, a double submit or a second device adds nothing and gets 'duplicate';
   * a retry after a crash halfway through an earlier write adds the rows still missing and gets
   * 'stored'. (Two submits racing on SharePoint Online may both see 'stored' when their batches
   * interleave; each question still holds one answer of that person.)
   */
  async recordWave(surveyKey: string, wave: number, rows: readonly AnswerRow[]): Promise<RecordOutcome> {
    return (await this.recordAnswer(surveyKey, wave, rows)).outcome;
  }

  /** recordWave, with the item IDs of the rows added (answering compares them with the wave's seal). */
  async recordAnswer(surveyKey: string, wave: number, rows: readonly AnswerRow[]): Promise<RecordedAnswer> {
    if (rows.length === 0) throw new RangeError('recordWave needs at least one answer row');
    const url = await this.site.listUrl(surveyResponsesList);
    const settled = await settleInOneBatch(this.site.sp, (batched) =>
      rows.map((row) =>
        batched.web.getList(url).items.add({
          Title: surveyKey,
          SurveyKey: surveyKey,
          Wave: wave,
          QuestionKey: row.questionKey,
          QuestionWaveKey: questionWaveKey(surveyKey, wave, row.questionKey),
          RespondentKey: row.respondentKey,
          SealedAnswer: sealAnswer(this.box, questionWaveKey(surveyKey, wave, row.questionKey), row),
        } satisfies NewItemOf<typeof surveyResponsesList>),
      ),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof DuplicateValueError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    const ids = settled.flatMap((result) =>
      result.status === 'fulfilled' ? [(result.value as { Id: number }).Id] : [],
    );
    return { outcome: ids.length > 0 ? 'stored' : 'duplicate', ids };
  }

  /**
   * Seals waves that have ended (idempotent): one $batch adds each wave's seal row; a wave sealed
   * already keeps its first seal (unique key), read in a second $batch. Returns each wave's seal.
   */
  async sealWaves(surveyKey: string, waves: readonly number[]): Promise<Map<number, number>> {
    const wanted = [...new Set(waves)];
    if (wanted.length === 0) return new Map();
    const url = await this.site.listUrl(surveyResponsesList);
    const settled = await settleInOneBatch(this.site.sp, (batched) =>
      wanted.map((wave) =>
        batched.web.getList(url).items.add({
          Title: surveyKey,
          SurveyKey: surveyKey,
          Wave: wave,
          QuestionKey: SEAL_QUESTION,
          QuestionWaveKey: questionWaveKey(surveyKey, wave, SEAL_QUESTION),
          RespondentKey: sealKey(surveyKey, wave),
        } satisfies NewItemOf<typeof surveyResponsesList>),
      ),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof DuplicateValueError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    const seals = new Map<number, number>();
    settled.forEach((result, index) => {
      if (result.status === 'fulfilled') seals.set(wanted[index] ?? 0, (result.value as { Id: number }).Id);
    });
    const earlier = wanted.filter((wave) => !seals.has(wave));
    for (const [wave, seal] of await this.waveSeals(surveyKey, earlier)) seals.set(wave, seal);
    return seals;
  }

  /** The seals of these waves, those sealed (one $batch of lookups on the unique key). */
  async waveSeals(surveyKey: string, waves: readonly number[]): Promise<Map<number, number>> {
    const wanted = [...new Set(waves)];
    if (wanted.length === 0) return new Map();
    const url = await this.site.listUrl(surveyResponsesList);
    const found = await inOneBatch<{ Id: number }[][]>(this.site.sp, (batched) =>
      wanted.map((wave) => sealQuery(batched.web.getList(url).items, surveyKey, wave)),
    );
    return new Map(
      wanted.flatMap((wave, index) => {
        const id = found[index]?.[0]?.Id;
        return id === undefined ? [] : [[wave, id] as const];
      }),
    );
  }

  /** Deletes rows by item ID (an answer refused after it was written: it never counts anyway). */
  async removeRows(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    const url = await this.site.listUrl(surveyResponsesList);
    await settleInOneBatch(this.site.sp, (batched) =>
      ids.map((id) => batched.web.getList(url).items.getById(id).delete()),
    );
  }

  async hasAnswered(respondentKey: string): Promise<boolean> {
    const list = await this.site.list(surveyResponsesList);
    const items = await list.items
      .select('Id')
      .filter(where('RespondentKey', 'eq', respondentKey))
      .top(1)<{ Id: number }[]>();
    return items.length > 0;
  }

  /**
   * Which of these respondent keys have a stored row, in one $batch (up to 100 keys; a survey has
   * at most 5 questions). Each part is a `RespondentKey eq …` lookup with $top=1, a seek on the
   * unique, indexed column that touches at most one row, so it stays within the list view
   * threshold however large the list grows. Not one `or` filter: SharePoint judges an `or` first
   * clause by both sides and, on lists above 5,000 items, may refuse it or scan (the emulator
   * refuses it conservatively); single-key lookups never do.
   */
  async answeredKeys(respondentKeys: readonly string[]): Promise<Set<string>> {
    const keys = [...new Set(respondentKeys)];
    if (keys.length === 0) return new Set();
    const url = await this.site.listUrl(surveyResponsesList);
    const found = await inOneBatch<RespondentRow[][]>(this.site.sp, (batched) =>
      keys.map((key) =>
        RESPONDENT.applyTo(batched.web.getList(url).items)
          .filter(where('RespondentKey', 'eq', key))
          .top(1)<RespondentRow[]>(),
      ),
    );
    return new Set(keys.filter((_, index) => (found[index]?.length ?? 0) > 0));
  }

  /**
   * Every answer of one wave to one question, without identity (page by page over next links);
   * with `seal`, only the rows written before it (the wave's figures).
   */
  async waveAnswers(
    surveyKey: string,
    wave: number,
    questionKey: string,
    seal: number | null = null,
  ): Promise<StoredAnswer[]> {
    const list = await this.site.list(surveyResponsesList);
    const query = ANSWER.applyTo(list.items).filter(
      where('QuestionWaveKey', 'eq', questionWaveKey(surveyKey, wave, questionKey)),
    );
    const answers: StoredAnswer[] = [];
    const read = storedAnswerReader(this.box, surveyKey, wave, questionKey);
    for await (const page of pagesOf<AnswerRowRead>(query, 5000))
      answers.push(...sealedRows(page, seal).map(read));
    return answers;
  }

  /**
   * The respondent keys of a wave's answers to one question: the service recomputes a person's key
   * to tell who has answered (e.g. whom to remind) without the rows naming anyone.
   */
  async respondentKeys(surveyKey: string, wave: number, questionKey: string): Promise<Set<string>> {
    const list = await this.site.list(surveyResponsesList);
    const query = RESPONDENT.applyTo(list.items).filter(
      where('QuestionWaveKey', 'eq', questionWaveKey(surveyKey, wave, questionKey)),
    );
    const keys = new Set<string>();
    for await (const page of pagesOf<RespondentRow>(query, 5000))
      for (const item of page) if (item.RespondentKey !== null) keys.add(item.RespondentKey);
    return keys;
  }
}
