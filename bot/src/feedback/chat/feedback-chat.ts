import {
  addDays,
  normalizeEmail,
  type CompetencyModelsStore,
  type CyclesStore,
  type FeedbackActor,
  type NominationsStore,
  type StoredFeedbackCycle,
  type StoredSubject,
  type SubjectsStore,
} from '@kvalita/core';
import type { StoredBotConversation } from '@kvalita/sharepoint';
import type { ChatPassReport } from '../../platform/scheduled-pass';
import type { Clock } from '../../platform/delivery/clock';
import type { ProactiveSend } from '../../platform/delivery/proactive-sender';
import type { RateLimiter } from '../../platform/delivery/rate-limiter';
import { FanOutRunner, type WaveReport, type WaveRunnerOptions } from '../../platform/delivery/run-wave';
import { DailyFanOut, type EmptyReport } from '../../platform/daily-fan-out';
import type { FeedbackCardService } from './feedback-card-actions';
import { FeedbackChatNotifier } from './feedback-chat-notifier';
import { feedbackDeliveryActivity } from './feedback-delivery-activity';
import { feedbackDeliveryRows, type FeedbackRun } from './feedback-delivery-rows';
import type {
  FeedbackDeliveryStore,
  NewFeedbackDelivery,
  StoredFeedbackDelivery,
} from './feedback-delivery-store';
import type { FeedbackLinks } from './feedback-links';
import type { FeedbackProgress } from './feedback-progress';
import { reminderOccasion } from './feedback-reminder-plan';

export interface FeedbackChatDeps {
  readonly deliveries: FeedbackDeliveryStore;
  readonly cycles: Pick<CyclesStore, 'list' | 'get'>;
  readonly models: Pick<CompetencyModelsStore, 'get'>;
  readonly subjects: Pick<SubjectsStore, 'all' | 'page'>;
  readonly nominations: Pick<NominationsStore, 'all'>;
  /** The lists as their subject or manager sees them (the cards are built from them). */
  readonly service: Pick<FeedbackCardService, 'nominations'>;
  readonly actorOf: (email: string) => Promise<FeedbackActor | null>;
  /** Who has forms left: the service's count from the keyed answers. */
  readonly progress: FeedbackProgress;
  readonly conversations: { all(): Promise<StoredBotConversation[]> };
  readonly send: ProactiveSend;
  readonly links: FeedbackLinks;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  readonly random: () => number;
  readonly now: () => Date;
  readonly log?: (line: string) => void;
  /** The fan-out's tuning (tests shorten waits). */
  readonly options?: WaveRunnerOptions;
  /** Cards go out, and the day's planning runs, from this hour of the office's day (default 8:00). */
  readonly sendFromHour?: number;
}

/** The key the fan-out is run with: the deliveries list is one fan-out of its own. */
const FAN_OUT = 'feedback';
/** Released notices are planned again by the daily pass for a week after the release. */
const RELEASE_CATCH_UP_DAYS = 7;
const PAGE = 500;

/**
 * 360 feedback in chat, run by the scheduler loop every minute (withChatPass). Once per office day
 * from 8:00 it plans again what each cycle's phase asks for (unique rows: nothing twice, and
 * whatever a crash or a failed planning left out is added) and the reminders due before the
 * nomination, approval and rating deadlines, to those who have not acted: subjects whose list is
 * still open, managers with a list waiting, raters with forms left as the service counts them
 * from the keyed answers (one reminder per rater, never per subject). At every tick it sends what
 * is due through the platform fan-out: claims with ETags, a lease, one token bucket with every
 * other feature, Retry-After waited out, so a restart resumes where it stopped — nobody missed,
 * nobody asked twice but for a send in flight at a crash.
 */
export class FeedbackChat {
  readonly notifier: FeedbackChatNotifier;
  private readonly daily: DailyFanOut<StoredFeedbackDelivery>;
  private readonly run: () => FeedbackRun;

