import type { Department, Person } from '../platform/directory';
import { normalizeEmail } from '../platform/directory';
import type {
  AcknowledgementAudience,
  AcknowledgementRate,
  DepartmentAcknowledgementRate,
  PendingAcknowledgement,
} from './contract';
import { isInAudience, resolveAudience, topDepartmentOf } from './audience';
import { daysBetween } from './review-dates';
import { documentContentUrl } from './version-label';

/*
 * Read-and-acknowledge figures: one confirmation per person per version (append-only), counted
 * against the audience as the directory has it now. A confirmation by someone who has left the
 * audience no longer counts (the rate is of who must know the document today); a confirmation of
 * an earlier version does not count for the effective one (the text changed).
 */

type DepartmentInfo = Pick<Department, 'code' | 'name' | 'parentCode'>;
type Member = Pick<Person, 'email' | 'departmentCode' | 'roles'>;

/** What the figures read of a confirmation. */
export interface AcknowledgementFact {
  readonly documentId: number;
  readonly versionLabel: string;
  readonly email: string;
  readonly at: string;
}

/** An effective version that asks for confirmations. */
export interface AcknowledgedVersion {
  readonly documentId: number;
  readonly versionLabel: string;
  readonly acknowledgementAudience: AcknowledgementAudience;
}

/** The e-mails that confirmed this version of this document. */
export function confirmedBy(
  version: Pick<AcknowledgedVersion, 'documentId' | 'versionLabel'>,
  acknowledgements: readonly AcknowledgementFact[],
): Set<string> {
  return new Set(
    acknowledgements
      .filter((ack) => ack.documentId === version.documentId && ack.versionLabel === version.versionLabel)
      .map((ack) => normalizeEmail(ack.email)),
  );
}

/** The version's rate overall and per top-level department (sections in their department), by name. */
export function acknowledgementRates(
  version: AcknowledgedVersion,
  people: readonly Member[],
  departments: readonly DepartmentInfo[],
  acknowledgements: readonly AcknowledgementFact[],
): { readonly total: AcknowledgementRate; readonly byDepartment: DepartmentAcknowledgementRate[] } {
  const audience = resolveAudience(version.acknowledgementAudience, people, departments);
  const confirmed = confirmedBy(version, acknowledgements);
  const total = { audience: audience.length, acknowledged: 0 };
  const byCode = new Map<string, { audience: number; acknowledged: number }>();
  for (const person of audience) {
    const done = confirmed.has(normalizeEmail(person.email));
    if (done) total.acknowledged++;
    if (person.departmentCode === null) continue;
    const code = topDepartmentOf(person.departmentCode, departments);
    const rate = byCode.get(code) ?? { audience: 0, acknowledged: 0 };
    rate.audience++;
    if (done) rate.acknowledged++;
    byCode.set(code, rate);
  }
  return { total, byDepartment: departmentRows(byCode, departments) };
}

/** Adds per-department figures of several versions together (the overview's table by department). */
export function sumDepartmentRates(
  rates: readonly (readonly DepartmentAcknowledgementRate[])[],
): DepartmentAcknowledgementRate[] {
  const sums = new Map<string, DepartmentAcknowledgementRate>();
  for (const row of rates.flat()) {
    const sum = sums.get(row.departmentCode);
    sums.set(
      row.departmentCode,
      sum === undefined
        ? row
        : {
            ...sum,
            audience: sum.audience + row.audience,
            acknowledged: sum.acknowledged + row.acknowledged,
          },
    );
  }
  return [...sums.values()].sort(byName);
}

const collator = new Intl.Collator('cs');
const byName = (a: DepartmentAcknowledgementRate, b: DepartmentAcknowledgementRate) =>
  collator.compare(a.departmentName, b.departmentName) || a.departmentCode.localeCompare(b.departmentCode);

function departmentRows(
  byCode: ReadonlyMap<string, { audience: number; acknowledged: number }>,
  departments: readonly DepartmentInfo[],
): DepartmentAcknowledgementRate[] {
  const names = new Map(departments.map((department) => [department.code, department.name]));
  return [...byCode.entries()]
    .map(([departmentCode, rate]) => ({
      departmentCode,
      departmentName: names.get(departmentCode) ?? departmentCode,
      ...rate,
    }))
    .sort(byName);
}

/** An effective document a person may have to confirm. */
export interface AcknowledgeableDocument extends AcknowledgedVersion {
  readonly code: string;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly webUrl: string | null;
}

/**
 * What the person still has to confirm, longest waiting first. `joinedOn`: the day they joined the
 * office or their department, when the directory knows it; someone who joined the audience after
 * the version took effect waits from the day they joined, not from the effective date.
 */
export function pendingAcknowledgementsOf(
  person: Member,
  documents: readonly AcknowledgeableDocument[],
  departments: readonly DepartmentInfo[],
  acknowledgements: readonly AcknowledgementFact[],
  today: string,
  joinedOn: string | null = null,
): PendingAcknowledgement[] {
  const email = normalizeEmail(person.email);
  const mine = acknowledgements.filter((ack) => normalizeEmail(ack.email) === email);
  return documents
    .filter(
      (document) =>
        isInAudience(person, document.acknowledgementAudience, departments) &&
        !confirmedBy(document, mine).has(email),
    )
    .map((document) => {
      const since =
        joinedOn !== null && joinedOn > document.effectiveFrom ? joinedOn : document.effectiveFrom;
      return {
        documentId: document.documentId,
        code: document.code,
        title: document.title,
        versionLabel: document.versionLabel,
        effectiveFrom: document.effectiveFrom,
        webUrl: document.webUrl,
        contentUrl: documentContentUrl(document.documentId, document.versionLabel),
        daysWaiting: Math.max(0, daysBetween(since, today)),
      };
    })
    .sort((a, b) => b.daysWaiting - a.daysWaiting || collator.compare(a.code, b.code));
}
