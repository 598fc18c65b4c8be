import {
  DEFAULT_DOCUMENT_SETTINGS,
  DOCUMENT_LIMITS,
  addDays,
  normalizeEmail,
  type AcknowledgementsStore,
  type DocumentSettings,
  type DocumentsStore,
} from '@kvalita/core';
import type {
  NewDocumentNotification,
  StoredBotConversation,
  StoredDocumentNotification,
} from '@kvalita/sharepoint';
import type { Clock } from '../../platform/delivery/clock';
import type { ProactiveSend } from '../../platform/delivery/proactive-sender';
import type { RateLimiter } from '../../platform/delivery/rate-limiter';
import { FanOutRunner, type WaveReport, type WaveRunnerOptions } from '../../platform/delivery/run-wave';
import { DailyFanOut, type EmptyReport } from '../../platform/daily-fan-out';
import { officeDay } from '../../platform/office-day';
import type { AudienceMember, DocumentDirectory } from '../chat/document-audience';
import { notificationActivity, type DocumentLinks } from '../chat/notification-activity';
import { notificationRows } from '../chat/notification-rows';
import { ONCE, type DocumentNotificationStore } from '../chat/notification-store';
import { acknowledgementsDue, reviewRemindersDue } from './document-reminder-plan';

export interface DocumentRemindersDeps {
  readonly documents: Pick<DocumentsStore, 'get' | 'summaries'>;
  readonly acknowledgements: Pick<AcknowledgementsStore, 'forDocuments'>;
  readonly notifications: DocumentNotificationStore;
  readonly directory: DocumentDirectory;
  /** The office's acknowledgement reminder and escalation days (KVALITA_DOCUMENT_* settings). */
  readonly settings?: () => DocumentSettings;
  /**
   * The service's step that makes approved versions whose effective date has come effective
   * (each then tells the notifier it took effect); none: versions take effect on approval only.
   */
  readonly takeEffectDue?: (today: string) => Promise<unknown>;
  readonly conversations: { all(): Promise<StoredBotConversation[]> };
  readonly send: ProactiveSend;
  readonly links: DocumentLinks;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  readonly random: () => number;
  readonly now: () => Date;
  readonly log?: (line: string) => void;
  /** The fan-out's tuning, as for surveys (tests shorten waits). */
  readonly options?: WaveRunnerOptions;
  /**
   * Cards go out, and the day's planning runs, from this hour of the office's day (default 8:00):
   * a version that takes effect at midnight asks its audience in the morning, not at night.
   */
  readonly sendFromHour?: number;
}

export interface DocumentRemindersReport {
  /** Rows added by today's planning (0 on the ticks after it). */
  planned: number;
  sent: number;
  /** Rows retired because their document moved on before they went out. */
  dropped: number;
  waiting: number;
  failed: number;
}

/** The key the fan-out is run with: the notifications list is one fan-out of its own. */
const FAN_OUT = 'documents';

function clamp(days: number, limits: { min: number; max: number; default: number }): number {
  return Number.isInteger(days) ? Math.min(limits.max, Math.max(limits.min, days)) : limits.default;
}

/**
 * Documents in chat, run by the scheduler loop every minute. Once per office day (from
 * `planFromHour`) it lets the service make due versions effective, then plans from indexed reads
 * of the library: the owners' review reminders (30 and 10 days before, weekly when overdue), the
 * read-and-confirm card for whoever joined an audience since, the reminder after N days and the
 * head's escalation after M days. At every tick it sends what is due through the platform fan-out
 * (claims with ETags, lease, one token bucket with the surveys and measures, Retry-After), so the
 * cards the notifier planned go out within a minute and a crashed run resumes where it stopped.
 */
export class DocumentReminders {
  private readonly daily: DailyFanOut<StoredDocumentNotification>;
  private readonly run: ReturnType<typeof notificationRows>['run'];

