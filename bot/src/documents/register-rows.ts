import {
  DOCUMENT_LIMITS,
  departmentWithSections,
  isReviewOverdue,
  normalizeEmail,
  type Department,
  type DocumentFilter,
  type DocumentSummary,
  type StoredDocumentQuery,
  type StoredDocumentSummary,
} from '@kvalita/core';

/*
 * The register's filtering, search, order and paging of stored rows: storage filters on its
 * indexed columns (status, kind, subcriterion), the rest is done here on what it returned.
 */

/** Lower case without accents, so "eticky" finds "Etický kodex" and "SM" finds "sm-01". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('cs');
}

/** Every word of the search is in the code or the title (accents and case aside). */
export function matchesSearch(row: Pick<DocumentSummary, 'code' | 'title'>, search: string): boolean {
  const words = foldText(search)
    .split(/\s+/)
    .filter((word) => word !== '');
  const haystack = foldText(`${row.code} ${row.title}`);
  return words.every((word) => haystack.includes(word));
}

/** The part of the filter storage applies on indexed columns. */
export function storedQueryOf(filter: DocumentFilter): StoredDocumentQuery {
  return {
    ...(filter.status === undefined ? {} : { statuses: filter.status }),
    ...(filter.kind === undefined ? {} : { kind: filter.kind }),
    ...(filter.subcriterionCode === undefined ? {} : { subcriterionCode: filter.subcriterionCode }),
  };
}

export function isMineRow(row: StoredDocumentSummary, email: string): boolean {
  const me = normalizeEmail(email);
  const same = (candidate: string | null) => candidate !== null && normalizeEmail(candidate) === me;
  return same(row.ownerEmail) || same(row.approverEmail) || row.reviewerEmails.some(same);
}

/** Effective (or with its next version approved) and past its review date. */
export function rowReviewOverdue(
  row: Pick<StoredDocumentSummary, 'status' | 'nextReviewDate'>,
  today: string,
) {
  return (
    (row.status === 'effective' || row.status === 'approved') && isReviewOverdue(row.nextReviewDate, today)
  );
}

/** The rest of the filter, on the rows storage returned. */
export function matchesFilter(
  row: StoredDocumentSummary,
  filter: DocumentFilter,
  context: { readonly email: string; readonly today: string; readonly departments: readonly Department[] },
): boolean {
  if (filter.search !== undefined && filter.search !== '' && !matchesSearch(row, filter.search)) return false;
  if (filter.mine === true && !isMineRow(row, context.email)) return false;
  if (filter.reviewOverdue !== undefined && rowReviewOverdue(row, context.today) !== filter.reviewOverdue)
    return false;
  if (filter.departmentCode !== undefined) {
    const covered = departmentWithSections(filter.departmentCode, context.departments);
    if (!row.departmentCodes.some((code) => covered.includes(code))) return false;
  }
  return true;
}

const collator = new Intl.Collator('cs', { numeric: true });

/** Sorted by the filter's key (codes as people number them: SM-2 before SM-10); ties by id, so pages never repeat a row. */
export function sortRows(
  rows: readonly StoredDocumentSummary[],
  filter: DocumentFilter,
): StoredDocumentSummary[] {
  const sort = filter.sort ?? 'code';
  const direction = filter.descending === true ? -1 : 1;
  // A missing date sorts last whichever the direction: "no review date" is not the soonest.
  const byDate = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 * direction : b === null ? -1 * direction : a.localeCompare(b);
  const key = (a: StoredDocumentSummary, b: StoredDocumentSummary): number => {
    switch (sort) {
      case 'code':
        return collator.compare(a.code, b.code);
      case 'title':
        return collator.compare(a.title, b.title);
      case 'effectiveFrom':
        return byDate(a.effectiveFrom, b.effectiveFrom);
      case 'nextReviewDate':
        return byDate(a.nextReviewDate, b.nextReviewDate);
      case 'modified':
        return a.modifiedAt.localeCompare(b.modifiedAt);
    }
  };
  return [...rows].sort((a, b) => direction * key(a, b) || a.id - b.id);
}

/** A page token is the offset of the page's first row, so any page can be asked for again. */
export const pageToken = (offset: number) => `p${offset.toString(36)}`;
export const pageOffset = (token: string | undefined) =>
  token === undefined ? 0 : parseInt(token.slice(1), 36);

export function pageOf<T>(
  rows: readonly T[],
  filter: DocumentFilter,
): { items: T[]; nextPage: string | null } {
  const pageSize = filter.pageSize ?? DOCUMENT_LIMITS.pageSize.default;
  const offset = pageOffset(filter.page);
  const end = offset + pageSize;
  return { items: rows.slice(offset, end), nextPage: end < rows.length ? pageToken(end) : null };
}
