import {
  normalizeEmail,
  type NominationsStore,
  type StoredFeedbackCycle,
  type StoredSubject,
  type SubjectsStore,
} from '@kvalita/core';
import type { FeedbackNotifier } from '../feedback-ports';
import {
  FEEDBACK_REMINDER_KINDS,
  ONCE,
  type FeedbackDeliveryStore,
  type NewFeedbackDelivery,
} from './feedback-delivery-store';

export interface FeedbackChatNotifierDeps {
  readonly deliveries: FeedbackDeliveryStore;
  readonly subjects: Pick<SubjectsStore, 'all'>;
  readonly nominations: Pick<NominationsStore, 'all'>;
  /** Asks the fan-out to run now rather than at the next tick (never awaited). */
  readonly kick?: () => void;
  readonly log?: (line: string) => void;
}

/**
 * What 360 feedback's service tells the chat, turned into planned cards: rows in the deliveries
 * list (unique per kind, cycle, subject, occasion and person, so planning twice — a retried
 * request, a restart, the daily pass planning again — adds nothing), which FeedbackChat's fan-out
 * sends at Teams' pace, resumably. Planning reads the cycle's subjects or nominations page by page
 * and plans each page as it comes: 590 subjects × 8 raters is never held at once.
 */
export class FeedbackChatNotifier implements FeedbackNotifier {
  constructor(private readonly deps: FeedbackChatNotifierDeps) {}

  async nominationsOpened(cycle: StoredFeedbackCycle): Promise<void> {
    await this.planPages(
      'nominations opened',
      this.subjectPages(cycle, (subject) => [
        {
          kind: 'nominationRequest',
          cycleId: cycle.id,
          subjectId: subject.id,
          occasion: ONCE,
          recipientEmail: normalizeEmail(subject.email),
        },
      ]),
    );
  }

  async nominationsSubmitted(cycle: StoredFeedbackCycle, subject: StoredSubject): Promise<void> {
    await this.planPages('nominations submitted', single(this.approvalRequest(cycle, subject)));
  }

  async ratingStarted(cycle: StoredFeedbackCycle): Promise<void> {
    await this.planPages('rating started', this.ratingPages(cycle));
  }

  async closed(cycle: StoredFeedbackCycle): Promise<void> {
    // Rating cards not sent yet are dropped by the fan-out (it checks the phase); reminder rows
    // name who had not answered, so they go as soon as nothing needs them.
    const removed = await this.deps.deliveries.remove(cycle.id, FEEDBACK_REMINDER_KINDS);
    if (removed > 0) this.deps.log?.(`feedback: cycle ${cycle.id} closed, ${removed} reminder rows removed`);
  }

  async released(cycle: StoredFeedbackCycle): Promise<void> {
    const managers = new Set<string>();
    await this.planPages(
      'reports released',
      this.subjectPages(cycle, (subject) => {
        const rows: NewFeedbackDelivery[] = [
          {
            kind: 'released',
            cycleId: cycle.id,
            subjectId: subject.id,
            occasion: ONCE,
            recipientEmail: normalizeEmail(subject.email),
          },
        ];
        const manager = subject.managerEmail ? normalizeEmail(subject.managerEmail) : null;
        if (manager && !managers.has(manager)) {
          managers.add(manager);
          rows.push({
            kind: 'released',
            cycleId: cycle.id,
            subjectId: 0,
            occasion: ONCE,
            recipientEmail: manager,
          });
        }
        return rows;
      }),
    );
  }

  /** The approval card to the subject's manager (none without one: the coordinator approves in the tab). */
  approvalRequest(cycle: StoredFeedbackCycle, subject: StoredSubject): NewFeedbackDelivery[] {
    return subject.managerEmail
      ? [
          {
            kind: 'approvalRequest',
            cycleId: cycle.id,
            subjectId: subject.id,
            occasion: ONCE,
            recipientEmail: normalizeEmail(subject.managerEmail),
          },
        ]
      : [];
  }

  /** One rating card per approved nomination, the subject's own self-assessment included. */
  async *ratingPages(cycle: StoredFeedbackCycle): AsyncGenerator<NewFeedbackDelivery[]> {
    for await (const page of this.deps.nominations.all(cycle.id))
      yield page
        .filter((nomination) => nomination.state === 'approved')
        .map((nomination) => ({
          kind: 'ratingRequest' as const,
          cycleId: cycle.id,
          subjectId: nomination.subjectId,
          occasion: ONCE,
          recipientEmail: normalizeEmail(nomination.raterEmail),
        }));
  }

  async *subjectPages(
    cycle: StoredFeedbackCycle,
    rows: (subject: StoredSubject) => NewFeedbackDelivery[],
  ): AsyncGenerator<NewFeedbackDelivery[]> {
    for await (const page of this.deps.subjects.all(cycle.id)) yield page.flatMap(rows);
  }

  /** Plans page by page; a failure is logged (the daily pass plans what is missing again). */
  async planPages(what: string, pages: AsyncIterable<readonly NewFeedbackDelivery[]>): Promise<number> {
    let planned = 0;
    try {
      for await (const rows of pages) {
        if (rows.length === 0) continue;
        planned += (await this.deps.deliveries.plan(rows)).planned;
      }
    } catch (error) {
      this.deps.log?.(
        `feedback: chat cards not planned (${what}): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (planned > 0) {
      this.deps.log?.(`feedback: ${planned} chat cards planned (${what})`);
      this.deps.kick?.();
    }
    return planned;
  }
}

async function* single<T>(rows: readonly T[]): AsyncGenerator<readonly T[]> {
  yield rows;
}
