import '../platform/pnp-imports';
import { inOneBatch, settleInOneBatch } from '../platform/batch';
import { DuplicateValueError } from '../platform/errors';
import { pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import type { SiteContext } from '../platform/site-context';
import { surveyResponsesList } from './lists/survey-responses';

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

/** "<survey>#<wave>#<question>": the indexed column every results query filters on first. */
export const questionWaveKey = (surveyKey: string, wave: number, questionKey: string) =>
  `${surveyKey}#${wave}#${questionKey}`;

/** The columns of an answer results read: the answer and the department, never the key. */
export const ANSWER = selectOf(surveyResponsesList, 'Score', 'ChoiceAnswer', 'TextAnswer', 'DepartmentCode');
export type AnswerRowRead = RowOf<typeof ANSWER>;

export function toStoredAnswer(item: AnswerRowRead): StoredAnswer {
  return {
    score: typeof item.Score === 'number' ? item.Score : null,
    choice: item.ChoiceAnswer ?? null,
    text: item.TextAnswer ?? null,
    departmentCode: item.DepartmentCode ?? null,
  };
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
  constructor(private readonly site: SiteContext) {}

  /**
   * Stores one person's answers to a wave: one row per question, all in one $batch. RespondentKey
   * is unique, so a replay, a double submit or a second device adds nothing and gets 'duplicate';
   * a retry after a crash halfway through an earlier write adds the rows still missing and gets
   * 'stored'. (Two submits racing on SharePoint Online may both see 'stored' when their batches
   * interleave; each question still holds one answer of that person.)
   */
  async recordWave(surveyKey: string, wave: number, rows: readonly AnswerRow[]): Promise<RecordOutcome> {
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
          Score: row.score,
          ChoiceAnswer: row.choice,
          TextAnswer: row.text,
          DepartmentCode: row.departmentCode,
        } satisfies NewItemOf<typeof surveyResponsesList>),
      ),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof DuplicateValueError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    return settled.some((result) => result.status === 'fulfilled') ? 'stored' : 'duplicate';
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

  /** Every answer of one wave to one question, without identity (page by page over next links). */
  async waveAnswers(surveyKey: string, wave: number, questionKey: string): Promise<StoredAnswer[]> {
    const list = await this.site.list(surveyResponsesList);
    const query = ANSWER.applyTo(list.items).filter(
      where('QuestionWaveKey', 'eq', questionWaveKey(surveyKey, wave, questionKey)),
    );
    const answers: StoredAnswer[] = [];
    for await (const page of pagesOf<AnswerRowRead>(query, 5000)) answers.push(...page.map(toStoredAnswer));
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
