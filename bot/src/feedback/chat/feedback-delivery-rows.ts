import {
  DomainError,
  normalizeEmail,
  type CompetencyModel,
  type CompetencyModelsStore,
  type CyclesStore,
  type FeedbackActor,
  type NominationsStore,
  type StoredFeedbackCycle,
  type StoredNomination,
  type StoredSubject,
  type SubjectNominationsReply,
  type SubjectsStore,
} from '@kvalita/core';
import type { DeliveryRows } from '../../platform/delivery/run-wave';
import type { FeedbackCardService } from './feedback-card-actions';
import type { FeedbackDeliveryStore, StoredFeedbackDelivery } from './feedback-delivery-store';
import type { FeedbackProgress, RaterStanding } from './feedback-progress';

/** What one run of the fan-out read about the rows it may send (the cards are built from it). */
export interface FeedbackRun {
  readonly cycles: Map<number, StoredFeedbackCycle | null>;
  readonly models: Map<number, CompetencyModel | null>;
  /** A cycle's subjects by id (read once per cycle and run, page by page). */
  readonly subjects: Map<number, Map<number, StoredSubject>>;
  /** A cycle's approved nominations by "<subject id>#<rater e-mail>". */
  readonly nominations: Map<number, Map<string, StoredNomination>>;
  /** A cycle's raters with forms left, by e-mail (the service's count). */
  readonly standings: Map<number, Map<string, RaterStanding>>;
  /** Nomination and approval cards' lists by row id, read as their recipient sees them. */
  readonly lists: Map<number, SubjectNominationsReply>;
  dropped: number;
}

export interface FeedbackRowsDeps {
  readonly deliveries: FeedbackDeliveryStore;
  readonly cycles: Pick<CyclesStore, 'get'>;
  readonly models: Pick<CompetencyModelsStore, 'get'>;
  readonly subjects: Pick<SubjectsStore, 'all'>;
  readonly nominations: Pick<NominationsStore, 'all'>;
  readonly service: Pick<FeedbackCardService, 'nominations'>;
  readonly actorOf: (email: string) => Promise<FeedbackActor | null>;
  readonly progress: FeedbackProgress;
  /** Who has a personal chat (lower-case e-mails): rows of others wait unread, costing nothing. */
  readonly reachable: () => Promise<ReadonlySet<string>>;
  readonly now: () => Date;
  readonly log?: (line: string) => void;
}

const emptyRun = (): FeedbackRun => ({
  cycles: new Map(),
  models: new Map(),
  subjects: new Map(),
  nominations: new Map(),
  standings: new Map(),
  lists: new Map(),
  dropped: 0,
});

/**
 * The deliveries list as the platform fan-out's rows (FanOutRunner). Before a page goes to the
 * runner each row is checked against the cycle read afresh: a card whose phase has passed (a
 * nomination card after nominations ended, a rating card of a closed cycle), a list already sent
 * or approved meanwhile, a nomination declined or removed, or a reminder nobody needs any more is
 * dropped, never sent. What the cards show is read here too, once per cycle and run, so building
 * a card costs nothing: 4,700 rating cards read the cycle's subjects and nominations a page at a
 * time, not once per card. Rows of people without a personal chat pass through unread.
 */
