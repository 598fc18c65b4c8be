import {
  DomainError,
  FeedbackInvalidError,
  FeedbackRefusedError,
  FeedbackRuleError,
  buildFeedbackReport,
  heatMap,
  mayEditGoals,
  officeFigures,
  officeMeans,
  type FeedbackCycleFigures,
  organisationScope,
  reportReadRefusal,
  type CompetencyModel,
  type FeedbackActor,
  type FeedbackEvidence,
  type FeedbackEvidenceReply,
  type FeedbackReport,
  type FeedbackReportReply,
  type GoalRequest,
  type OpenedAnswer,
  type OrganisationReply,
  type StoredFeedbackCycle,
  type StoredSubject,
} from '@kvalita/core';
import type { FeedbackContext } from './feedback-context';

/** CAF 2020 subcriteria 360 feedback is evidence for: developing competencies, involving people, their perception. */
export const FEEDBACK_SUBCRITERIA = ['3.2', '3.3', '7.1'] as const;

/** A report's figures without its comments (the organisation view needs no order of comments). */
const noShuffle = <T>(items: readonly T[]): T[] => [...items];

/**
 * Reports (core feedback/report.ts): a subject's, for the subject and their manager once released;
 * the organisation view from every report of a cycle, its answers read once, page by page; the
 * CAF evidence at office level; development goals the subject sets from a gap.
 */
export class FeedbackReports {
  constructor(private readonly context: FeedbackContext) {}

  private get stores() {
    return this.context.stores;
  }

  async report(actor: FeedbackActor, cycleId: number, subjectId: number): Promise<FeedbackReportReply> {
    const { cycle, subject } = await this.readable(actor, cycleId, subjectId);
    const model = await this.context.model(cycle.modelId);
    const answers = await this.stores.answers.ofSubject(
      cycleId,
      this.context.keys.subjectKey(cycleId, subject.email),
    );
    const report = this.reportOf(
      cycle,
      model,
      subject,
      answers.map((stored) => stored.answer),
      this.context.shuffle,
    );
    const goals = await this.stores.goals.ofSubject(subject.id);
    return {
      report,
      goals: goals.map(({ cycleId: _cycle, subjectId: _subject, ...goal }) => goal),
      mayAddGoals: mayEditGoals(actor, subject),
    };
  }

  /** The report with the model's competency group names, for the .docx. */
  async reportDocument(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
  ): Promise<{ reply: FeedbackReportReply; groupNames: Map<string, string> }> {
    const reply = await this.report(actor, cycleId, subjectId);
    const model = await this.context.model((await this.context.cycle(cycleId)).modelId);
    return { reply, groupNames: new Map(model.groups.map((group) => [group.key, group.name])) };
  }

  async addGoal(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: GoalRequest,
  ): Promise<FeedbackReportReply> {
    const { cycle, subject } = await this.goalsOf(actor, cycleId, subjectId, request);
    await this.stores.goals.add(cycle.id, subject.id, goalOf(request));
    return this.report(actor, cycleId, subjectId);
  }

  async editGoal(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    goalId: number,
    request: GoalRequest & { readonly etag: string },
  ): Promise<FeedbackReportReply> {
    const { subject } = await this.goalsOf(actor, cycleId, subjectId, request);
    await this.ownGoal(subject, goalId);
    await this.stores.goals.update(goalId, request.etag, goalOf(request));
    return this.report(actor, cycleId, subjectId);
  }

  async removeGoal(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    goalId: number,
    etag: string,
  ): Promise<FeedbackReportReply> {
    const { subject } = await this.goalsOf(actor, cycleId, subjectId, null);
    await this.ownGoal(subject, goalId);
    await this.stores.goals.remove(goalId, etag);
    return this.report(actor, cycleId, subjectId);
  }

