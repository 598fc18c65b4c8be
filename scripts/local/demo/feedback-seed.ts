import {
  FeedbackService,
  hmacRespondentKeyer,
  silentFeedbackNotifier,
  type FeedbackStores,
} from '@kvalita/bot';
import {
  DEFAULT_CYCLE_THRESHOLDS,
  DEFAULT_NOMINATION_RULES,
  type AnonymousGroup,
  type FeedbackActor,
} from '@kvalita/core';
import {
  CompetencyModelsRepository,
  DepartmentsRepository,
  FeedbackAnswersRepository,
  FeedbackCyclesRepository,
  FeedbackGoalsRepository,
  FeedbackNominationsRepository,
  FeedbackSubjectsRepository,
  PeopleRepository,
  type SealedBox,
  type SiteContext,
} from '@kvalita/sharepoint';
import { demoFeedbackPlan, type PlannedCycle } from './demo-feedback';
import { DEMO_PEOPLE } from './office';

const DAY_MS = 24 * 60 * 60 * 1000;
const ANONYMOUS: readonly string[] = ['directReport', 'peer', 'other'];

/**
 * Seeds the demo office's 360 feedback (demo-feedback.ts) through FeedbackService itself, on a clock
 * set to each step's day: the models written by the quality manager, each cycle created, started,
 * nominated by its subjects, approved by their managers, declined and answered by its raters —
 * so every answer is keyed and sealed exactly as a real one — and moved to the phase the plan
 * leaves it in. A cycle whose name is already there is left as it is (a second start keeps what
 * people did). The chat is not told: its daily pass plans the running cycle's cards itself.
 */
export async function seedDemoFeedback(
  site: SiteContext,
  answerBox: SealedBox,
  respondentKeySecret: string,
  now: Date,
): Promise<number> {
  const stores: FeedbackStores = {
    models: new CompetencyModelsRepository(site),
    cycles: new FeedbackCyclesRepository(site),
    subjects: new FeedbackSubjectsRepository(site),
    nominations: new FeedbackNominationsRepository(site),
    answers: new FeedbackAnswersRepository(site, answerBox),
    goals: new FeedbackGoalsRepository(site),
  };
  let today = now;
  const service = new FeedbackService({
    stores,
    people: new PeopleRepository(site),
    departments: new DepartmentsRepository(site),
    notifier: silentFeedbackNotifier,
    keyer: hmacRespondentKeyer(respondentKeySecret),
    now: () => today,
    shuffle: (items) => [...items],
  });
  // Each demo person's standing read once (their department and its sections), not per step.
  const actors = new Map<string, Promise<FeedbackActor>>();
  const actor = (email: string): Promise<FeedbackActor> => {
    const person = DEMO_PEOPLE.find((candidate) => candidate.email === email);
    if (!person) throw new Error(`demo 360: ${email} is not in the demo office`);
    const known = actors.get(email) ?? service.actorOf({ email, roles: person.roles });
    actors.set(email, known);
    return known;
  };
  const existing = new Set((await stores.cycles.list()).map((cycle) => cycle.name));
  const modelIds = new Map<string, number>();
  for (const model of (await stores.models.list()).filter((candidate) => candidate.version === 1))
    modelIds.set(model.name, model.id);

  let added = 0;
  for (const plan of demoFeedbackPlan(now)) {
    if (existing.has(plan.name)) continue;
    // Each cycle is replayed from ten days before its nominations end, so no deadline lies in its past.
    today = new Date(new Date(`${plan.nominationDeadline}T09:00:00Z`).getTime() - 10 * DAY_MS);
    const coordinator = await actor(plan.coordinatorEmail);
    let modelId = modelIds.get(plan.model.name);
    if (modelId === undefined) {
      modelId = (await service.createModel(coordinator, { draft: plan.model })).model.id;
      modelIds.set(plan.model.name, modelId);
    }
    await replay(service, actor, coordinator, plan, modelId, (day) => (today = day));
    added += 1;
  }
  return added;
}

async function replay(
  service: FeedbackService,
  actor: (email: string) => Promise<FeedbackActor>,
  coordinator: FeedbackActor,
  plan: PlannedCycle,
  modelId: number,
  setToday: (day: Date) => void,
): Promise<void> {
  const on = (isoDay: string, offsetDays = 0) =>
    setToday(new Date(new Date(`${isoDay}T09:00:00Z`).getTime() + offsetDays * DAY_MS));
  let { cycle } = await service.createCycle(coordinator, {
    draft: {
      name: plan.name,
      modelId,
      subjectEmails: plan.subjects.map((subject) => subject.email),
      departmentCodes: [],
      nominationDeadline: plan.nominationDeadline,
      approvalDeadline: plan.approvalDeadline,
      ratingDeadline: plan.ratingDeadline,
      rules: { ...DEFAULT_NOMINATION_RULES, peer: { min: 2, max: 6 } },
      thresholds: DEFAULT_CYCLE_THRESHOLDS,
    },
  });
  const advance = async (to: Parameters<FeedbackService['advanceCycle']>[2]['to']) => {
    cycle = (
      await service.advanceCycle(coordinator, cycle.id, {
        etag: cycle.etag,
        to,
        ...(to === 'released' ? { developmentOnlyConfirmed: true } : {}),
      })
    ).cycle;
  };
  await advance('nomination');

  on(plan.nominationDeadline, -5);
  const subjects = (await service.subjects(coordinator, cycle.id, { pageSize: 200 })).items;
  const subjectIdOf = new Map(subjects.map((row) => [row.subject.person.email, row.subject.id]));
  for (const subject of plan.subjects) {
    const subjectId = subjectIdOf.get(subject.email);
    if (subjectId === undefined) throw new Error(`demo 360: ${subject.email} was not made a subject`);
    const self = await actor(subject.email);
    const raters = subject.nominations
      .filter((nomination) => ANONYMOUS.includes(nomination.group))
      .map((nomination) => ({ email: nomination.raterEmail, group: nomination.group as AnonymousGroup }));
    let list = await service.nominations(self, cycle.id, subjectId);
    list = await service.setNominations(self, cycle.id, subjectId, { etag: list.subject.etag, raters });
    list = await service.submitNominations(self, cycle.id, subjectId, { etag: list.subject.etag });
    await service.approveNominations(
      await actor(subject.managerEmail ?? coordinator.email),
      cycle.id,
      subjectId,
      {
        etag: list.subject.etag,
      },
    );
  }
  on(plan.approvalDeadline);
  await advance('approval');
  await advance('rating');

  on(plan.approvalDeadline, 2);
  for (const subject of plan.subjects) {
    const subjectId = subjectIdOf.get(subject.email) as number;
    for (const nomination of subject.nominations) {
      const rater = await actor(nomination.raterEmail);
      if (nomination.declineReason !== null)
        await service.decline(rater, cycle.id, subjectId, { reason: nomination.declineReason });
      else if (nomination.answer !== null)
        await service.submitRating(rater, cycle.id, subjectId, {
          ratings: nomination.answer.ratings,
          comments: nomination.answer.comments,
        });
    }
  }
  if (plan.phase !== 'released') return;
  on(plan.ratingDeadline, 1);
  await advance('closed');
  on(plan.ratingDeadline, 7);
  await advance('released');
}
