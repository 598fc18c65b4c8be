import { SURVEY_KEY_PATTERN, type Survey, type SurveyDraft, type SurveyStatus } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../platform/pnp-imports';
import { settleInOneBatch } from '../platform/batch';
import { NotFoundError } from '../platform/errors';
import { odataString } from '../platform/odata';
import { surveyQuestionsList, surveysList } from '../all-lists';
import { SiteLists } from '../platform/site-context';
import { DepartmentsRepository } from '../platform/directory/departments';
import { allOf } from '../platform/paging';
import {
  QUESTION_SELECT,
  SURVEY_EXPAND,
  SURVEY_SELECT,
  questionValues,
  statusLabel,
  surveyValues,
  toSurvey,
  type QuestionItem,
  type SurveyItem,
} from './survey-items';

/** Active surveys' questions are read with one `SurveyKey eq … or …` filter per this many surveys. */
const KEYS_PER_FILTER = 20;

/**
 * Surveys in KvalitaSurveys with their questions in KvalitaSurveyQuestions, joined by SurveyKey.
 * The survey row's ETag guards the whole survey: every change of its questions first updates the
 * row with If-Match, so a stale editor gets ConcurrencyConflictError and changes nothing.
 */
export class SurveysRepository {
  private readonly site: SiteLists;
  private readonly departments: DepartmentsRepository;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
    this.departments = new DepartmentsRepository(sp, webServerRelativeUrl);
  }

  /** Every survey with its questions: three queries (surveys, all questions, departments), not one per survey. */
  async list(): Promise<Survey[]> {
    const [surveys, questions] = await Promise.all([
      this.site.list(surveysList),
      this.site.list(surveyQuestionsList),
    ]);
    const [items, questionItems, codes] = await Promise.all([
      allOf<SurveyItem>(surveys.items.select(...SURVEY_SELECT).expand(SURVEY_EXPAND)),
      allOf<QuestionItem>(questions.items.select(...QUESTION_SELECT)),
      this.departmentCodes(),
    ]);
    return this.assemble(items, questionItems, codes);
  }

  /** Surveys scheduled or open (what the scheduler and the card refresh look at), with their questions. */
  async active(): Promise<Survey[]> {
    const surveys = await this.site.list(surveysList);
    const [items, codes] = await Promise.all([
      allOf<SurveyItem>(
        surveys.items
          .select(...SURVEY_SELECT)
          .expand(SURVEY_EXPAND)
          .filter(
            `SurveyStatus eq ${odataString(statusLabel('scheduled'))} or ` +
              `SurveyStatus eq ${odataString(statusLabel('open'))}`,
          ),
      ),
      this.departmentCodes(),
    ]);
    return this.assemble(items, await this.questionsOf(items.map((item) => item.SurveyKey)), codes);
  }

  async get(key: string): Promise<Survey | null> {
    const [found, codes] = await Promise.all([this.find(key), this.departmentCodes()]);
    return found ? toSurvey(found.item, found.questions, codes) : null;
  }

  /**
   * A new draft: the survey row and its question rows in one $batch. A part that fails (e.g. the
   * key exists) takes back what the batch added, so nothing half-made remains, then throws.
   */
  async create(input: { key: string; draft: SurveyDraft; ownerEmail: string | null }): Promise<Survey> {
    if (!SURVEY_KEY_PATTERN.test(input.key)) throw new RangeError(`Invalid survey key "${input.key}"`);
    const [departmentIds, owner] = await Promise.all([
      this.departmentIds(input.draft),
      input.ownerEmail === null ? null : this.sp.web.ensureUser(input.ownerEmail ?? ''),
    ]);
    const row = {
      ...surveyValues(input.draft, departmentIds),
      SurveyKey: input.key,
      SurveyStatus: statusLabel('draft'),
      CurrentWave: 0,
      SurveyOwnerId: owner?.Id ?? null,
    };
    const [surveysUrl, questionsUrl] = await Promise.all([
      this.site.url(surveysList),
      this.site.url(surveyQuestionsList),
    ]);
    const settled = await settleInOneBatch(this.sp, (batched): Promise<{ Id: number }>[] => [
      batched.web.getList(surveysUrl).items.add(row),
      ...input.draft.questions.map((question, order) =>
        batched.web.getList(questionsUrl).items.add(questionValues(input.key, question, order)),
      ),
    ]);
    const failure = settled.find((result) => result.status === 'rejected');
    if (failure?.status === 'rejected') {
      const [surveyPart, ...questionParts] = settled;
      await this.deleteAdded(surveysUrl, surveyPart ? [surveyPart] : []);
      await this.deleteAdded(questionsUrl, questionParts);
      throw failure.reason;
    }
    return this.reread(input.key);
  }

  /**
   * Replaces a draft's content: the row is updated with If-Match first (a stale etag changes
   * nothing), then its questions are deleted and added again in one $batch.
   */
  async updateDraft(key: string, draft: SurveyDraft, etag: string): Promise<Survey> {
    const [found, departmentIds] = await Promise.all([this.find(key), this.departmentIds(draft)]);
    if (!found) throw notFound(key);
    const surveys = await this.site.list(surveysList);
    await surveys.items.getById(found.item.Id).update(surveyValues(draft, departmentIds), etag);
    const questionsUrl = await this.site.url(surveyQuestionsList);
    const settled = await settleInOneBatch(this.sp, (batched): Promise<unknown>[] => [
      ...found.questions.map((question) =>
        batched.web.getList(questionsUrl).items.getById(question.Id).delete(),
      ),
      ...draft.questions.map((question, order) =>
        batched.web.getList(questionsUrl).items.add(questionValues(key, question, order)),
      ),
    ]);
    // A question someone already deleted is fine; any other failure leaves the draft to be saved again.
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof NotFoundError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    return this.reread(key);
  }

  /** A lifecycle step (publish, open a wave, close); a stale etag throws ConcurrencyConflictError. */
  async setState(
    key: string,
    state: { status: SurveyStatus; currentWave: number },
    etag: string,
  ): Promise<Survey> {
    const found = await this.find(key);
    if (!found) throw notFound(key);
    const surveys = await this.site.list(surveysList);
    await surveys.items
      .getById(found.item.Id)
      .update({ SurveyStatus: statusLabel(state.status), CurrentWave: state.currentWave }, etag);
    return this.reread(key);
  }

  /** Deletes the survey row (If-Match) and then its questions in one $batch. */
  async delete(key: string, etag: string): Promise<void> {
    const found = await this.find(key);
    if (!found) throw notFound(key);
    const surveys = await this.site.list(surveysList);
    await surveys.items.getById(found.item.Id).delete(etag);
    const questionsUrl = await this.site.url(surveyQuestionsList);
    const settled = await settleInOneBatch(this.sp, (batched) =>
      found.questions.map((question) =>
        batched.web.getList(questionsUrl).items.getById(question.Id).delete(),
      ),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof NotFoundError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
  }

  private async find(key: string): Promise<{ item: SurveyItem; questions: QuestionItem[] } | null> {
    const [surveys, questions] = await Promise.all([
      this.site.list(surveysList),
      this.site.list(surveyQuestionsList),
    ]);
    const [items, questionItems] = await Promise.all([
      surveys.items
        .select(...SURVEY_SELECT)
        .expand(SURVEY_EXPAND)
        .filter(`SurveyKey eq ${odataString(key)}`)
        .top(1)() as Promise<SurveyItem[]>,
      allOf<QuestionItem>(
        questions.items.select(...QUESTION_SELECT).filter(`SurveyKey eq ${odataString(key)}`),
      ),
    ]);
    const item = items[0];
    return item ? { item, questions: questionItems } : null;
  }

  private async reread(key: string): Promise<Survey> {
    const survey = await this.get(key);
    if (!survey) throw notFound(key);
    return survey;
  }

  /** Questions of the given surveys, `KEYS_PER_FILTER` surveys per query, the queries in parallel. */
  private async questionsOf(keys: readonly string[]): Promise<QuestionItem[]> {
    const list = await this.site.list(surveyQuestionsList);
    const chunks: string[][] = [];
    for (let start = 0; start < keys.length; start += KEYS_PER_FILTER)
      chunks.push(keys.slice(start, start + KEYS_PER_FILTER));
    const pages = await Promise.all(
      chunks.map((chunk) =>
        allOf<QuestionItem>(
          list.items
            .select(...QUESTION_SELECT)
            .filter(chunk.map((key) => `SurveyKey eq ${odataString(key)}`).join(' or ')),
        ),
      ),
    );
    return pages.flat();
  }

  private assemble(
    items: readonly SurveyItem[],
    questionItems: readonly QuestionItem[],
    codes: ReadonlyMap<number, string>,
  ): Survey[] {
    const byKey = new Map<string, QuestionItem[]>();
    for (const question of questionItems) {
      const group = byKey.get(question.SurveyKey) ?? [];
      group.push(question);
      byKey.set(question.SurveyKey, group);
    }
    return items.map((item) => toSurvey(item, byKey.get(item.SurveyKey) ?? [], codes));
  }

  private async departmentCodes(): Promise<Map<number, string>> {
    const departments = await this.departments.list();
    return new Map(departments.map((department) => [department.itemId, department.code]));
  }

  private async departmentIds(draft: SurveyDraft): Promise<Map<string, number>> {
    if (draft.audience.kind !== 'departments') return new Map();
    const departments = await this.departments.list();
    return new Map(departments.map((department) => [department.code, department.itemId]));
  }

  /** Takes back the items a failed create added (best effort: a failure here hides nothing worse). */
  private async deleteAdded(listUrl: string, parts: readonly PromiseSettledResult<{ Id: number }>[]) {
    const ids = parts.flatMap((part) => (part.status === 'fulfilled' ? [part.value.Id] : []));
    if (ids.length === 0) return;
    await settleInOneBatch(this.sp, (batched) =>
      ids.map((id) => batched.web.getList(listUrl).items.getById(id).delete()),
    );
  }
}

function notFound(key: string): NotFoundError {
  return new NotFoundError(404, 'SurveyNotFound', `No survey with key "${key}"`);
}