  /**
   * The heat map of competency by department and the trend across released cycles of the same
   * model. Every report of a cycle is built from one paged read of its answers, grouped by subject
   * key; cells come only from shown "all but self" figures of departments over the threshold.
   */
  async organisation(actor: FeedbackActor, cycleId: number): Promise<OrganisationReply> {
    const scope = organisationScope(actor);
    if (scope === null) throw new FeedbackRefusedError('organisationView');
    const cycle = await this.context.cycle(cycleId);
    if (cycle.phase !== 'released')
      throw new FeedbackRuleError('notReleased', `cycle ${cycleId} is ${cycle.phase}`);
    const [model, departments, models, cycles] = await Promise.all([
      this.context.model(cycle.modelId),
      this.context.deps.departments.list(),
      this.stores.models.list(),
      this.stores.cycles.list(),
    ]);
    const reports = await this.cycleReports(cycle, model);
    const inScope = (code: string | null) => code !== null && (scope === 'office' || scope.includes(code));
    const codes = departments
      .filter((department) => inScope(department.code))
      .filter((department) => reports.some((entry) => entry.departmentCode === department.code))
      .map((department) => department.code);
    const map = heatMap(
      reports.filter((entry) => inScope(entry.departmentCode)),
      codes,
      cycle.thresholds.group,
    );
    const modelKey = model.modelKey;
    const keyOf = new Map(models.map((version) => [version.id, version.modelKey]));
    const trendCycles = cycles
      .filter((other) => other.phase === 'released' && keyOf.get(other.modelId) === modelKey)
      .sort((a, b) => (a.releasedAt ?? '').localeCompare(b.releasedAt ?? ''));
    const trend = await Promise.all(
      trendCycles.map(async (other) => {
        const entries =
          other.id === cycle.id
            ? reports
            : await this.cycleReports(other, await this.context.model(other.modelId));
        return {
          cycleId: other.id,
          cycleName: other.name,
          releasedAt: other.releasedAt ?? other.modifiedAt,
          means: officeMeans(
            entries.map((entry) => entry.report),
            other.thresholds.group,
          ),
        };
      }),
    );
    return {
      cycleId,
      competencies: model.groups.flatMap((group) =>
        group.competencies.map((competency) => ({ key: competency.key, name: competency.name })),
      ),
      departments: departments
        .filter((department) => codes.includes(department.code))
        .map((department) => ({ code: department.code, name: department.name })),
      cells: map.cells,
      hiddenDepartments: map.hiddenDepartments,
      trend,
    };
  }

  /** Released cycles as CAF evidence, office level only: how many were rated and the response rate. */
  async evidence(): Promise<FeedbackEvidenceReply> {
    const released = (await this.stores.cycles.list()).filter((cycle) => cycle.phase === 'released');
    const evidence = await Promise.all(
      released.map(async (cycle): Promise<FeedbackEvidence> => {
        const [nominations, counts] = await Promise.all([
          this.context.cycleNominations(cycle.id),
          this.stores.answers.counts(cycle.id),
        ]);
        const forms = nominations.filter((n) => n.state === 'approved').length;
        const answers = [...counts.values()].reduce((sum, count) => sum + count, 0);
        return {
          cycleId: cycle.id,
          cycleName: cycle.name,
          releasedAt: cycle.releasedAt ?? cycle.modifiedAt,
          subjects: cycle.subjectCount,
          responseRate: forms === 0 ? 0 : Math.round((Math.min(answers, forms) / forms) * 1000) / 1000,
          subcriteria: [...FEEDBACK_SUBCRITERIA],
        };
      }),
    );
    evidence.sort((a, b) => b.releasedAt.localeCompare(a.releasedAt));
    return {
      bySubcriterion: Object.fromEntries(FEEDBACK_SUBCRITERIA.map((code) => [code, evidence])),
    };
  }

