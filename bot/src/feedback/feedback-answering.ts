import {
  DuplicateKeyError,
  FeedbackInvalidError,
  FeedbackRefusedError,
  FeedbackRuleError,
  sealedAnswerBytes,
  samePerson,
  type DeclineRatingRequest,
  type FeedbackActor,
  type MyFeedbackReply,
  type RatingForm,
  type RatingReply,
  type StoredFeedbackCycle,
  type StoredNomination,
  type SubmitRatingRequest,
} from '@kvalita/core';
import { submitRatingRequestSchema } from '@kvalita/core/schemas';
import { isForm, type FeedbackContext } from './feedback-context';

/**
 * Answering 360 forms: one answer per rater and subject, stored under keys only the service can
 * compute (feedback-keys.ts) and sealed, so nobody reading the lists can tell who rated whom how.
 * A second answer — a double click, a replayed card, a second device — stores nothing and says
 * so (`stored: false`); a closed cycle refuses politely. "Done" is the answer's key being stored.
 */
export class FeedbackAnswering {
  constructor(private readonly context: FeedbackContext) {}

  private get stores() {
    return this.context.stores;
  }

  async form(actor: FeedbackActor, cycleId: number, subjectId: number): Promise<RatingForm> {
    await this.context.cycle(cycleId);
    const nomination = await this.nominationOf(actor, cycleId, subjectId);
    const form = (await this.context.formsOf(actor.email, cycleId)).find((f) => f.subjectId === subjectId);
    if (!form) throw new FeedbackRefusedError('notRater');
    return { ...form, group: nomination.group };
  }