  constructor(private readonly deps: DocumentRemindersDeps) {
    const today = () => officeDay(deps.now()).date;
    const settings = () => this.settings();
    const { rows, run } = notificationRows({
      notifications: deps.notifications,
      documents: deps.documents,
      acknowledgements: deps.acknowledgements,
      directory: deps.directory,
      settings,
      reachable: async () =>
        new Set(
          (await deps.conversations.all()).flatMap((chat) =>
            chat.email ? [normalizeEmail(chat.email)] : [],
          ),
        ),
      today,
      now: deps.now,
      ...(deps.log ? { log: deps.log } : {}),
    });
    this.run = run;
    const runner = new FanOutRunner<StoredDocumentNotification>({
      deliveries: rows,
      conversations: deps.conversations,
      send: deps.send,
      activity: notificationActivity(run, deps.links, settings, today),
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

  tick(now: Date): Promise<DocumentRemindersReport> {
    return this.daily.tick(now, (day) => this.plan(day.date, day.weekday));
  }

  /**
   * Sends what is due now (the notifier calls it after planning, so a confirmation request goes
   * out at once rather than at the next tick); a call while a run is under way joins that run.
   */
  sendDue(): Promise<WaveReport | EmptyReport> {
    return this.daily.sendDue();
  }

  private settings(): DocumentSettings {
    const given = this.deps.settings?.() ?? DEFAULT_DOCUMENT_SETTINGS;
    return {
      acknowledgementReminderDays: clamp(
        given.acknowledgementReminderDays,
        DOCUMENT_LIMITS.acknowledgementReminderDays,
      ),
      acknowledgementEscalationDays: clamp(
        given.acknowledgementEscalationDays,
        DOCUMENT_LIMITS.acknowledgementEscalationDays,
      ),
    };
  }

  /** Today's cards (pure planning over what it reads; unique rows make a second pass add nothing). */
  private async plan(today: string, weekday: number): Promise<number> {
    if (this.deps.takeEffectDue) await this.deps.takeEffectDue(today);
    const settings = this.settings();
    const [farthest] = DOCUMENT_LIMITS.reviewReminderDays;
    const [reviewed, acknowledged] = await Promise.all([
      this.deps.documents.summaries({ statuses: ['effective'], reviewBy: addDays(today, farthest) }),
      this.deps.documents.summaries({ statuses: ['effective'], requiresAcknowledgement: true }),
    ]);
    const planned: NewDocumentNotification[] = reviewRemindersDue(
      today,
      weekday,
      reviewed.map((summary) => ({
        id: summary.id,
        versionLabel: summary.versionLabel,
        nextReviewDate: summary.nextReviewDate,
        ownerEmail: summary.ownerEmail,
      })),
    );
    const versions = acknowledged.filter((summary) => summary.versionLabel !== null);
    if (versions.length > 0) {
      const [heads, confirmations] = await Promise.all([
        this.deps.directory.heads(),
        this.deps.acknowledgements.forDocuments(versions.map((summary) => summary.id)),
      ]);
      const audiences = new Map<string, Promise<AudienceMember[]>>();
      for (const summary of versions) {
        const versionLabel = summary.versionLabel ?? '';
        const key = JSON.stringify(summary.acknowledgementAudience);
        const members = audiences.get(key) ?? this.deps.directory.members(summary.acknowledgementAudience);
        audiences.set(key, members);
        const version = {
          documentId: summary.id,
          versionLabel,
          effectiveFrom: summary.effectiveFrom ?? today,
          audience: await members,
          acknowledged: new Set(
            confirmations
              .filter((ack) => ack.documentId === summary.id && ack.versionLabel === versionLabel)
              .map((ack) => normalizeEmail(ack.email)),
          ),
          requests: await this.deps.notifications.ofSubject({
            kind: 'acknowledgementRequest',
            documentId: summary.id,
            versionLabel,
            occasion: ONCE,
          }),
        };
        planned.push(...acknowledgementsDue(version, heads, today, settings));
      }
    }
    if (planned.length === 0) return 0;
    const outcome = await this.deps.notifications.plan(planned);
    if (outcome.planned > 0)
      this.deps.log?.(`document notifications: ${outcome.planned} planned for ${today}`);
    return outcome.planned;
  }
}
