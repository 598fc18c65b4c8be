import type { AnswersStore, OpenedAnswer, SealedAnswerSizes, StoredAnswer } from '@kvalita/core';
import { RATER_GROUPS } from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { windowedPages } from '../platform/id-windows';
import { MAX_PAGE_SIZE, pagesOf } from '../platform/paging';
import { deleteRows, rowsWithValues } from '../platform/row-batches';
import type { SealedBox } from '../platform/sealed-box';
import { filterOn } from '../platform/schema/filter';
import { selectOf, type RowOf } from '../platform/schema/select';
import type { SiteContext } from '../platform/site-context';
import { writing } from '../platform/stored-rows';
import { feedbackAnswersList } from './lists/feedback-answers';

const on = filterOn(feedbackAnswersList);
const ANSWER = selectOf(
  feedbackAnswersList,
  'Id',
  'CycleId',
  'SubjectKey',
  'RespondentKey',
  'SealedAnswer',
  'SealedComments',
);
/** The organisation view's read: the ratings without the (ten times larger) comments. */
const RATINGS = selectOf(feedbackAnswersList, 'Id', 'CycleId', 'SubjectKey', 'RespondentKey', 'SealedAnswer');
const KEYS = selectOf(feedbackAnswersList, 'Id', 'SubjectKey', 'RespondentKey');
type AnswerRow = RowOf<typeof RATINGS> & Partial<Pick<RowOf<typeof ANSWER>, 'SealedComments'>>;

/** A respondent key replaced on erasure: unique like any key, tied to nobody. */
const ERASED = 'erased:';
/** Up to this many keys are looked up in `or` chains in one $batch; more, and the cycle's keys are read whole. */
const LOOKUP_LIMIT = 500;

interface SealedRatings {
  readonly g: string;
  readonly r: Readonly<Record<string, number | null>>;
}

/**
 * 360 answers on Kvalita360Answers (service-only): the port AnswersStore. The group with the
 * ratings, and apart from them the comments, are sealed with the service's key, each bound to the
 * row's cycle, subject key and column (a value moved to another subject or column does not open),
 * padded to the model's one size per part. The unique
 * RespondentKey makes a second answer by the same rater about the same subject fail as a
 * DuplicateKeyError — a double click, a replayed card or two devices at once.
 */
export class FeedbackAnswersRepository implements AnswersStore {
  constructor(
    private readonly site: SiteContext,
    private readonly box: SealedBox,
  ) {}

  async add(
    cycleId: number,
    subjectKey: string,
    respondentKey: string,
    answer: OpenedAnswer,
    sizes: SealedAnswerSizes,
  ): Promise<void> {
    const list = await this.site.list(feedbackAnswersList);
    const context = sealContext(cycleId, subjectKey);
    const ratings: SealedRatings = { g: answer.group, r: answer.ratings };
    const sealedRatings = this.box.seal(JSON.stringify(ratings), sizes.ratings, context);
    const sealedComments = this.box.seal(
      JSON.stringify(answer.comments),
      sizes.comments,
      `${context}#comments`,
    );
    await writing(() =>
      list.items.add({
        Title: `${cycleId}`,
        CycleId: cycleId,
        SubjectKey: subjectKey,
        RespondentKey: respondentKey,
        SealedAnswer: sealedRatings,
        SealedComments: sealedComments,
      }),
    );
  }

  async ofSubject(cycleId: number, subjectKey: string): Promise<StoredAnswer[]> {
    const list = await this.site.list(feedbackAnswersList);
    const query = ANSWER.applyTo(list.items)
      .filter(`${on('SubjectKey', 'eq', subjectKey)} and ${on('CycleId', 'eq', cycleId)}`)
      .orderBy('Id', true);
    const answers: StoredAnswer[] = [];
    for await (const page of pagesOf<AnswerRow>(query, MAX_PAGE_SIZE))
      answers.push(...page.map((row) => this.toAnswer(row)));
    return answers;
  }

