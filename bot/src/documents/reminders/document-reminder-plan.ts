import { DOCUMENT_LIMITS, addDays, normalizeEmail, type DocumentSettings } from '@kvalita/core';
import type { NewDocumentNotification, StoredDocumentNotification } from '@kvalita/sharepoint';
import type { AudienceMember, DepartmentHead } from '../chat/document-audience';
import { ONCE } from '../chat/notification-store';

/** An effective document whose owner is reminded of its periodic review. */
export interface ReviewedDocument {
  readonly id: number;
  readonly versionLabel: string | null;
  readonly nextReviewDate: string | null;
  readonly ownerEmail: string | null;
}

/** How late a reminder still goes out when the service was down on its day (a long weekend). */
export const CATCH_UP_DAYS = 7;

/** The review reminders' occasion: the review date and the days before it ("2027-05-01@30"). */
export const reviewOccasion = (reviewDate: string, daysBefore: number) => `${reviewDate}@${daysBefore}`;

/** The Monday of the office week of `today` (weekday 1 = Monday … 7 = Sunday). */
export function weekOf(today: string, weekday: number): string {
  return addDays(today, 1 - weekday);
}

/**
 * Review reminders due today (pure; one row per occasion, so planning again adds nothing):
 * "in 30 days" from 30 days before the review date until the 10-day one takes over, "in 10 days"
 * from 10 days before until the date, and "overdue" once a week (the week's Monday is its
 * occasion) from the day after.
 */
export function reviewRemindersDue(
  today: string,
  weekday: number,
  documents: readonly ReviewedDocument[],
): NewDocumentNotification[] {
  const [far, near] = DOCUMENT_LIMITS.reviewReminderDays;
  const planned: NewDocumentNotification[] = [];
  for (const document of documents) {
    const date = document.nextReviewDate;
    if (!date || !document.ownerEmail || !document.versionLabel) continue;
    const base = {
      documentId: document.id,
      versionLabel: document.versionLabel,
      recipientEmail: normalizeEmail(document.ownerEmail),
    };
    if (today > date)
      planned.push({ kind: 'reviewOverdue', ...base, occasion: `${date}#${weekOf(today, weekday)}` });
    else if (today >= addDays(date, -near))
      planned.push({ kind: 'reviewSoon', ...base, occasion: reviewOccasion(date, near) });
    else if (today >= addDays(date, -far))
      planned.push({ kind: 'reviewSoon', ...base, occasion: reviewOccasion(date, far) });
  }
  return planned;
}

/** One effective version that requires acknowledgement, with what the planner read about it. */
export interface AcknowledgedVersion {
  readonly documentId: number;
  readonly versionLabel: string;
  /** The version's effective date (YYYY-MM-DD or ISO). */
  readonly effectiveFrom: string;
  readonly audience: readonly AudienceMember[];
  /** Lower-case e-mails of those who confirmed this version. */
  readonly acknowledged: ReadonlySet<string>;
  /** The read-and-confirm rows of this version (who was asked, and when the card went out). */
  readonly requests: readonly StoredDocumentNotification[];
}

/** When a person's wait started: their card's sending (a late joiner's too), else its planning. */
export function waitingSince(row: StoredDocumentNotification | undefined, effectiveFrom: string): string {
  const at = row?.sentAt ?? row?.createdAt ?? '';
  return (at !== '' ? at : effectiveFrom).slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Those of the audience who have not confirmed and have waited at least `days` since their card. */
export function waitingAtLeast(version: AcknowledgedVersion, today: string, days: number): AudienceMember[] {
  const requested = new Map(
    version.requests.flatMap((row) =>
      row.recipientEmail ? [[normalizeEmail(row.recipientEmail), row] as const] : [],
    ),
  );
  return version.audience.filter((member) => {
    if (version.acknowledged.has(member.email)) return false;
    const row = requested.get(member.email);
    // Nobody is chased before their card went out (a person without a chat yet waits on it).
    if (!row || row.state !== 'sent') return false;
    return daysBetween(waitingSince(row, version.effectiveFrom), today) >= days;
  });
}

/**
 * The acknowledgement cards due today for one version (pure; unique rows make a second pass add
 * nothing):
 * - "read and confirm" to everyone of the audience who has none yet (people who joined the
 *   audience since the version took effect, and anyone the first fan-out could not plan);
 * - the reminder, once, to those who have not confirmed N days after their card;
 * - the escalation, once per head and version, to the head of each department where someone has
 *   not confirmed M days after their card (the fan-out puts one head's escalations of a day on
 *   one card).
 */
export function acknowledgementsDue(
  version: AcknowledgedVersion,
  heads: readonly DepartmentHead[],
  today: string,
  settings: DocumentSettings,
): NewDocumentNotification[] {
  const base = { documentId: version.documentId, versionLabel: version.versionLabel, occasion: ONCE };
  const asked = new Set(
    version.requests.flatMap((row) => (row.recipientEmail ? [normalizeEmail(row.recipientEmail)] : [])),
  );
  const planned: NewDocumentNotification[] = version.audience
    .filter((member) => !version.acknowledged.has(member.email) && !asked.has(member.email))
    .map((member) => ({ kind: 'acknowledgementRequest' as const, ...base, recipientEmail: member.email }));
  for (const member of waitingAtLeast(version, today, settings.acknowledgementReminderDays))
    planned.push({ kind: 'acknowledgementReminder', ...base, recipientEmail: member.email });
  const late = waitingAtLeast(version, today, settings.acknowledgementEscalationDays);
  const escalated = new Set<string>();
  for (const member of late)
    for (const head of heads)
      if (
        member.departmentCode !== null &&
        head.departmentCodes.includes(member.departmentCode) &&
        head.email !== member.email
      )
        escalated.add(head.email);
  for (const email of escalated)
    planned.push({ kind: 'acknowledgementEscalation', ...base, recipientEmail: email });
  return planned;
}
