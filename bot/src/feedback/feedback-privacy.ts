import {
  normalizeEmail,
  type ErasePersonReply,
  type FeedbackActor,
  type MyFeedbackDataReply,
} from '@kvalita/core';
import type { FeedbackContext } from './feedback-context';
import { nominationOf } from './feedback-views';

/**
 * What 360 feedback stores about a person, and their erasure (docs/privacy.md). Answers are never
 * shown by content here: a rater sees whom they were asked to rate and whether their answer is
 * stored. Erasure removes the person's subject entries (with the answers about them), their
 * nominations, deliveries and goals; the answers they gave lose their key but stay in the others'
 * reports, so nobody's report changes because a rater left.
 */
export class FeedbackPrivacy {
  constructor(private readonly context: FeedbackContext) {}

  private get stores() {
    return this.context.stores;
  }

  async myData(actor: FeedbackActor): Promise<MyFeedbackDataReply> {
    const cycles = (await this.stores.cycles.list()).filter((cycle) => cycle.phase !== 'preparation');
    const asSubject = (
      await Promise.all(
        cycles.map(async (cycle) => {
          const own = await this.stores.subjects.page(cycle.id, { pageSize: 1, email: actor.email });
          return Promise.all(
            own.items.map(async (subject) => {
              const [nominations, goals] = await Promise.all([
                this.stores.nominations.ofSubject(subject.id),
                this.stores.goals.ofSubject(subject.id),
              ]);
              return {
                cycleId: cycle.id,
                cycleName: cycle.name,
                nominations: nominations.map(nominationOf),
                goals: goals.map(({ cycleId: _cycle, subjectId: _subject, ...goal }) => goal),
              };
            }),
          );
        }),
      )
    ).flat();
    const rated = new Set((await this.stores.nominations.ofRater(actor.email)).map((n) => n.cycleId));
    const asRater = (
      await Promise.all(
        cycles
          .filter((cycle) => rated.has(cycle.id))
          .map(async (cycle) =>
            (await this.context.formsOf(actor.email, cycle.id)).map((form) => ({
              ...form,
              cycleName: cycle.name,
            })),
          ),
      )
    ).flat();
    return { asSubject, asRater };
  }

  /** The quality manager or a coordinator erases a person from 360 feedback. */
  async erase(actor: FeedbackActor, email: string): Promise<ErasePersonReply> {
    this.context.requireCoordinator(actor);
    const person = normalizeEmail(email);
    const cycles = await this.stores.cycles.list();
    let subjectsRemoved = 0;
    let nominationsRemoved = 0;
    let answersRemoved = 0;
    for (const cycle of cycles) {
      const own = await this.stores.subjects.page(cycle.id, { pageSize: 1, email: person });
      for (const subject of own.items) {
        nominationsRemoved += (await this.stores.nominations.ofSubject(subject.id)).length;
        answersRemoved += await this.stores.answers.removeOfSubject(
          cycle.id,
          this.context.keys.subjectKey(cycle.id, subject.email),
        );
        await this.stores.goals.removeOfSubject(subject.id);
        await this.stores.subjects.remove(subject.id);
        subjectsRemoved += 1;
      }
    }
    // The keys of the answers they gave are computed before their nominations go.
    const given = await this.stores.nominations.ofRater(person);
    const answersUnlinked =
      given.length === 0
        ? 0
        : await this.stores.answers.unlink(given.map((n) => this.context.respondentKeyOf(n)));
    nominationsRemoved += await this.stores.nominations.removeOfRater(person);
    await this.context.deps.deliveries?.removeOfPerson(person);
    return { subjectsRemoved, nominationsRemoved, answersUnlinked, answersRemoved };
  }
}
