import {
  DomainError,
  MEASURE_LIMITS,
  PDCA_PHASES,
  StaleVersionError,
  translate,
  type Locale,
  type MeasureChangeReply,
  type MeasureDetailReply,
  type PdcaPhase,
  type ReportProgressRequest,
} from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard } from '../../platform/chat/adaptive-card.types';
import { MEASURE_CARD_VERBS, MEASURE_PROGRESS_VERB, MEASURE_REFRESH_VERB } from './measure-card-verbs';
import {
  REPORTABLE_STATUSES,
  measureReminderCard,
  type MeasureCardOptions,
  type ProgressProblem,
} from './measure-reminder-card';

/**
 * What the chat needs of the measures service (the service's own methods; the composition root
 * passes it in). Both take the signed-in person's e-mail and apply the role matrix and the
 * lifecycle; they throw core's domain errors: notFound (no such measure, or hidden from this
 * person), forbidden, conflict (StaleVersionError for a stale etag; a rule otherwise), badRequest.
 */
export interface ProgressReporter {
  /** The measure as this person sees it, with what they may do (`allowed`). */
  detail(actorEmail: string, id: number): Promise<MeasureDetailReply>;
  reportProgress(actorEmail: string, id: number, request: ReportProgressRequest): Promise<MeasureChangeReply>;
}

export interface MeasureCardActionsDeps {
  readonly measures: ProgressReporter;
  /** A deep link to the measure in the tab; null when the Teams app id is not configured. */
  readonly link: (measureId: number) => string | null;
  /** Today in the office's time zone (YYYY-MM-DD): a refreshed card says "overdue" when it is. */
  readonly today: () => string;
}

export interface MeasureCardActions {
  handles(verb: string | undefined): boolean;
  /** The card that replaces the one acted on. `actorEmail` null: a person the directory does not know. */
  invoke(
    verb: string,
    data: Readonly<Record<string, unknown>>,
    actorEmail: string | null,
    locale: Locale,
  ): Promise<AdaptiveCard>;
}

interface ParsedReport {
  readonly request: ReportProgressRequest | null;
  readonly problems: readonly ProgressProblem[];
}

function measureIdOf(data: Readonly<Record<string, unknown>>): number | null {
  const raw = data['measureId'];
  const id =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * The card's submit, parsed at the edge: Teams sends an Input.Number as a number or a string, an
 * untouched optional text not at all. Percent a whole number 0–100, a PDCA phase, a note within
 * MEASURE_LIMITS.note.
 */
export function parseProgressSubmit(data: Readonly<Record<string, unknown>>): ParsedReport {
  const problems: ProgressProblem[] = [];
  const rawProgress = data['progress'];
  const progress =
    typeof rawProgress === 'number'
      ? rawProgress
      : typeof rawProgress === 'string' && /^\s*\d{1,3}\s*$/.test(rawProgress)
        ? Number(rawProgress)
        : NaN;
  if (!Number.isInteger(progress) || progress < 0 || progress > 100) problems.push('progress');
  const phase = data['phase'];
  if (typeof phase !== 'string' || !(PDCA_PHASES as readonly string[]).includes(phase))
    problems.push('phase');
  const rawNote = data['note'] ?? '';
  const note = typeof rawNote === 'string' ? rawNote.trim() : null;
  if (note === null || note.length > MEASURE_LIMITS.note) problems.push('note');
  const etag = data['etag'];
  if (problems.length > 0 || typeof etag !== 'string' || etag === '') return { request: null, problems };
  return { request: { etag, progress, phase: phase as PdcaPhase, note: note ?? '' }, problems };
}

function plainNotice(locale: Locale, key: 'bot.measure.notFound' | 'bot.measure.notAllowed'): AdaptiveCard {
  return adaptiveCard(locale, [{ type: 'TextBlock', text: translate(locale, key), wrap: true }]);
}

function isCode(error: unknown, code: DomainError['code']): boolean {
  return error instanceof DomainError && error.code === code;
}

/**
 * "Nahlásit postup" and the refresh of a measure's card: a valid report is stored through the
 * measures service and answered with the measure as it now is; an invalid one shows the form
 * again with what to correct and what was typed; a stale etag says the measure changed and shows
 * its current values; a person who may not report gets a polite card, never an error.
 */
export function measureCardActions(deps: MeasureCardActionsDeps): MeasureCardActions {
  const card = (locale: Locale, reply: MeasureDetailReply, options: Partial<MeasureCardOptions> = {}) => {
    const measure = reply.measure;
    const overdue = REPORTABLE_STATUSES.includes(measure.status) && measure.deadline < deps.today();
    return measureReminderCard(locale, measure, {
      mayReport: reply.allowed.includes('reportProgress'),
      link: deps.link(measure.id),
      ...(overdue ? { reminder: 'overdue' as const } : {}),
      ...options,
    });
  };

  /** The measure as the person sees it now; a polite card when they cannot see it. */
  const current = async (
    locale: Locale,
    actorEmail: string,
    id: number,
    options: Partial<MeasureCardOptions> = {},
  ): Promise<AdaptiveCard> => {
    try {
      return card(locale, await deps.measures.detail(actorEmail, id), options);
    } catch (error) {
      if (isCode(error, 'notFound')) return plainNotice(locale, 'bot.measure.notFound');
      if (isCode(error, 'forbidden')) return plainNotice(locale, 'bot.measure.notAllowed');
      throw error;
    }
  };

  const report = async (
    locale: Locale,
    actorEmail: string,
    id: number,
    data: Readonly<Record<string, unknown>>,
  ): Promise<AdaptiveCard> => {
    const values = { progress: data['progress'], phase: data['phase'], note: data['note'] };
    const parsed = parseProgressSubmit(data);
    if (!parsed.request) return current(locale, actorEmail, id, { problems: parsed.problems, values });
    try {
      const reply = await deps.measures.reportProgress(actorEmail, id, parsed.request);
      return card(locale, reply, { notice: 'saved' });
    } catch (error) {
      // The measure changed since the card was sent: nothing was stored; its current values, the note kept.
      if (error instanceof StaleVersionError)
        return current(locale, actorEmail, id, { notice: 'stale', values: { note: data['note'] } });
      if (isCode(error, 'forbidden')) return current(locale, actorEmail, id, { notice: 'notAllowed' });
      if (isCode(error, 'notFound')) return plainNotice(locale, 'bot.measure.notFound');
      // A rule: the measure is no longer open (closed, cancelled, or not started).
      if (isCode(error, 'conflict')) return current(locale, actorEmail, id, { notice: 'notOpen' });
      if (isCode(error, 'badRequest'))
        return current(locale, actorEmail, id, { problems: ['progress', 'phase', 'note'], values });
      throw error;
    }
  };

  return {
    handles: (verb) => verb !== undefined && MEASURE_CARD_VERBS.includes(verb),
    invoke: async (verb, data, actorEmail, locale) => {
      const id = measureIdOf(data);
      if (id === null) return plainNotice(locale, 'bot.measure.notFound');
      if (actorEmail === null) return plainNotice(locale, 'bot.measure.notAllowed');
      if (verb === MEASURE_PROGRESS_VERB) return report(locale, actorEmail, id, data);
      if (verb === MEASURE_REFRESH_VERB) return current(locale, actorEmail, id);
      return plainNotice(locale, 'bot.measure.notFound');
    },
  };
}
