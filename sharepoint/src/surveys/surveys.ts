import {
  SURVEY_KEY_PATTERN,
  type Survey,
  type SurveyDraft,
  type SurveyOutline,
  type SurveyStatus,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch, settleInOneBatch } from '../platform/batch';
import { NotFoundError } from '../platform/errors';
import { DepartmentsRepository } from '../platform/directory/departments';
import { MAX_PAGE_SIZE, allOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { ItemChangesOf, NewItemOf } from '../platform/schema/items';
import type { SiteContext } from '../platform/site-context';
import { surveyQuestionsList } from './lists/survey-questions';
import { surveysList } from './lists/surveys';
import {
  QUESTION,
  SURVEY,
  questionValues,
  statusLabel,
  surveyValues,
  toSurvey,
  type QuestionRow,
  type SurveyRow,
} from './survey-items';

const onSurveys = filterOn(surveysList);
const onQuestions = filterOn(surveyQuestionsList);

/** Active surveys' questions are read with one `SurveyKey eq … or …` filter per this many surveys. */
const KEYS_PER_FILTER = 20;

/**
 * Surveys in KvalitaSurveys with their questions in KvalitaSurveyQuestions, joined by SurveyKey.
 * The survey row's ETag guards the whole survey: every change of its questions first updates the
 * row with If-Match, so a stale editor gets ConcurrencyConflictError and changes nothing.
 */
export class SurveysRepository {
  private readonly departments: DepartmentsRepository;

  constructor(private readonly site: SiteContext) {
    this.departments = new DepartmentsRepository(site);
  }

  /** Every survey with its questions: two queries (surveys, all questions), not one per survey. */
  async list(): Promise<Survey[]> {
    const [surveys, questions] = await Promise.all([
      this.site.list(surveysList),
      this.site.list(surveyQuestionsList),
    ]);
    const [items, questionItems] = await Promise.all([
      allOf<SurveyRow>(SURVEY.applyTo(surveys.items)),
      allOf<QuestionRow>(QUESTION.applyTo(questions.items)),
      this.site.departments.get(), // read meanwhile when the site's copy is old
    ]);
    return this.assemble(items, questionItems, await this.audienceCodes(items));
  }

  /**
   * One survey with its questions, and every survey's outline (what the distinct-audience rule
   * compares: key, title, status, audience, schedule), in one $batch: what the results page reads.
   * The outlines come in one page (an office has tens of surveys, never MAX_PAGE_SIZE).
   */
  async getWithOutlines(key: string): Promise<{ survey: Survey; outlines: SurveyOutline[] } | null> {
    const [found] = await Promise.all([this.find(key, { withAll: true }), this.site.departments.get()]);
    if (!found) return null;
    const all = found.all ?? [];
    const codes = await this.audienceCodes(all);
    return {
      survey: toSurvey(found.item, found.questions, codes),
      outlines: all.map((row) => {
        const { key: rowKey, title, status, audience, schedule, createdAt } = toSurvey(row, [], codes);
        return { key: rowKey, title, status, audience, schedule, createdAt };
      }),
    };
  }

  /** Surveys scheduled or open (what the scheduler and the card refresh look at), with their questions. */
  async active(): Promise<Survey[]> {
    const surveys = await this.site.list(surveysList);
    const [items] = await Promise.all([
      allOf<SurveyRow>(
        SURVEY.applyTo(surveys.items).filter(
          `${onSurveys('SurveyStatus', 'eq', statusLabel('scheduled'))} or ` +
            onSurveys('SurveyStatus', 'eq', statusLabel('open')),
        ),
      ),
      this.site.departments.get(),
    ]);
    const questions = await this.questionsOf(
      items.flatMap((item) => (item.SurveyKey === null ? [] : [item.SurveyKey])),
    );
    return this.assemble(items, questions, await this.audienceCodes(items));
  }

  /** One survey with its questions: one $batch (the departments come from the site's copy). */
  async get(key: string): Promise<Survey | null> {
    const [found] = await Promise.all([this.find(key), this.site.departments.get()]);
    return found ? toSurvey(found.item, found.questions, await this.audienceCodes([found.item])) : null;
  }

  /**
   * A new draft: the survey row and its question rows in one $batch. A part that fails (e.g. the
   * key exists) takes back what the batch added, so nothing half-made remains, then throws.
   */
  async create(input: { key: string; draft: SurveyDraft; ownerEmail: string | null }): Promise<Survey> {
    if (!SURVEY_KEY_PATTERN.test(input.key)) throw new RangeError(`Invalid survey key "${input.key}"`);
    const [departmentIds, owner] = await Promise.all([
      this.departmentIds(input.draft),
      input.ownerEmail === null ? null : this.site.sp.web.ensureUser(input.ownerEmail),
    ]);
    const row = {
      ...surveyValues(input.draft, departmentIds),
      SurveyKey: input.key,
      SurveyStatus: statusLabel('draft'),
      CurrentWave: 0,
      SurveyOwnerId: owner?.Id ?? null,
    } satisfies NewItemOf<typeof surveysList>;
    const [surveysUrl, questionsUrl] = await Promise.all([
      this.site.listUrl(surveysList),
      this.site.listUrl(surveyQuestionsList),
    ]);
    const settled = await settleInOneBatch(this.site.sp, (batched): Promise<{ Id: number }>[] => [
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
    // SharePoint answered every add with the stored row (id, Created, ETag): nothing to read back
    // but the owner and the audience, whose values this call just wrote.
    const [surveyRow, ...questionRows] = settled.map(
      (part) => (part as PromiseFulfilledResult<unknown>).value,
    );
    return toSurvey(
      {
        ...(surveyRow as SurveyRow),
        AudienceDepartmentsId: row.AudienceDepartmentsId ?? null,
        SurveyOwner: owner ? { EMail: owner.Email, Title: owner.Title } : null,
      },
      questionRows as QuestionRow[],
      new Map([...departmentIds].map(([code, itemId]) => [itemId, code])),
    );
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
    const questionsUrl = await this.site.listUrl(surveyQuestionsList);
    const settled = await settleInOneBatch(this.site.sp, (batched): Promise<unknown>[] => [
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
    await surveys.items.getById(found.item.Id).update(
      {
        SurveyStatus: statusLabel(state.status),
        CurrentWave: state.currentWave,
      } satisfies ItemChangesOf<typeof surveysList>,
      etag,
    );
    return this.reread(key);
  }

  /** Deletes the survey row (If-Match) and then its questions in one $batch. */
  async delete(key: string, etag: string): Promise<void> {
    const found = await this.find(key);
    if (!found) throw notFound(key);
    const surveys = await this.site.list(surveysList);
    await surveys.items.getById(found.item.Id).delete(etag);
    const questionsUrl = await this.site.listUrl(surveyQuestionsList);
    const settled = await settleInOneBatch(this.site.sp, (batched) =>
      found.questions.map((question) =>
        batched.web.getList(questionsUrl).items.getById(question.Id).delete(),
      ),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof NotFoundError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
  }

  /**
   * The survey row and its question rows in one $batch (a survey has a handful of questions); with
   * `withAll`, every survey's row in the same $batch (one page: an office has tens of surveys).
   */
  private async find(
    key: string,
    { withAll = false }: { withAll?: boolean } = {},
  ): Promise<{ item: SurveyRow; questions: QuestionRow[]; all?: SurveyRow[] } | null> {
    const [surveysUrl, questionsUrl] = await Promise.all([
      this.site.listUrl(surveysList),
      this.site.listUrl(surveyQuestionsList),
    ]);
    // The parts come back in the order they were built: the survey, its questions, every survey.
    const [items, questionItems, all] = (await inOneBatch<unknown[][]>(this.site.sp, (batched) => [
      SURVEY.applyTo(batched.web.getList(surveysUrl).items)
        .filter(onSurveys('SurveyKey', 'eq', key))
        .top(1)<SurveyRow[]>(),
      QUESTION.applyTo(batched.web.getList(questionsUrl).items)
        .filter(onQuestions('SurveyKey', 'eq', key))
        .top(MAX_PAGE_SIZE)<QuestionRow[]>(),
      ...(withAll
        ? [SURVEY.applyTo(batched.web.getList(surveysUrl).items).top(MAX_PAGE_SIZE)<SurveyRow[]>()]
        : []),
    ])) as [SurveyRow[], QuestionRow[], SurveyRow[] | undefined];
    const item = items[0];
    return item ? { item, questions: questionItems, ...(all ? { all } : {}) } : null;
  }

  private async reread(key: string): Promise<Survey> {
    const survey = await this.get(key);
    if (!survey) throw notFound(key);
    return survey;
  }

  /** Questions of the given surveys, `KEYS_PER_FILTER` surveys per query, the queries in parallel. */
  private async questionsOf(keys: readonly string[]): Promise<QuestionRow[]> {
    const list = await this.site.list(surveyQuestionsList);
    const chunks: string[][] = [];
    for (let start = 0; start < keys.length; start += KEYS_PER_FILTER)
      chunks.push(keys.slice(start, start + KEYS_PER_FILTER));
    const pages = await Promise.all(
      chunks.map((chunk) =>
        allOf<QuestionRow>(
          QUESTION.applyTo(list.items).filter(
            chunk.map((key) => onQuestions('SurveyKey', 'eq', key)).join(' or '),
          ),
        ),
      ),
    );
    return pages.flat();
  }

  private assemble(
    items: readonly SurveyRow[],
    questionItems: readonly QuestionRow[],
    codes: ReadonlyMap<number, string>,
  ): Survey[] {
    const byKey = new Map<string | null, QuestionRow[]>();
    for (const question of questionItems) {
      const group = byKey.get(question.SurveyKey) ?? [];
      group.push(question);
      byKey.set(question.SurveyKey, group);
    }
    return items.map((item) => toSurvey(item, byKey.get(item.SurveyKey) ?? [], codes));
  }

  /** Codes of the departments these surveys' audiences point at, by item id. */
  private async audienceCodes(items: readonly SurveyRow[]): Promise<Map<number, string>> {
    const departments = await this.departments.byItemId(
      items.flatMap((item) => item.AudienceDepartmentsId ?? []),
    );
    return new Map([...departments].map(([itemId, department]) => [itemId, department.code]));
  }

  /** Item ids of a draft's audience departments; a code the list does not know is left out. */
  private async departmentIds(draft: SurveyDraft): Promise<Map<string, number>> {
    if (draft.audience.kind !== 'departments') return new Map();
    const departments = await this.departments.byCode(draft.audience.departmentCodes);
    return new Map([...departments].map(([code, department]) => [code, department.itemId]));
  }

  /** Takes back the items a failed create added (best effort: a failure here hides nothing worse). */
  private async deleteAdded(listUrl: string, parts: readonly PromiseSettledResult<{ Id: number }>[]) {
    const ids = parts.flatMap((part) => (part.status === 'fulfilled' ? [part.value.Id] : []));
    if (ids.length === 0) return;
    await settleInOneBatch(this.site.sp, (batched) =>
      ids.map((id) => batched.web.getList(listUrl).items.getById(id).delete()),
    );
  }
}

function notFound(key: string): NotFoundError {
  return new NotFoundError(404, 'SurveyNotFound', `No survey with key "${key}"`);
}