export function feedbackDeliveryRows(deps: FeedbackRowsDeps): {
  rows: DeliveryRows<StoredFeedbackDelivery>;
  run: () => FeedbackRun;
} {
  let run = emptyRun();

  const cycle = async (id: number) => {
    if (!run.cycles.has(id)) run.cycles.set(id, await deps.cycles.get(id));
    return run.cycles.get(id) ?? null;
  };
  const model = async (id: number) => {
    if (!run.models.has(id)) run.models.set(id, await deps.models.get(id));
    return run.models.get(id) ?? null;
  };
  const subjects = async (cycleId: number) => {
    const known = run.subjects.get(cycleId);
    if (known) return known;
    const byId = new Map<number, StoredSubject>();
    for await (const page of deps.subjects.all(cycleId))
      for (const subject of page) byId.set(subject.id, subject);
    run.subjects.set(cycleId, byId);
    return byId;
  };
  const nominations = async (cycleId: number) => {
    const known = run.nominations.get(cycleId);
    if (known) return known;
    const byKey = new Map<string, StoredNomination>();
    for await (const page of deps.nominations.all(cycleId))
      for (const nomination of page)
        if (nomination.state === 'approved')
          byKey.set(`${nomination.subjectId}#${normalizeEmail(nomination.raterEmail)}`, nomination);
    run.nominations.set(cycleId, byKey);
    return byKey;
  };
  const standings = async (of: StoredFeedbackCycle) => {
    const known = run.standings.get(of.id);
    if (known) return known;
    const byEmail = new Map<string, RaterStanding>();
    for (const standing of await deps.progress(of))
      if (standing.done < standing.total) byEmail.set(normalizeEmail(standing.email), standing);
    run.standings.set(of.id, byEmail);
    return byEmail;
  };

  /** The list as the row's recipient may see it (subject or manager), or why the card is moot. */
  const listFor = async (
    row: StoredFeedbackDelivery,
    recipient: string,
    step: 'submit' | 'approve',
  ): Promise<string | null> => {
    const actor = await deps.actorOf(recipient);
    if (!actor) return 'the recipient is not in the directory';
    try {
      const list = await deps.service.nominations(actor, row.cycleId, row.subjectId);
      if (!list.allowed.includes(step)) return 'the list is no longer theirs to decide';
      run.lists.set(row.id, list);
      return null;
    } catch (error) {
      if (error instanceof DomainError && ['notFound', 'forbidden', 'conflict'].includes(error.code))
        return 'the list is no longer theirs to decide';
      throw error;
    }
  };

  /** Why a row must not go out any more (null: send it). Reasons name no answer of anyone. */
  const staleReason = async (row: StoredFeedbackDelivery, recipient: string): Promise<string | null> => {
    const current = await cycle(row.cycleId);
    if (!current) return 'the cycle is gone';
    const phase = current.phase;
    switch (row.kind) {
      case 'nominationRequest':
      case 'nominationReminder': {
        if (phase !== 'nomination') return 'nominations have ended';
        const subject = (await subjects(row.cycleId)).get(row.subjectId);
        if (!subject || subject.nominationState !== 'open') return 'the list was sent meanwhile';
        return listFor(row, recipient, 'submit');
      }
      case 'approvalRequest':
      case 'approvalReminder': {
        if (phase !== 'nomination' && phase !== 'approval') return 'approval has ended';
        const subject = (await subjects(row.cycleId)).get(row.subjectId);
        if (!subject || subject.nominationState !== 'submitted')
          return 'the list is not waiting for approval';
        return listFor(row, recipient, 'approve');
      }
      case 'ratingRequest': {
        if (phase !== 'rating') return 'rating is not open';
        if (!(await nominations(row.cycleId)).has(`${row.subjectId}#${recipient}`))
          return 'the nomination was declined or removed';
        const subject = (await subjects(row.cycleId)).get(row.subjectId);
        if (!subject) return 'the subject was removed';
        // A form answered before its card went out (a cycle planned late, the demo office) needs no card.
        const open = (await standings(current)).get(recipient)?.open ?? [];
        if (!open.some((person) => normalizeEmail(person.email) === normalizeEmail(subject.email)))
          return 'not needed any more';
        return (await model(current.modelId)) ? null : 'the model is gone';
      }
      case 'ratingReminder':
        if (phase !== 'rating') return 'rating is not open';
        // Neutral on purpose: a dropped reminder's reason must not say that someone answered.
        return (await standings(current)).has(recipient) ? null : 'not needed any more';
      case 'released':
        if (phase !== 'released') return 'the reports are not released';
        // A manager's notice counts their direct reports' reports.
        if (row.subjectId === 0) await subjects(row.cycleId);
        return null;
    }
  };

  const drop = async (row: StoredFeedbackDelivery, reason: string) => {
    if (await deps.deliveries.drop(row, reason, deps.now())) {
      run.dropped += 1;
      deps.log?.(`feedback delivery ${row.id} dropped: ${reason}`);
    }
  };

  const checked = async (page: readonly StoredFeedbackDelivery[], reachable: ReadonlySet<string>) => {
    const kept: StoredFeedbackDelivery[] = [];
    for (const row of page) {
      const recipient = normalizeEmail(row.recipientEmail ?? '');
      // Not reachable yet: the runner leaves the row pending until the person installs the app.
      if (!reachable.has(recipient)) {
        kept.push(row);
        continue;
      }
      const reason = await staleReason(row, recipient);
      if (reason !== null) await drop(row, reason);
      else kept.push(row);
    }
    return kept;
  };

  const rows: DeliveryRows<StoredFeedbackDelivery> = {
    async *due(_key, _wave, options = {}) {
      run = emptyRun();
      const reachable = await deps.reachable();
      const { kind: _kind, ...rest } = options;
      for await (const page of deps.deliveries.due(rest)) {
        const kept = await checked(page, reachable);
        if (kept.length > 0) yield kept;
      }
    },
    claim: (row, at) => deps.deliveries.claim(row, at),
    renew: (row, at) => deps.deliveries.renew(row, at),
    markSent: (row, at) => deps.deliveries.markSent(row, at),
    markFailed: (row, error, at) => deps.deliveries.markFailed(row, error, at),
    markSkipped: (row, reason, at) => deps.deliveries.markSkipped(row, reason, at),
  };
  return { rows, run: () => run };
}
