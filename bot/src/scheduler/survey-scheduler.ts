import {
  firstQuestionKey,
  isWaveOpen,
  statusAt,
  wavesOpenedBy,
  type Survey,
  type SurveyAudience,
  type SurveyStatus,
  type SurveyWave,
} from '@kvalita/core';
import type { DeliveryKind, DeliveryState, PlanOutcome, StoredBotConversation } from '@kvalita/sharepoint';
import { respondentScope, type RespondentKeyer } from '../answering/respondent-key';
import type { RunWaveOptions, WaveReport } from '../delivery/run-wave';
import type { AudienceDirectory } from './audience-directory';

export interface SchedulerSurveys {
  active(): Promise<Survey[]>;
  setState(key: string, state: { status: SurveyStatus; currentWave: number }, etag: string): Promise<Survey>;
}

export interface SchedulerDeliveries {
  planWave(
    surveyKey: string,
    wave: number,
    recipientUserIds: readonly number[],
    kind?: DeliveryKind,
  ): Promise<PlanOutcome>;
  countByState(surveyKey: string, wave: number, kind?: DeliveryKind): Promise<Record<DeliveryState, number>>;
  sentRecipients(surveyKey: string, wave: number): Promise<{ userId: number; email: string | null }[]>;
}

export interface SchedulerResponses {
  respondentKeys(surveyKey: string, wave: number, questionKey: string): Promise<Set<string>>;
}

export interface SurveySchedulerDeps {
  readonly surveys: SchedulerSurveys;
  readonly deliveries: SchedulerDeliveries;
  readonly responses: SchedulerResponses;
  readonly audience: AudienceDirectory;
  readonly conversations: { all(): Promise<StoredBotConversation[]> };
  readonly keyer: RespondentKeyer;
  readonly runner: {
    runWave(surveyKey: string, wave: number, options?: RunWaveOptions): Promise<WaveReport>;
  };
  readonly log?: (line: string) => void;
}

export interface TickReport {
  /** Surveys looked at (scheduled or open). */
  surveys: number;
  /** Surveys that went from scheduled to open. */
  opened: string[];
  /** Invitation rows added. */
  invited: number;
  /** Reminder rows added. */
  reminded: number;
  /** Cards sent (invitations and reminders). */
  sent: number;
  closed: string[];
  /** Surveys whose step failed this tick (logged; the next tick tries again). */
  failed: string[];
}

/**
 * One pass over the active surveys, run at start and every minute by the host (scheduler-loop.ts):
 * opens a survey when its first wave opens, plans each opened wave's invitations for the audience,
 * sends what is due, plans and sends reminders to those who have not answered, and closes a
 * survey after its last wave closed.
 *
 * Safe to repeat and to run twice at once: planning adds only who is missing (unique delivery
 * keys), sends go through claims (WaveRunner), and survey state changes carry the ETag (a stale
 * one means the other tick did it). The state is written after the planning, so a crash between
 * the two only means the next tick plans again (and adds nobody). One survey failing is logged and
 * the others go on.
 */
export class SurveyScheduler {
  constructor(private readonly deps: SurveySchedulerDeps) {}

  async tick(now: Date): Promise<TickReport> {
    const report: TickReport = {
      surveys: 0,
      opened: [],
      invited: 0,
      reminded: 0,
      sent: 0,
      closed: [],
      failed: [],
    };
    this.recipientsCache = null; // the directory may have changed since the last tick
    const surveys = await this.deps.surveys.active();
    report.surveys = surveys.length;
    for (const survey of surveys) {
      try {
        await this.tickSurvey(survey, now, report);
      } catch (error) {
        report.failed.push(survey.key);
        this.deps.log?.(
          `scheduler: survey ${survey.key} failed this tick: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return report;
  }

  private async tickSurvey(initial: Survey, now: Date, report: TickReport): Promise<void> {
    let survey = initial;
    const opened = wavesOpenedBy(survey.schedule, now);
    const latest = opened.at(-1)?.number ?? 0;
    const status = statusAt(survey, now);

    if (latest > survey.currentWave || status !== survey.status) {
      // Invitations only for waves still open: a wave missed entirely (service down) is not sent late.
      for (const wave of opened) {
        if (wave.number <= survey.currentWave || !isWaveOpen(survey.schedule, wave.number, now)) continue;
        const recipients = await this.recipientsOf(survey.audience);
        report.invited += (
          await this.deps.deliveries.planWave(survey.key, wave.number, recipients, 'invitation')
        ).planned;
      }
      if (survey.status === 'scheduled' && status !== 'scheduled') report.opened.push(survey.key);
      if (status === 'closed') report.closed.push(survey.key);
      survey = await this.deps.surveys.setState(
        survey.key,
        { status, currentWave: Math.max(survey.currentWave, latest) },
        survey.etag,
      );
    }
    if (status === 'closed') return;

    for (const wave of opened) {
      if (!isWaveOpen(survey.schedule, wave.number, now)) continue;
      report.sent += (await this.deps.runner.runWave(survey.key, wave.number, { kind: 'invitation' })).sent;
      if (wave.remindAt !== null && now.getTime() >= Date.parse(wave.remindAt)) {
        report.reminded += await this.planReminders(survey, wave);
        report.sent += (await this.deps.runner.runWave(survey.key, wave.number, { kind: 'reminder' })).sent;
      }
    }
  }

  private recipientsCache: { audience: string; ids: Promise<number[]> } | null = null;

  private recipientsOf(audience: SurveyAudience): Promise<number[]> {
    const key = JSON.stringify(audience);
    if (this.recipientsCache?.audience !== key) {
      const ids = this.deps.audience.recipients(audience);
      this.recipientsCache = { audience: key, ids };
      // A failed read is not reused for the next survey of the tick.
      ids.catch(() => {
        if (this.recipientsCache?.ids === ids) this.recipientsCache = null;
      });
    }
    return this.recipientsCache.ids;
  }

  /**
   * Reminder rows for invitees (invitations marked sent) who have not answered, planned once per
   * wave. Who answered is never stored: the wave's respondent keys of the first question are
   * compared with the keyed hashes of the invitees' Entra object ids (from their chat references).
   */
  private async planReminders(survey: Survey, wave: SurveyWave): Promise<number> {
    const counts = await this.deps.deliveries.countByState(survey.key, wave.number, 'reminder');
    if (Object.values(counts).some((count) => count > 0)) return 0;
    const questionKey = firstQuestionKey(survey);
    const [invitees, answered, conversations] = await Promise.all([
      this.deps.deliveries.sentRecipients(survey.key, wave.number),
      this.deps.responses.respondentKeys(survey.key, wave.number, questionKey),
      this.deps.conversations.all(),
    ]);
    const objectIdByEmail = new Map(
      conversations.flatMap((conversation) =>
        conversation.email ? [[conversation.email.toLowerCase(), conversation.userObjectId] as const] : [],
      ),
    );
    const scope = respondentScope(survey.key, wave.number, questionKey);
    const remind = invitees
      .filter((invitee) => {
        const objectId = invitee.email ? objectIdByEmail.get(invitee.email.toLowerCase()) : undefined;
        return objectId !== undefined && !answered.has(this.deps.keyer(scope, objectId));
      })
      .map((invitee) => invitee.userId);
    if (remind.length === 0) return 0;
    return (await this.deps.deliveries.planWave(survey.key, wave.number, remind, 'reminder')).planned;
  }
}
