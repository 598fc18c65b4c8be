import {
  DomainError,
  FeedbackRefusedError,
  mayCoordinate,
  officeDate,
  type CompetencyModel,
  type FeedbackActor,
  type RatingForm,
  type StoredFeedbackCycle,
  type StoredNomination,
  type StoredSubject,
} from '@kvalita/core';
import { randomInt } from 'node:crypto';
import type { FeedbackServiceDeps, FeedbackStores } from './feedback-deps';
import { answerKeys, type AnswerKeys } from './feedback-keys';

/** A form is a nomination the rater was asked to fill in: approved, or declined by them. */
export const isForm = (nomination: Pick<StoredNomination, 'state'>) =>
  nomination.state === 'approved' || nomination.state === 'declined';

/** Fisher–Yates with the system's cryptographic randomness: comments in an order nobody can replay. */
export function cryptoShuffle<T>(items: readonly T[]): T[] {
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = randomInt(0, index + 1);
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  return shuffled;
}

/**
 * What every part of 360 feedback's service shares: the stores, the answer keys, the office's day,
 * reads that answer 404 for what does not exist, and "done" derived from the keyed answers.
 */
export class FeedbackContext {
  readonly keys: AnswerKeys;
  readonly shuffle: <T>(items: readonly T[]) => T[];

  constructor(readonly deps: FeedbackServiceDeps) {
    this.keys = answerKeys(deps.keyer);
    this.shuffle = deps.shuffle ?? cryptoShuffle;
  }

  get stores(): FeedbackStores {
    return this.deps.stores;
  }

  /** The office's date today (Europe/Prague). */
  today(): string {
    return officeDate(this.deps.now());
  }

  nowIso(): string {
    return this.deps.now().toISOString();
  }

  requireCoordinator(actor: FeedbackActor): void {
    if (!mayCoordinate(actor)) throw new FeedbackRefusedError('notCoordinator');
  }

  async cycle(id: number): Promise<StoredFeedbackCycle> {
    const cycle = await this.stores.cycles.get(id);
    if (!cycle) throw new DomainError('notFound', { details: `no 360 cycle ${id}` });
    return cycle;
  }

  async model(id: number): Promise<CompetencyModel> {
    const model = await this.stores.models.get(id);
    if (!model) throw new DomainError('notFound', { details: `no competency model ${id}` });
    return model;
  }

  async subject(cycleId: number, subjectId: number): Promise<StoredSubject> {
    const subject = await this.stores.subjects.get(cycleId, subjectId);
    if (!subject || subject.cycleId !== cycleId)
      throw new DomainError('notFound', { details: `no subject ${subjectId} in cycle ${cycleId}` });
    return subject;
  }

  /** Every nomination of a cycle, read page by page once. */
  async cycleNominations(cycleId: number): Promise<StoredNomination[]> {
    const all: StoredNomination[] = [];
    for await (const page of this.stores.nominations.all(cycleId)) all.push(...page);
    return all;
  }

  /** Every subject of a cycle, read page by page once. */
  async cycleSubjects(cycleId: number): Promise<StoredSubject[]> {
    const all: StoredSubject[] = [];
    for await (const page of this.stores.subjects.all(cycleId)) all.push(...page);
    return all;
  }

  respondentKeyOf(nomination: Pick<StoredNomination, 'cycleId' | 'subjectEmail' | 'raterEmail'>): string {
    return this.keys.formKeys(nomination.cycleId, nomination.subjectEmail, nomination.raterEmail)
      .respondentKey;
  }

  /**
   * Which of these nominations of one cycle have their answer stored: their respondent keys
   * recomputed and looked up at once. "Done" is never written anywhere by name.
   */
  async answered(
    cycleId: number,
    nominations: readonly Pick<StoredNomination, 'id' | 'cycleId' | 'subjectEmail' | 'raterEmail'>[],
  ): Promise<Set<number>> {
    if (nominations.length === 0) return new Set();
    const keyOf = new Map(nominations.map((nomination) => [nomination.id, this.respondentKeyOf(nomination)]));
    const existing = await this.stores.answers.existing(cycleId, [...new Set(keyOf.values())]);
    return new Set(nominations.filter((n) => existing.has(keyOf.get(n.id) ?? '')).map((n) => n.id));
  }

  /** A rater's forms in a cycle as the card and the tab show them. */
  async formsOf(raterEmail: string, cycleId: number): Promise<RatingForm[]> {
    const nominations = (await this.stores.nominations.ofRater(raterEmail, cycleId)).filter(
      (nomination) => nomination.cycleId === cycleId && isForm(nomination),
    );
    const done = await this.answered(cycleId, nominations);
    const subjects = await this.deps.people.findByEmails(nominations.map((n) => n.subjectEmail));
    return nominations.map((nomination) => {
      const person = subjects.get(nomination.subjectEmail);
      return {
        cycleId,
        subjectId: nomination.subjectId,
        subject: {
          email: nomination.subjectEmail,
          displayName: person?.displayName ?? nomination.subjectEmail,
        },
        group: nomination.group,
        done: done.has(nomination.id),
        declined: nomination.state === 'declined',
      };
    });
  }

  /** A notification goes after the change is stored; if it fails the change stands and the failure is logged. */
  async notify(what: string, send: () => Promise<void>): Promise<void> {
    try {
      await send();
    } catch (error) {
      (this.deps.log ?? console.log)(
        `feedback: the ${what} notification failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
