import {
  normalizeEmail,
  type NewNomination,
  type NewSubject,
  type NominationState,
  type StoredSubject,
  type SubjectsStore,
} from '@kvalita/core';
import '../platform/pnp-imports';
import type { StoredDepartment } from '../platform/directory/departments';
import { NotFoundError } from '../platform/errors';
import { windowedPages } from '../platform/id-windows';
import { etagOf, MAX_PAGE_SIZE, pagesOf } from '../platform/paging';
import { addRowsUnlessTaken, deleteRows } from '../platform/row-batches';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { directoryNames, nameOr } from './feedback-people';
import { writing } from '../platform/stored-rows';
import { feedbackNominationsList } from './lists/feedback-nominations';
import { feedbackSubjectsList } from './lists/feedback-subjects';
import { nominationKey, nominationValues, onNominations } from './nomination-rows';

const SUBJECT = selectOf(
  feedbackSubjectsList,
  'Id',
  'Title',
  'CycleId',
  'SubjectEmail',
  'ManagerEmail',
  'ManagerName',
  'DepartmentCode',
  'NominationState',
);
type SubjectRow = RowOf<typeof SUBJECT>;
const where = filterOn(feedbackSubjectsList);
const nominationStates = choiceColumn(feedbackSubjectsList, 'NominationState');

/** "<cycle>|<e-mail>": a person is a subject once per cycle. */
export const subjectKey = (cycleId: number, email: string) =>
  `${Math.trunc(cycleId)}|${normalizeEmail(email)}`;

/**
 * Who is rated in a cycle, on Kvalita360Subjects (service-only): the port SubjectsStore. A cycle
 * has at most FEEDBACK_LIMITS.subjects (2,000) subjects, so one indexed query of a cycle's rows
 * stays under the list view threshold whatever the list holds; their nominations (up to 20 each)
 * are read and written in ID windows and $batch chunks.
 */
export class FeedbackSubjectsRepository implements SubjectsStore {
  constructor(private readonly site: SiteContext) {}

  /**
   * Adds the subjects not there yet, then their directory nominations not there yet: 590 subjects
   * and 4,700 nominations in $batch chunks of 100. Resumable: a call after one that failed halfway
   * adds only what is missing (the unique keys hold against a race too). Returns the subjects added.
   */
  async addAll(
    cycleId: number,
    subjects: readonly { readonly subject: NewSubject; readonly nominations: readonly NewNomination[] }[],
  ): Promise<number> {
    if (subjects.length === 0) return 0;
    const before = await this.idsByEmail(cycleId);
    const names = await directoryNames(this.site, [
      ...subjects.map((entry) => entry.subject.email),
      ...subjects.flatMap((entry) => (entry.subject.managerEmail ? [entry.subject.managerEmail] : [])),
      ...subjects.flatMap((entry) => entry.nominations.map((nomination) => nomination.raterEmail)),
    ]);
    const missing = subjects.filter((entry) => !before.has(normalizeEmail(entry.subject.email)));
    const added = await addRowsUnlessTaken(
      this.site,
      feedbackSubjectsList,
      missing.map(({ subject }) => subjectValues(cycleId, subject, names)),
    );
    const ids = missing.length === 0 ? before : await this.idsByEmail(cycleId);
    const stored = await this.nominationKeys(cycleId);
    const nominations: NewItemOf<typeof feedbackNominationsList>[] = [];
    for (const { subject, nominations: wanted } of subjects) {
      const subjectId = ids.get(normalizeEmail(subject.email));
      if (subjectId === undefined)
        throw new Error(`Subject ${subject.email} of cycle ${cycleId} was not stored`);
      for (const nomination of wanted)
        if (!stored.has(nominationKey(subjectId, nomination.raterEmail)))
          nominations.push(
            nominationValues({ cycleId, subjectId, subjectEmail: subject.email }, nomination, names),
          );
    }
    await addRowsUnlessTaken(this.site, feedbackNominationsList, nominations);
    return added;
  }

  /**
   * A page of a cycle's subjects in ID order, filtered on indexed columns only (e-mail, manager,
   * nomination state), with the number of all that match: the cycle's matching rows come in one
   * request (at most 2,000), the page is cut from them. `page` is the last ID of the page before.
   */
  async page(
    cycleId: number,
    options: {
      readonly page?: string;
      readonly pageSize: number;
      readonly state?: NominationState;
      readonly managerEmail?: string;
      readonly email?: string;
    },
  ): Promise<{ items: StoredSubject[]; total: number; nextPage: string | null }> {
    const clauses = [
      // The most selective indexed clause first: it is the one SharePoint seeks with.
      ...(options.email !== undefined
        ? [where('SubjectKey', 'eq', subjectKey(cycleId, options.email))]
        : options.managerEmail !== undefined
          ? [
              where('ManagerEmail', 'eq', normalizeEmail(options.managerEmail)),
              where('CycleId', 'eq', cycleId),
            ]
          : [where('CycleId', 'eq', cycleId)]),
      ...(options.email !== undefined && options.managerEmail !== undefined
        ? [where('ManagerEmail', 'eq', normalizeEmail(options.managerEmail))]
        : []),
      ...(options.state !== undefined
        ? [where('NominationState', 'eq', nominationStates.label(options.state))]
        : []),
    ];
    const list = await this.site.list(feedbackSubjectsList);
    const rows: SubjectRow[] = [];
    for await (const page of pagesOf<SubjectRow>(
      SUBJECT.applyTo(list.items).filter(clauses.join(' and ')).orderBy('Id', true),
      MAX_PAGE_SIZE,
    ))
      rows.push(...page);
    const after = options.page === undefined ? 0 : Number.parseInt(options.page, 10) || 0;
    const size = Math.max(1, Math.trunc(options.pageSize));
    const rest = rows.filter((row) => row.Id > after);
    const items = rest.slice(0, size);
    const departments = await this.site.departments.get();
    return {
      items: items.map((row) => toSubject(row, departments)),
      total: rows.length,
      nextPage: rest.length > size && items.length > 0 ? String(items[items.length - 1]?.Id) : null,
    };
  }