  constructor(private readonly deps: FeedbackChatDeps) {
    this.notifier = new FeedbackChatNotifier({
      deliveries: deps.deliveries,
      subjects: deps.subjects,
      nominations: deps.nominations,
      kick: () => {
        if (this.daily.planning) return;
        void this.sendDue().catch((error: unknown) =>
          deps.log?.(`feedback: sending failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      },
      ...(deps.log ? { log: deps.log } : {}),
    });
    const { rows, run } = feedbackDeliveryRows({
      deliveries: deps.deliveries,
      cycles: deps.cycles,
      models: deps.models,
      subjects: deps.subjects,
      nominations: deps.nominations,
      service: deps.service,
      actorOf: deps.actorOf,
      progress: deps.progress,
      reachable: async () =>
        new Set(
          (await deps.conversations.all()).flatMap((chat) =>
            chat.email ? [normalizeEmail(chat.email)] : [],
          ),
        ),
      now: deps.now,
      ...(deps.log ? { log: deps.log } : {}),
    });
    this.run = run;
    const runner = new FanOutRunner<StoredFeedbackDelivery>({
      deliveries: rows,
      conversations: deps.conversations,
      send: deps.send,
      activity: feedbackDeliveryActivity(run, deps.links),
      limiter: deps.limiter,
      clock: deps.clock,
      random: deps.random,
      now: deps.now,
      ...(deps.log ? { log: deps.log } : {}),
      ...(deps.options ? { options: deps.options } : {}),
    });
    this.daily = new DailyFanOut({
      runner,
      fanOut: FAN_OUT,
      now: deps.now,
      ...(deps.sendFromHour !== undefined ? { sendFromHour: deps.sendFromHour } : {}),
      dropped: () => this.run().dropped,
    });
  }

  tick(now: Date): Promise<ChatPassReport> {
    return this.daily.tick(now, (day) => this.plan(day.date));
  }

  /** Sends what is due now; a call while a run is under way joins that run. */
  sendDue(): Promise<WaveReport | EmptyReport> {
    return this.daily.sendDue();
  }

  /** Today's planning for every cycle under way (unique rows: a second pass adds nothing). */
  private async plan(today: string): Promise<number> {
    let planned = 0;
    for (const cycle of await this.deps.cycles.list()) {
      try {
        planned += await this.planCycle(cycle, today);
      } catch (error) {
        this.deps.log?.(
          `feedback: cycle ${cycle.id} not planned today: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return planned;
  }

  private async planCycle(cycle: StoredFeedbackCycle, today: string): Promise<number> {
    const notifier = this.notifier;
    switch (cycle.phase) {
      case 'nomination': {
        const nominating = await notifier.planPages(
          'nominations',
          notifier.subjectPages(cycle, (subject) =>
            subject.nominationState === 'open'
              ? [this.row('nominationRequest', cycle, subject.id, subject.email)]
              : [],
          ),
        );
        return (
          nominating + (await this.remindSubjects(cycle, today)) + (await this.planApprovals(cycle, today))
        );
      }
      case 'approval':
        return this.planApprovals(cycle, today);
      case 'rating':
        return (
          (await notifier.planPages('rating', notifier.ratingPages(cycle))) +
          (await this.remindRaters(cycle, today))
        );
      case 'released':
        if (cycle.releasedAt && addDays(cycle.releasedAt.slice(0, 10), RELEASE_CATCH_UP_DAYS) >= today) {
          await notifier.released(cycle);
        }
        return 0;
      default:
        return 0;
    }
  }

  private row(
    kind: NewFeedbackDelivery['kind'],
    cycle: StoredFeedbackCycle,
    subjectId: number,
    email: string,
    occasion = '-',
  ): NewFeedbackDelivery {
    return { kind, cycleId: cycle.id, subjectId, occasion, recipientEmail: normalizeEmail(email) };
  }

  /** Subjects whose list is still open, a few days before the nomination deadline. */
  private async remindSubjects(cycle: StoredFeedbackCycle, today: string): Promise<number> {
    const occasion = reminderOccasion(cycle.nominationDeadline, today);
    if (!occasion) return 0;
    return this.notifier.planPages(
      'nomination reminders',
      this.subjectsIn(cycle, 'open', (subject) => [
        this.row('nominationReminder', cycle, subject.id, subject.email, occasion),
      ]),
    );
  }

  /** Lists sent and waiting: their approval cards (again, if missed), and the reminder before the deadline. */
  private async planApprovals(cycle: StoredFeedbackCycle, today: string): Promise<number> {
    const occasion = reminderOccasion(cycle.approvalDeadline, today);
    return this.notifier.planPages(
      'approvals',
      this.subjectsIn(cycle, 'submitted', (subject) =>
        subject.managerEmail
          ? [
              this.row('approvalRequest', cycle, subject.id, subject.managerEmail),
              ...(occasion
                ? [this.row('approvalReminder', cycle, subject.id, subject.managerEmail, occasion)]
                : []),
            ]
          : [],
      ),
    );
  }

  /** Raters with forms left, a few days before the rating deadline: one reminder each. */
  private async remindRaters(cycle: StoredFeedbackCycle, today: string): Promise<number> {
    const occasion = reminderOccasion(cycle.ratingDeadline, today);
    if (!occasion) return 0;
    const rows = (await this.deps.progress(cycle))
      .filter((standing) => standing.done < standing.total)
      .map((standing) => this.row('ratingReminder', cycle, 0, standing.email, occasion));
    return this.notifier.planPages('rating reminders', chunks(rows));
  }

  /** A cycle's subjects in one nomination state (an indexed filter), page by page. */
  private async *subjectsIn(
    cycle: StoredFeedbackCycle,
    state: 'open' | 'submitted',
    rows: (subject: StoredSubject) => NewFeedbackDelivery[],
  ): AsyncGenerator<NewFeedbackDelivery[]> {
    let page: string | undefined;
    do {
      const read = await this.deps.subjects.page(cycle.id, {
        pageSize: PAGE,
        state,
        ...(page ? { page } : {}),
      });
      yield read.items.flatMap(rows);
      page = read.nextPage ?? undefined;
    } while (page);
  }
}

async function* chunks<T>(rows: readonly T[]): AsyncGenerator<T[]> {
  for (let start = 0; start < rows.length; start += PAGE) yield rows.slice(start, start + PAGE);
}
