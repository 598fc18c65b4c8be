import type { AnswersStore, OpenedAnswer, StoredAnswer } from '@kvalita/core';
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
import { writing } from './feedback-rows';
import { feedbackAnswersList } from './lists/feedback-answers';

const on = filterOn(feedbackAnswersList);
const ANSWER = selectOf(feedbackAnswersList, 'Id', 'CycleId', 'SubjectKey', 'RespondentKey', 'SealedAnswer');
const KEYS = selectOf(feedbackAnswersList, 'Id', 'SubjectKey', 'RespondentKey');
type AnswerRow = RowOf<typeof ANSWER>;

/** A respondent key replaced on erasure: unique like any key, tied to nobody. */
const ERASED = 'erased:';
/** Up to this many keys are looked up in `or` chains in one $batch; more, and the cycle's keys are read whole. */
const LOOKUP_LIMIT = 500;

interface SealedFields {
  readonly g: string;
  readonly r: Readonly<Record<string, number | null>>;
  readonly c: Readonly<Record<string, string>>;
}

/**
 * 360 answers on Kvalita360Answers (service-only): the port AnswersStore. The group, ratings and
 * comments are sealed together with the service's key, bound to the row's cycle and subject key
 * (a value moved to another subject does not open), padded to the model's one size. The unique
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
    sealedBytes: number,
  ): Promise<void> {
    const list = await this.site.list(feedbackAnswersList);
    const fields: SealedFields = { g: answer.group, r: answer.ratings, c: answer.comments };
    const sealed = this.box.seal(JSON.stringify(fields), sealedBytes, sealContext(cycleId, subjectKey));
    await writing(() =>
      list.items.add({
        Title: `${cycleId}`,
        CycleId: cycleId,
        SubjectKey: subjectKey,
        RespondentKey: respondentKey,
        SealedAnswer: sealed,
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

  async *all(cycleId: number): AsyncGenerator<StoredAnswer[]> {
    const list = await this.site.list(feedbackAnswersList);
    for await (const page of windowedPages<AnswerRow>(list, ANSWER, [on('CycleId', 'eq', cycleId)]))
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
    const fields = JSON.parse(
      this.box.open(row.SealedAnswer ?? '', sealContext(cycleId, subjectKey)),
    ) as SealedFields;
    const group = (RATER_GROUPS as readonly string[]).includes(fields.g)
      ? (fields.g as OpenedAnswer['group'])
      : 'other';
    const respondentKey = row.RespondentKey ?? '';
    return {
      id: row.Id,
      cycleId,
      subjectKey,
      respondentKey: respondentKey.startsWith(ERASED) ? null : respondentKey,
      answer: { group, ratings: fields.r as OpenedAnswer['ratings'], comments: fields.c },
    };
  }
}

const sealContext = (cycleId: number, subjectKey: string) => `360#${cycleId}#${subjectKey}`;
