import {
  departmentWithSections,
  normalizeEmail,
  type AdvanceCycleRequest,
  type CompetencyModelDraft,
  type CompetencyModelReply,
  type CompetencyModelsReply,
  type CopyModelRequest,
  type CreateCycleRequest,
  type CreateModelRequest,
  type CycleLoadReply,
  type CycleSubjectsReply,
  type FeedbackCycleFigures,
  type DeclineRatingRequest,
  type EditCycleRequest,
  type EditModelRequest,
  type ErasePersonReply,
  type FeedbackActor,
  type FeedbackCycleReply,
  type FeedbackCyclesReply,
  type FeedbackEvidenceReply,
  type FeedbackReportReply,
  type GoalRequest,
  type MyFeedbackDataReply,
  type MyFeedbackReply,
  type NominationDecisionRequest,
  type OrganisationReply,
  type RatingForm,
  type RatingReply,
  type SetNominationsRequest,
  type SubjectNominationsReply,
  type SubmitRatingRequest,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';
import { FeedbackAnswering } from './feedback-answering';
import { FeedbackContext } from './feedback-context';
import { FeedbackCycles, type SubjectsQuery } from './feedback-cycles';
import type { FeedbackServiceDeps } from './feedback-deps';
import { FeedbackModels } from './feedback-models';
import { FeedbackNominations } from './feedback-nominations';
import type { FeedbackChatActions } from './feedback-ports';
import { FeedbackPrivacy } from './feedback-privacy';
import { FeedbackReports } from './feedback-reports';

/**
 * Competency models and 360° feedback (docs/api-feedback.md), enforced here and nowhere else: the
 * role matrix and phases of core feedback/permissions.ts and lifecycle.ts, the nomination rules,
 * keyed and sealed answers, reports built by core feedback/report.ts. Input arrives parsed with the
 * contract's schemas (feedback-routes.ts, the chat's card parsers); replies are the contract's
 * shapes; refusals are domain errors only. Each part lives in its own file; this is their face for
 * the routes and the chat (FeedbackChatActions).
 */
export class FeedbackService implements FeedbackChatActions {
  private readonly context: FeedbackContext;
  private readonly models: FeedbackModels;
  private readonly cycles: FeedbackCycles;
  private readonly nominationSteps: FeedbackNominations;
  private readonly answering: FeedbackAnswering;
  private readonly reports: FeedbackReports;
  private readonly privacy: FeedbackPrivacy;

  constructor(deps: FeedbackServiceDeps) {
    this.context = new FeedbackContext(deps);
    this.models = new FeedbackModels(this.context);
    this.cycles = new FeedbackCycles(this.context);
    this.nominationSteps = new FeedbackNominations(this.context);
    this.answering = new FeedbackAnswering(this.context);
    this.reports = new FeedbackReports(this.context);
    this.privacy = new FeedbackPrivacy(this.context);
  }

  /** Who asks, with the departments they answer for (their own with its sections). */
  async actorOf(identity: Pick<Identity, 'email' | 'roles'>): Promise<FeedbackActor> {
    const [person, departments] = await Promise.all([
      this.context.deps.people.findByEmail(identity.email),
      this.context.deps.departments.list(),
    ]);
    return {
      email: normalizeEmail(identity.email),
      roles: identity.roles,
      departmentCodes: departmentWithSections(person?.departmentCode ?? null, departments),
    };
  }

  // ── Competency models ────────────────────────────────────────────────────────────────────
  listModels = (actor: FeedbackActor): Promise<CompetencyModelsReply> => this.models.list(actor);
  model = (actor: FeedbackActor, id: number): Promise<CompetencyModelReply> => this.models.get(actor, id);
  createModel = (actor: FeedbackActor, request: CreateModelRequest): Promise<CompetencyModelReply> =>
    this.models.create(actor, request);
  editModel = (actor: FeedbackActor, id: number, request: EditModelRequest): Promise<CompetencyModelReply> =>
    this.models.edit(actor, id, request);
  copyModel = (actor: FeedbackActor, id: number, request: CopyModelRequest): Promise<CompetencyModelReply> =>
    this.models.copy(actor, id, request);
  newModelVersion = (actor: FeedbackActor, id: number): Promise<CompetencyModelReply> =>
    this.models.newVersion(actor, id);
  importModel = (
    actor: FeedbackActor,
    read: () => Promise<CompetencyModelDraft>,
  ): Promise<CompetencyModelReply> => this.models.createFromImport(actor, read);

  // ── Cycles ───────────────────────────────────────────────────────────────────────────────
  listCycles = (actor: FeedbackActor): Promise<FeedbackCyclesReply> => this.cycles.list(actor);
  cycle = (actor: FeedbackActor, id: number): Promise<FeedbackCycleReply> => this.cycles.detail(actor, id);
  createCycle = (actor: FeedbackActor, request: CreateCycleRequest): Promise<FeedbackCycleReply> =>
    this.cycles.create(actor, request);
  editCycle = (actor: FeedbackActor, id: number, request: EditCycleRequest): Promise<FeedbackCycleReply> =>
    this.cycles.edit(actor, id, request);
  advanceCycle = (
    actor: FeedbackActor,
    id: number,
    request: AdvanceCycleRequest,
  ): Promise<FeedbackCycleReply> => this.cycles.advance(actor, id, request);
  subjects = (actor: FeedbackActor, id: number, query: SubjectsQuery): Promise<CycleSubjectsReply> =>
    this.cycles.subjects(actor, id, query);
  load = (actor: FeedbackActor, id: number): Promise<CycleLoadReply> => this.cycles.load(actor, id);

  // ── Nominations (FeedbackChatActions too) ─────────────────────────────────────────────────
  nominations = (
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
  ): Promise<SubjectNominationsReply> => this.nominationSteps.get(actor, cycleId, subjectId);
  setNominations = (
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: SetNominationsRequest,
  ): Promise<SubjectNominationsReply> => this.nominationSteps.set(actor, cycleId, subjectId, request);
  submitNominations = (
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply> => this.nominationSteps.submit(actor, cycleId, subjectId, request);
  approveNominations = (
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply> => this.nominationSteps.approve(actor, cycleId, subjectId, request);

  // ── Answering (FeedbackChatActions too) ───────────────────────────────────────────────────
  form = (actor: FeedbackActor, cycleId: number, subjectId: number): Promise<RatingForm> =>
    this.answering.form(actor, cycleId, subjectId);
  submitRating = (
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: SubmitRatingRequest,
  ): Promise<RatingReply> => this.answering.submitRating(actor, cycleId, subjectId, request);
  decline = (
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: DeclineRatingRequest,
  ): Promise<RatingReply> => this.answering.decline(actor, cycleId, subjectId, request);
  mine = (actor: FeedbackActor): Promise<MyFeedbackReply> => this.answering.mine(actor);

  // ── Reports, goals, the office ────────────────────────────────────────────────────────────
  report = (actor: FeedbackActor, cycleId: number, subjectId: number): Promise<FeedbackReportReply> =>
    this.reports.report(actor, cycleId, subjectId);
  reportDocument = (actor: FeedbackActor, cycleId: number, subjectId: number) =>
    this.reports.reportDocument(actor, cycleId, subjectId);
  addGoal = (
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: GoalRequest,
  ): Promise<FeedbackReportReply> => this.reports.addGoal(actor, cycleId, subjectId, request);
  editGoal = (
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    goalId: number,
    request: GoalRequest & { readonly etag: string },
  ): Promise<FeedbackReportReply> => this.reports.editGoal(actor, cycleId, subjectId, goalId, request);
  removeGoal = (
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    goalId: number,
    etag: string,
  ): Promise<FeedbackReportReply> => this.reports.removeGoal(actor, cycleId, subjectId, goalId, etag);
  organisation = (actor: FeedbackActor, cycleId: number): Promise<OrganisationReply> =>
    this.reports.organisation(actor, cycleId);
  evidence = (): Promise<FeedbackEvidenceReply> => this.reports.evidence();
  /** Open data's office-level figures of released cycles (no actor: office level only, suppressed). */
  openDataFigures = (): Promise<FeedbackCycleFigures[]> => this.reports.openDataFigures();

  // ── Privacy ──────────────────────────────────────────────────────────────────────────────
  myData = (actor: FeedbackActor): Promise<MyFeedbackDataReply> => this.privacy.myData(actor);
  erasePerson = (actor: FeedbackActor, email: string): Promise<ErasePersonReply> =>
    this.privacy.erase(actor, email);
}