  /**
   * Open data's figures: each released cycle's office figure per competency, by the code of the
   * organisation view's trend (officeFigures: subjects with a shown "others" mean, at the threshold).
   */
  async openDataFigures(): Promise<FeedbackCycleFigures[]> {
    const released = (await this.stores.cycles.list()).filter((cycle) => cycle.phase === 'released');
    return Promise.all(
      released.map(async (cycle): Promise<FeedbackCycleFigures> => {
        const model = await this.context.model(cycle.modelId);
        const reports = await this.cycleReports(cycle, model);
        const figures = officeFigures(
          reports.map((entry) => entry.report),
          cycle.thresholds.group,
        );
        return {
          name: cycle.name,
          releasedAt: cycle.releasedAt ?? cycle.modifiedAt,
          competencies: model.groups.flatMap((group) =>
            group.competencies.map((competency) => ({
              name: competency.name,
              figure: figures[competency.key] ?? null,
            })),
          ),
        };
      }),
    );
  }

  /**
   * Every subject's report of a cycle without comments (the organisation view and the evidence use
   * figures only), its answers' ratings read once (paged) and grouped by subject key.
   */
  async cycleReports(cycle: StoredFeedbackCycle, model: CompetencyModel) {
    const bySubjectKey = new Map<string, OpenedAnswer[]>();
    for await (const page of this.stores.answers.all(cycle.id, { comments: false }))
      for (const stored of page) {
        const answers = bySubjectKey.get(stored.subjectKey) ?? [];
        answers.push(stored.answer);
        bySubjectKey.set(stored.subjectKey, answers);
      }
    const subjects = await this.context.cycleSubjects(cycle.id);
    return subjects.map((subject) => ({
      departmentCode: subject.departmentCode,
      report: this.reportOf(
        cycle,
        model,
        subject,
        bySubjectKey.get(this.context.keys.subjectKey(cycle.id, subject.email)) ?? [],
        noShuffle,
      ),
    }));
  }

  private reportOf(
    cycle: StoredFeedbackCycle,
    model: CompetencyModel,
    subject: StoredSubject,
    answers: readonly OpenedAnswer[],
    shuffle: <T>(items: readonly T[]) => T[],
  ): FeedbackReport {
    return buildFeedbackReport({
      cycleId: cycle.id,
      cycleName: cycle.name,
      subject: subject.person,
      manager: subject.manager,
      model,
      thresholds: cycle.thresholds,
      answers,
      releasedAt: cycle.releasedAt,
      shuffle,
    });
  }

  /** The subject and their manager, after release: anyone else (coordinators too) is refused. */
  private async readable(actor: FeedbackActor, cycleId: number, subjectId: number) {
    const [cycle, subject] = await Promise.all([
      this.context.cycle(cycleId),
      this.context.subject(cycleId, subjectId),
    ]);
    const refusal = reportReadRefusal(actor, subject, cycle.phase === 'released');
    if (refusal) throw new FeedbackRefusedError(refusal);
    return { cycle, subject };
  }

  /** Goals are the subject's own, on a competency of the cycle's model, linking a measure that exists. */
  private async goalsOf(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: GoalRequest | null,
  ) {
    const { cycle, subject } = await this.readable(actor, cycleId, subjectId);
    if (!mayEditGoals(actor, subject)) throw new FeedbackRefusedError('notSubject');
    if (request !== null) {
      const model = await this.context.model(cycle.modelId);
      const known = model.groups.some((group) =>
        group.competencies.some((competency) => competency.key === request.competencyKey),
      );
      if (!known)
        throw new FeedbackInvalidError(
          'unknownCompetency',
          `competencyKey: ${request.competencyKey} is not in the model`,
        );
      const measures = this.context.deps.measures;
      if (request.link.kind === 'measure' && measures && !(await measures.exists(request.link.measureId)))
        throw new FeedbackInvalidError(
          'unknownMeasure',
          `link.measureId: no measure ${request.link.measureId}`,
        );
    }
    return { cycle, subject };
  }

  private async ownGoal(subject: StoredSubject, goalId: number): Promise<void> {
    const goals = await this.stores.goals.ofSubject(subject.id);
    if (!goals.some((goal) => goal.id === goalId))
      throw new DomainError('notFound', { details: `no goal ${goalId} of this report` });
  }
}

const goalOf = (request: GoalRequest) => ({
  competencyKey: request.competencyKey,
  text: request.text,
  dueDate: request.dueDate,
  link: request.link,
});