  async submitRating(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: SubmitRatingRequest,
  ): Promise<RatingReply> {
    const cycle = await this.context.cycle(cycleId);
    this.requireRating(cycle);
    const nomination = await this.nominationOf(actor, cycleId, subjectId);
    if (nomination.state === 'declined') throw new FeedbackRuleError('alreadyDeclined');
    const model = await this.context.model(cycle.modelId);
    // The card and the tab send what their copy of the model asked; the cycle's own version decides.
    const checked = submitRatingRequestSchema(model).safeParse(request);
    if (!checked.success)
      throw new FeedbackInvalidError(
        'ratingShape',
        checked.error.issues
          .slice(0, 10)
          .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
          .join('; '),
      );
    const { subjectKey, respondentKey } = this.context.keys.formKeys(
      cycleId,
      nomination.subjectEmail,
      actor.email,
    );
    let stored = false;
    if (!(await this.stores.answers.existing(cycleId, [respondentKey])).has(respondentKey)) {
      try {
        await this.stores.answers.add(
          cycleId,
          subjectKey,
          respondentKey,
          { group: nomination.group, ratings: checked.data.ratings, comments: checked.data.comments },
          sealedAnswerBytes(model),
        );
        stored = true;
      } catch (error) {
        // Two submits at once: the unique key let one through, the other stored nothing.
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
    }
    return { stored, ...(await this.tally(actor, cycleId)) };
  }

  /** Once, with a reason; never the self-assessment, never after answering. */
  async decline(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: DeclineRatingRequest,
  ): Promise<RatingReply> {
    const cycle = await this.context.cycle(cycleId);
    this.requireRating(cycle);
    const nomination = await this.nominationOf(actor, cycleId, subjectId);
    if (nomination.group === 'self') throw new FeedbackRuleError('selfDecline');
    if (nomination.state === 'declined') throw new FeedbackRuleError('alreadyDeclined');
    const key = this.context.respondentKeyOf(nomination);
    if ((await this.stores.answers.existing(cycleId, [key])).has(key))
      throw new FeedbackRuleError('alreadyAnswered');
    await this.stores.nominations.decline(nomination.id, request.reason);
    return { stored: true, ...(await this.tally(actor, cycleId)) };
  }

  /** What the signed-in person has to do and may read, across cycles. */
  async mine(actor: FeedbackActor): Promise<MyFeedbackReply> {
    const cycles = await this.stores.cycles.list();
    const open = (phases: readonly string[]) => cycles.filter((cycle) => phases.includes(cycle.phase));
    const reply: {
      toNominate: MyFeedbackReply['toNominate'][number][];
      toApprove: MyFeedbackReply['toApprove'][number][];
      forms: MyFeedbackReply['forms'][number][];
      reports: MyFeedbackReply['reports'][number][];
    } = { toNominate: [], toApprove: [], forms: [], reports: [] };
    await Promise.all([
      ...open(['nomination']).map(async (cycle) => {
        const mine = await this.stores.subjects.page(cycle.id, { pageSize: 1, email: actor.email });
        for (const subject of mine.items)
          reply.toNominate.push({
            cycleId: cycle.id,
            cycleName: cycle.name,
            subjectId: subject.id,
            deadline: cycle.nominationDeadline,
            state: subject.nominationState,
          });
      }),
      ...open(['nomination', 'approval']).map(async (cycle) => {
        const waiting = await this.stores.subjects.page(cycle.id, {
          pageSize: 200,
          managerEmail: actor.email,
          state: 'submitted',
        });
        for (const subject of waiting.items)
          reply.toApprove.push({
            cycleId: cycle.id,
            cycleName: cycle.name,
            subjectId: subject.id,
            subject: subject.person,
            deadline: cycle.approvalDeadline,
          });
      }),
      ...open(['rating']).map(async (cycle) => {
        for (const form of await this.context.formsOf(actor.email, cycle.id))
          reply.forms.push({ ...form, cycleName: cycle.name, deadline: cycle.ratingDeadline });
      }),
      ...open(['released']).map(async (cycle) => {
        const [own, reports] = await Promise.all([
          this.stores.subjects.page(cycle.id, { pageSize: 1, email: actor.email }),
          this.stores.subjects.page(cycle.id, { pageSize: 200, managerEmail: actor.email }),
        ]);
        for (const subject of [...own.items, ...reports.items])
          reply.reports.push({
            cycleId: cycle.id,
            cycleName: cycle.name,
            subjectId: subject.id,
            subject: subject.person,
            releasedAt: cycle.releasedAt ?? cycle.modifiedAt,
          });
      }),
    ]);
    const byCycle = <T extends { cycleId: number; subjectId: number }>(items: T[]) =>
      items.sort((a, b) => b.cycleId - a.cycleId || a.subjectId - b.subjectId);
    return {
      toNominate: byCycle(reply.toNominate),
      toApprove: byCycle(reply.toApprove),
      forms: byCycle(reply.forms),
      reports: byCycle(reply.reports),
    };
  }

  private requireRating(cycle: StoredFeedbackCycle): void {
    if (cycle.phase === 'closed' || cycle.phase === 'released')
      throw new FeedbackRuleError('cycleClosed', `cycle ${cycle.id} is ${cycle.phase}`);
    if (cycle.phase !== 'rating')
      throw new FeedbackRuleError('notInPhase', `cycle ${cycle.id} takes answers from its rating phase`);
  }

  /** The rater's approved (or declined) nomination for the subject; anyone else is not a rater. */
  private async nominationOf(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
  ): Promise<StoredNomination> {
    const subject = await this.context.subject(cycleId, subjectId);
    const nomination = (await this.stores.nominations.ofSubject(subject.id)).find(
      (n) => samePerson(n.raterEmail, actor.email) && isForm(n),
    );
    if (!nomination) throw new FeedbackRefusedError('notRater');
    return nomination;
  }

  /** "3 of 5 done": the rater's forms in the cycle, declined ones out of both counts. */
  private async tally(actor: FeedbackActor, cycleId: number): Promise<{ done: number; total: number }> {
    const forms = (await this.context.formsOf(actor.email, cycleId)).filter((form) => !form.declined);
    return { done: forms.filter((form) => form.done).length, total: forms.length };
  }
}