  async *all(cycleId: number): AsyncGenerator<StoredSubject[]> {
    const list = await this.site.list(feedbackSubjectsList);
    const departments = await this.site.departments.get();
    const query = SUBJECT.applyTo(list.items)
      .filter(where('CycleId', 'eq', cycleId))
      .orderBy('Id', true);
    for await (const page of pagesOf<SubjectRow>(query, MAX_PAGE_SIZE))
      if (page.length > 0) yield page.map((row) => toSubject(row, departments));
  }

  async get(cycleId: number, subjectId: number): Promise<StoredSubject | null> {
    const row = await this.row(subjectId);
    if (row === null || row.CycleId !== cycleId) return null;
    return toSubject(row, await this.site.departments.get());
  }

  async setState(subjectId: number, etag: string, state: NominationState): Promise<StoredSubject> {
    const list = await this.site.list(feedbackSubjectsList);
    await writing(() =>
      list.items.getById(subjectId).update({ NominationState: nominationStates.label(state) }, etag),
    );
    const row = await this.row(subjectId);
    if (row === null) throw new Error(`360 subject ${subjectId} is gone`);
    return toSubject(row, await this.site.departments.get());
  }

  /** Removes a subject's nominations, then the subject (erasure); a subject already gone is fine. */
  async remove(subjectId: number): Promise<void> {
    const nominations = await this.site.list(feedbackNominationsList);
    const ids: number[] = [];
    for await (const page of pagesOf<{ Id: number }>(
      nominations.items.select('Id').filter(onNominations('SubjectId', 'eq', subjectId)),
      MAX_PAGE_SIZE,
    ))
      ids.push(...page.map((row) => row.Id));
    await deleteRows(this.site, feedbackNominationsList, ids);
    await deleteRows(this.site, feedbackSubjectsList, [subjectId]);
  }

  private async row(subjectId: number): Promise<SubjectRow | null> {
    const list = await this.site.list(feedbackSubjectsList);
    try {
      return await SUBJECT.applyTo(list.items.getById(Math.trunc(subjectId)))<SubjectRow>();
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** The cycle's subjects' IDs by e-mail. */
  private async idsByEmail(cycleId: number): Promise<Map<string, number>> {
    const list = await this.site.list(feedbackSubjectsList);
    const ids = new Map<string, number>();
    const query = list.items.select('Id', 'SubjectEmail').filter(where('CycleId', 'eq', cycleId));
    for await (const page of pagesOf<{ Id: number; SubjectEmail: string | null }>(query, MAX_PAGE_SIZE))
      for (const row of page) ids.set(normalizeEmail(row.SubjectEmail ?? ''), row.Id);
    return ids;
  }

  /** The keys of the cycle's nominations, read in ID windows (up to 40,000 rows a cycle). */
  private async nominationKeys(cycleId: number): Promise<Set<string>> {
    const list = await this.site.list(feedbackNominationsList);
    const keys = new Set<string>();
    for await (const page of windowedPages<{ NominationKey: string | null }>(
      list,
      selectOf(feedbackNominationsList, 'NominationKey'),
      [onNominations('CycleId', 'eq', cycleId)],
    ))
      for (const row of page) if (row.NominationKey) keys.add(row.NominationKey);
    return keys;
  }
}

function subjectValues(
  cycleId: number,
  subject: NewSubject,
  names: ReadonlyMap<string, string>,
): NewItemOf<typeof feedbackSubjectsList> {
  const email = normalizeEmail(subject.email);
  const manager = subject.managerEmail === null ? null : normalizeEmail(subject.managerEmail);
  return {
    Title: nameOr(names, email),
    CycleId: cycleId,
    SubjectEmail: email,
    ManagerEmail: manager,
    ManagerName: manager === null ? null : nameOr(names, manager),
    DepartmentCode: subject.departmentCode,
    NominationState: nominationStates.label('open'),
    SubjectKey: subjectKey(cycleId, email),
  };
}

function toSubject(row: SubjectRow, departments: readonly StoredDepartment[]): StoredSubject {
  const email = normalizeEmail(row.SubjectEmail ?? '');
  const managerEmail = row.ManagerEmail ? normalizeEmail(row.ManagerEmail) : null;
  const departmentCode = row.DepartmentCode ?? null;
  return {
    id: row.Id,
    cycleId: row.CycleId ?? 0,
    email,
    managerEmail,
    person: { email, displayName: row.Title || email },
    manager:
      managerEmail === null ? null : { email: managerEmail, displayName: row.ManagerName || managerEmail },
    departmentCode,
    departmentName:
      departmentCode === null
        ? null
        : (departments.find((department) => department.code === departmentCode)?.name ?? null),
    nominationState: nominationStates.code(row.NominationState) ?? 'open',
    etag: etagOf(row),
  };
}