  async *all(cycleId: number, options: { readonly comments?: boolean } = {}): AsyncGenerator<StoredAnswer[]> {
    const list = await this.site.list(feedbackAnswersList);
    const selection = options.comments === false ? RATINGS : ANSWER;
    for await (const page of windowedPages<AnswerRow>(list, selection, [on('CycleId', 'eq', cycleId)]))
      yield page.map((row) => this.toAnswer(row));
  }

  /**
   * A rater's few keys (progress, "done") are looked up in `or` chains in one $batch; a cycle's
   * thousands (reminders) by reading the cycle's keys once, in ID windows.
   */
  async existing(cycleId: number, respondentKeys: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(respondentKeys)];
    if (wanted.length === 0) return new Set();
    if (wanted.length > LOOKUP_LIMIT) {
      const stored = new Set((await this.keysOf(cycleId)).map((row) => row.RespondentKey ?? ''));
      return new Set(wanted.filter((key) => stored.has(key)));
    }
    const rows = await rowsWithValues<{ Id: number; RespondentKey: string | null }>(
      this.site,
      feedbackAnswersList,
      'RespondentKey',
      wanted,
      [],
      [on('CycleId', 'eq', cycleId)],
    );
    return new Set(rows.map((row) => row.RespondentKey ?? ''));
  }

  async counts(cycleId: number): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const row of await this.keysOf(cycleId)) {
      const key = row.SubjectKey ?? '';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  async unlink(respondentKeys: readonly string[]): Promise<number> {
    const rows = await rowsWithValues<{ Id: number }>(
      this.site,
      feedbackAnswersList,
      'RespondentKey',
      respondentKeys,
      [],
    );
    if (rows.length === 0) return 0;
    const url = await this.site.listUrl(feedbackAnswersList);
    await inOneBatch(this.site.sp, (batched) =>
      rows.map((row) =>
        batched.web
          .getList(url)
          .items.getById(row.Id)
          .update({ RespondentKey: `${ERASED}${globalThis.crypto.randomUUID()}` }),
      ),
    );
    return rows.length;
  }

  async removeOfSubject(cycleId: number, subjectKey: string): Promise<number> {
    const list = await this.site.list(feedbackAnswersList);
    const ids: number[] = [];
    const query = list.items
      .select('Id')
      .filter(`${on('SubjectKey', 'eq', subjectKey)} and ${on('CycleId', 'eq', cycleId)}`);
    for await (const page of pagesOf<{ Id: number }>(query, MAX_PAGE_SIZE))
      ids.push(...page.map((row) => row.Id));
    return deleteRows(this.site, feedbackAnswersList, ids);
  }

  /** A cycle's keys, read in ID windows (4,700 answers of a cycle in a list holding several). */
  private async keysOf(cycleId: number): Promise<RowOf<typeof KEYS>[]> {
    const list = await this.site.list(feedbackAnswersList);
    const rows: RowOf<typeof KEYS>[] = [];
    for await (const page of windowedPages<RowOf<typeof KEYS>>(list, KEYS, [on('CycleId', 'eq', cycleId)]))
      rows.push(...page);
    return rows;
  }

  private toAnswer(row: AnswerRow): StoredAnswer {
    const cycleId = row.CycleId ?? 0;
    const subjectKey = row.SubjectKey ?? '';
    const context = sealContext(cycleId, subjectKey);
    const fields = JSON.parse(this.box.open(row.SealedAnswer ?? '', context)) as SealedRatings;
    const group = (RATER_GROUPS as readonly string[]).includes(fields.g)
      ? (fields.g as OpenedAnswer['group'])
      : 'other';
    // Read without its comments (the organisation view): the answer comes with none.
    const comments =
      row.SealedComments === undefined
        ? {}
        : (JSON.parse(
            this.box.open(row.SealedComments ?? '', `${context}#comments`),
          ) as OpenedAnswer['comments']);
    const respondentKey = row.RespondentKey ?? '';
    return {
      id: row.Id,
      cycleId,
      subjectKey,
      respondentKey: respondentKey.startsWith(ERASED) ? null : respondentKey,
      answer: { group, ratings: fields.r as OpenedAnswer['ratings'], comments },
    };
  }
}

const sealContext = (cycleId: number, subjectKey: string) => `360#${cycleId}#${subjectKey}`;
