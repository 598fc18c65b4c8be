import {
  isWaveOpen,
  statusAt,
  wavesOpenedBy,
  type Survey,
  type SurveyAudience,
  type SurveyStatus,
  type SurveyWave,
} from '@kvalita/core';
import type { DeliveryKind, PlanOutcome, StoredBotConversation } from '@kvalita/sharepoint';
import { respondentScope, type RespondentKeyer } from '../../platform/respondent-key';
import type { RunWaveOptions, WaveReport } from '../../platform/delivery/run-wave';
import type { WaveSealer } from '../survey-ports';
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
  /** Invitations marked sent, with when (ISO). */
  sentRecipients(
    surveyKey: string,
    wave: number,
  ): Promise<{ userId: number; email: string | null; sentOn: string | null }[]>;
  /** Deletes the wave's reminder rows (who had not answered); how many were removed. */
  removeReminders(surveyKey: string, wave: number): Promise<number>;
}

export interface SchedulerResponses {
  respondentKeys(surveyKey: string, wave: number, questionKey: string): Promise<Set<string>>;
}

export interface SurveySchedulerDeps {
  readonly surveys: SchedulerSurveys;
  readonly deliveries: SchedulerDeliveries;
  readonly responses: SchedulerResponses;
  /** Seals each wave once it has closed, so answers written later never count (survey-answering.ts). */
  readonly seals?: WaveSealer;
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
  /** Rows left pending for people without a personal chat yet (cards go out once they install). */
  waiting: number;
  /** Reminder rows deleted after their wave closed. */
  remindersRemoved: number;
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
      waiting: 0,
      remindersRemoved: 0,
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
    // Waves over by the schedule are sealed before the survey's state changes: a survey recorded
    // as closed has its waves sealed, whatever happens after this line.
    await this.sealEnded(survey, opened, now);

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
    for (const wave of opened) {
      if (!isWaveOpen(survey.schedule, wave.number, now)) {
        await this.removeReminders(survey, wave, report);
        continue;
      }
      if (status === 'closed') continue;
      const invitations = await this.deps.runner.runWave(survey.key, wave.number, { kind: 'invitation' });
      report.sent += invitations.sent;
      report.waiting += invitations.waiting;
      if (wave.remindAt !== null && now.getTime() >= Date.parse(wave.remindAt)) {
        report.reminded += await this.planReminders(survey, wave);
        const reminders = await this.deps.runner.runWave(survey.key, wave.number, { kind: 'reminder' });
        report.sent += reminders.sent;
        report.waiting += reminders.waiting;
      }
    }
  }

  /** Waves this scheduler has sealed (after a restart each is sealed once more, which keeps its seal). */
  private readonly sealed = new Set<string>();

  /** Seals the waves of the survey that have closed, all in one $batch; once per wave and process. */
  private async sealEnded(survey: Survey, opened: readonly SurveyWave[], now: Date): Promise<void> {
    if (!this.deps.seals) return;
    const ended = opened
      .filter((wave) => !isWaveOpen(survey.schedule, wave.number, now))
      .map((wave) => wave.number)
      .filter((wave) => !this.sealed.has(`${survey.key}#${wave}`));
    if (ended.length === 0) return;
    await this.deps.seals.sealWaves(survey.key, ended);
    for (const wave of ended) this.sealed.add(`${survey.key}#${wave}`);
  }

  /** Waves whose reminder rows this scheduler has deleted (after a restart each is asked once more). */
  private readonly remindersRemoved = new Set<string>();

  /**
   * Once a wave has closed its reminder rows go: they are the list of who had not answered by the
   * reminder time, and nothing needs it afterwards. Idempotent; asked once per wave and process.
   */
  private async removeReminders(survey: Survey, wave: SurveyWave, report: TickReport): Promise<void> {
    const id = `${survey.key}#${wave.number}`;
    if (wave.remindAt === null || this.remindersRemoved.has(id)) return;
    report.remindersRemoved += await this.deps.deliveries.removeReminders(survey.key, wave.number);
    this.remindersRemoved.add(id);
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

  /** Waves whose reminders were planned in full by this scheduler (after a restart: once more). */
  private readonly remindersPlanned = new Set<string>();

  /**
   * Reminder rows for invitees whose invitation was sent before the reminder time and who have not
   * answered (every question's row; a submit cut off halfway is reminded). The set is fixed once
   * the reminder time has passed, so a wave is planned until one pass completes — planWave adds
   * only who is missing, so a pass cut off halfway is finished by the next tick — and not again in
   * this process. Someone invited after the reminder time (installed late) just got the card and
   * is not reminded. Who answered is never stored: the wave's respondent keys are compared with
   * the keyed hashes of the invitees' Entra object ids (from their chat references).
   */
  private async planReminders(survey: Survey, wave: SurveyWave): Promise<number> {
    const id = `${survey.key}#${wave.number}`;
    if (wave.remindAt === null || this.remindersPlanned.has(id)) return 0;
    const remindAt = Date.parse(wave.remindAt);
    const [invitees, answeredByQuestion, conversations] = await Promise.all([
      this.deps.deliveries.sentRecipients(survey.key, wave.number),
      Promise.all(
        survey.questions.map(async (question) => ({
          scope: respondentScope(survey.key, wave.number, question.key),
          keys: await this.deps.responses.respondentKeys(survey.key, wave.number, question.key),
        })),
      ),
      this.deps.conversations.all(),
    ]);
    const objectIdByEmail = new Map(
      conversations.flatMap((conversation) =>
        conversation.email ? [[conversation.email.toLowerCase(), conversation.userObjectId] as const] : [],
      ),
    );
    const answered = (objectId: string) =>
      answeredByQuestion.every(({ scope, keys }) => keys.has(this.deps.keyer(scope, objectId)));
    const remind = invitees
      .filter((invitee) => {
        if (invitee.sentOn === null || Date.parse(invitee.sentOn) >= remindAt) return false;
        const objectId = invitee.email ? objectIdByEmail.get(invitee.email.toLowerCase()) : undefined;
        return objectId !== undefined && !answered(objectId);
      })
      .map((invitee) => invitee.userId);
    const planned =
      remind.length === 0
        ? 0
        : (await this.deps.deliveries.planWave(survey.key, wave.number, remind, 'reminder')).planned;
    this.remindersPlanned.add(id);
    return planned;
  }
}
