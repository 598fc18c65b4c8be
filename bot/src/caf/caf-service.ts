import { randomBytes } from 'node:crypto';
import {
  CYCLE_STATUSES,
  allSubcriteria,
  aggregate,
  compareCycles,
  forwardRefusal,
  notSubmitted,
  previousStatus,
  reviewRefusal,
  stepBackRefusal,
  stepBackWithdrawsApproval,
  PhaseRuleError,
  RETURNED_REPORT_STATUS,
  STEP_OF_STATUS,
  type CycleEventKind,
  type PhaseFacts,
  type StoredCycleEvent,
  cyclePermissions,
  findSubcriterion,
  mayCreateCycle,
  mayOpenConsensus,
  departmentWithSections,
  teamChangeRefusal,
  TeamChangeRefusedError,
  type DepartmentOption,
  needsDiscussion,
  comparisonOf,
  eligibleBaselines,
  baselineRefusal,
  BaselineRefusedError,
  sameScope,
  type BaselineOption,
  statistics,
  subcriterionScore,
  DEFAULT_SPREAD_LIMIT,
  type ConsensusBoard,
  type ConsensusEntry,
  type ConsensusRow,
  type CycleDetail,
  type CycleResultsView,
  type CycleStatus,
  type CycleSummary,
  type IndividualScore,
  type MyScores,
  type NewCycle,
  type NewPlanMeasure,
  type NewTeamMember,
  type SubcriterionScoreInput,
  type SubmittedReply,
  type TeamMember,
  type TeamRole,
  normalizeEmail,
  DomainError,
  DuplicateKeyError,
  StaleVersionError,
  measureCountsByCriterion,
  type MeasuresSincePrevious,
} from '@kvalita/core';
import { parseScore, ScoreError, type ConsensusBody, type ScoreDraftBody } from '@kvalita/core/schemas';
import type { PeopleRepository } from '@kvalita/sharepoint';
import type { Identity } from '../platform/auth/identity';
import { hmacRespondentKeyer, type RespondentKeyer } from '../platform/respondent-key';
import { consensusEntryOf, individualScoreOf, outcomeOf, teamMemberOf } from './caf-dto';
import type {
  CafStore,
  CycleStanding,
  StoredConsensus,
  StoredCycle,
  StoredScore,
  StoredTeamMember,
} from './caf-store';
import type { PlanMeasure, PlanMeasures } from './plan-measures';
import { planLoopMeasures, type LoopMeasures } from './loop-measures';
import { NO_CAF_NOTICES, type CafNotices } from './caf-notices';

function bad(details: string): never {
  throw new DomainError('badRequest', { details });
}

/**
 * The CAF self-assessment rules of docs/api-caf.md, enforced here and nowhere else. Bodies arrive
 * parsed with the contract's schemas (caf-routes.ts); replies are the contract's shapes.
 */
export class CafService {
  constructor(
    private readonly store: CafStore,
    private readonly people: PeopleRepository,
    /** The office's departments (a shared copy: no round trip while it is fresh). */
    private readonly departments: { list(): Promise<readonly DepartmentOption[]> },
    private readonly measures: PlanMeasures,
    private readonly now: () => Date,
    private readonly spreadLimit = DEFAULT_SPREAD_LIMIT,
    private readonly notices: CafNotices = NO_CAF_NOTICES,
    // Orders the team's scores without names (see anonymousOrder); the composition root passes the
    // service's secret so the order survives a restart.
    private readonly orderKeyer: RespondentKeyer = hmacRespondentKeyer(randomBytes(32).toString('hex')),
    // The measures with their status and effectiveness (the closed loop with the register); until the
    // composition root passes the register's, the improvement plan's repository alone.
    private readonly loop: LoopMeasures = planLoopMeasures(measures, now),
  ) {}

  async listCycles(identity: Identity): Promise<CycleSummary[]> {
    const standings = await this.store.cyclesFor(identity.email);
    return [...standings]
      .sort((a, b) => b.cycle.startDate.localeCompare(a.cycle.startDate))
      .map((standing) => this.summary(identity, standing));
  }

  async cycleDetail(identity: Identity, id: number): Promise<CycleDetail> {
    const overview = await this.store.overview(checkedId(id));
    if (!overview) throw new DomainError('notFound');
    const { cycle, team, submitted, cycles } = overview;
    const teamRole = team.find((member) => member.email === identity.email)?.role ?? null;
    return {
      ...this.summary(identity, {
        cycle,
        teamRole,
        hasSubmitted: teamRole !== null && submitted.has(identity.email),
      }),
      team: team.map((member) => teamMemberOf(member, submitted.has(member.email))),
      previousCycleId: comparisonOf(cycle, cycles).cycle?.id ?? null,
      history: overview.history,
    };
  }

  async createCycle(identity: Identity, input: NewCycle): Promise<CycleSummary> {
    if (!mayCreateCycle(identity.roles)) throw new DomainError('forbidden');
    const cycle = await this.store.createCycle({ ...input, coordinatorEmail: identity.email });
    return this.summary(identity, { cycle, teamRole: null, hasSubmitted: false });
  }

  /**
   * One phase forward when the phase rules allow it (core's `forwardRefusal`), refused with what is
   * missing otherwise. `endScoring` ends individual scoring though not everyone submitted; who had
   * not is recorded in the history. Moving to the report asks the director to approve it in chat.
   */
  async moveStatus(
    identity: Identity,
    id: number,
    status: string,
    options: { readonly endScoring?: boolean } = {},
  ): Promise<CycleSummary> {
    if (!(CYCLE_STATUSES as readonly string[]).includes(status))
      bad(`status must be one of ${CYCLE_STATUSES.join(', ')}`);
    const next = status as CycleStatus;
    const { read, facts, standing } = await this.phase(identity, id, 'manageCycle');
    const refusal = forwardRefusal(facts, next, options);
    if (refusal) throw new PhaseRuleError(refusal);
    const missing = next === 'consensus' ? notSubmitted(facts) : [];
    const updated = await this.store.changePhase(read, {
      status: next,
      currentStep: STEP_OF_STATUS[next],
      event: this.event(identity, 'moved', read.cycle.status, next, { notSubmitted: missing }),
    });
    if (next === 'report') void this.notices.reportAwaitsApproval(updated);
    return this.summary(identity, { ...standing, cycle: updated });
  }

  /**
   * One phase back, by the quality manager, with the reason kept in the history. Landing on the
   * report or before it withdraws an approval: the reworked report is approved again.
   */
  async stepBack(identity: Identity, id: number, reason: string): Promise<CycleSummary> {
    const { read, facts, standing } = await this.phase(identity, id, 'manageCycle');
    const refusal = stepBackRefusal(facts);
    const back = previousStatus(facts.status);
    if (refusal || back === null) throw new PhaseRuleError(refusal ?? { kind: 'noPreviousPhase' });
    const updated = await this.store.changePhase(read, {
      status: back,
      currentStep: STEP_OF_STATUS[back],
      ...(stepBackWithdrawsApproval(facts) ? { approval: null } : {}),
      event: this.event(identity, 'steppedBack', read.cycle.status, back, { reason }),
    });
    return this.summary(identity, { ...standing, cycle: updated });
  }

  async addTeamMember(identity: Identity, id: number, { email, role }: NewTeamMember): Promise<TeamMember> {
    const { cycle, permissions } = await this.access(identity, id);
    if (!permissions.nominateTeam) throw new DomainError('forbidden');
    // The nominee and the nominator in one $batch: a head of department nominates from their own.
    const [team, directory] = await Promise.all([
      this.store.team(id),
      this.people.findByEmails([email, identity.email]),
    ]);
    const person = directory.get(normalizeEmail(email));
    if (!person) bad(`${email} is not in the office directory`);
    await this.checkTeamChange(identity, directory.get(normalizeEmail(identity.email)), cycle, {
      role,
      person,
    });
    const otherLeader = team.find((member) => member.role === 'leader' && member.email !== person.email);
    if (role === 'leader' && otherLeader !== undefined) {
      // Said in words, with the leader's name: the code's own sentence only says "reload the page".
      throw new DomainError(
        'conflict',
        {
          details: 'the team already has a leader',
          name: otherLeader.displayName,
        },
        'error.caf.teamHasLeader',
      );
    }
    if (!team.some((member) => member.email === person.email)) {
      await this.store.addTeamMember(id, person.email, role, identity.email);
    }
    return teamMemberOf(
      { email: person.email, displayName: person.displayName, role, departmentName: person.departmentName },
      false,
    );
  }

  /** Refuses, saying why, what `teamChangeRefusal` does not allow this person. */
  private async checkTeamChange(
    identity: Identity,
    nominator: { departmentCode: string | null } | undefined,
    cycle: StoredCycle,
    { role, person }: { role: TeamRole; person: { departmentCode: string | null; displayName: string } },
  ): Promise<void> {
    const departmentCodes =
      nominator?.departmentCode && !identity.roles.includes('qualityManager')
        ? departmentWithSections(nominator.departmentCode, await this.departments.list())
        : [];
    const refusal = teamChangeRefusal(
      { roles: identity.roles, departmentCodes },
      { role, departmentCode: person.departmentCode },
      cycle.status,
    );
    if (refusal === 'forbidden') throw new DomainError('forbidden');
    if (refusal !== null) throw new TeamChangeRefusedError(refusal, person.displayName);
  }

  async removeTeamMember(identity: Identity, id: number, email: string): Promise<void> {
    const { permissions } = await this.access(identity, id);
    if (!permissions.manageCycle) throw new DomainError('forbidden');
    await this.store.removeTeamMember(id, email.toLowerCase());
  }

  async myScores(identity: Identity, id: number): Promise<MyScores> {
    const { access, cycle } = await this.access(identity, id);
    if (!access.member) throw new DomainError('forbidden');
    const scores = access.myScores;
    return {
      submitted: scores.some((score) => score.submitted),
      scores: scores.map(individualScoreOf),
      measuresSincePrevious: await this.measuresSincePrevious(cycle),
    };
  }

  /** What was done about the subcriteria since the cycle this one is compared with. */
  private async measuresSincePrevious(
    cycle: StoredCycle,
    cycles?: readonly StoredCycle[],
  ): Promise<MeasuresSincePrevious> {
    const previous = this.previousOf(cycle, cycles ?? (await this.store.listCycles()));
    if (!previous) return { previousCycle: null, measures: [] };
    return {
      previousCycle: { id: previous.id, name: previous.name },
      measures: await this.loop.sincePrevious(previous, cycle),
    };
  }

  async saveMyScore(
    identity: Identity,
    id: number,
    code: string,
    draft: ScoreDraftBody,
  ): Promise<IndividualScore> {
    const { access, cycle, standing, permissions } = await this.access(identity, id);
    // A member who submitted is refused by the rule, in words of its own (not as a lost race).
    if (access.member && standing.hasSubmitted)
      throw new DomainError('conflict', { details: 'scores submitted' }, 'error.caf.scoresSubmitted');
    if (!permissions.scoreIndividually) throw new DomainError('forbidden');
    const subcriterion = findSubcriterion(code) ?? bad(`${code} is not a CAF 2020 subcriterion`);
    const input = draft.input === null ? null : this.parseInput(cycle, subcriterion.criterion, draft.input);
    try {
      // The access read found the row and the member's site user: the save is only the write.
      const saved = await this.store.saveScoreWith(access, code, { ...draft, input }, draft.etag);
      return individualScoreOf(saved);
    } catch (error) {
      // Name the subcriterion: the tab shows which of the 28 needs a reload. A second device's first
      // save of it collides on the row's unique key: the same conflict.
      if (error instanceof StaleVersionError || error instanceof DuplicateKeyError)
        throw new StaleVersionError(code);
      throw error;
    }
  }

  async submitMyScores(identity: Identity, id: number): Promise<SubmittedReply> {
    const { access, cycle, standing } = await this.access(identity, id);
    // Submitted already (a second click, another device): nothing more to do.
    if (access.member?.submitted) return { submitted: true };
    // A submit cut short has flipped some rows but not written its marker: it may be completed.
    const actor = { roles: identity.roles, teamRole: standing.teamRole, hasSubmitted: false };
    if (!cyclePermissions(actor, cycle.status).scoreIndividually) throw new DomainError('forbidden');
    await this.store.submitScores(id, identity.email);
    return { submitted: true };
  }

  async consensusBoard(identity: Identity, id: number, hideNames: boolean): Promise<ConsensusBoard> {
    // The cycle from the list the previous cycle is chosen from: one read for both (≤ 3 round trips).
    const [cycles, board] = await Promise.all([this.store.listCycles(), this.store.consensusBoard(id)]);
    const cycle = cycles.find((candidate) => candidate.id === checkedId(id));
    if (!cycle) throw new DomainError('notFound');
    const permissions = this.permissionsFrom(identity, cycle, board);
    if (!mayOpenConsensus(permissions)) throw new DomainError('forbidden');
    const showNames = permissions.seeAllIndividualScores && !hideNames;
    // Only the team's own count: a row of someone no longer on it is history, not an opinion.
    const onTeam = new Set(board.team.map((member) => member.email));
    const rows: ConsensusRow[] = allSubcriteria().map(({ code }) => {
      const submitted = board.scores.filter(
        (score) => score.code === code && score.submitted && onTeam.has(score.assessorEmail),
      );
      const scores = showNames
        ? submitted.sort((a, b) => a.assessorName.localeCompare(b.assessorName, 'cs'))
        : this.anonymousOrder(identity, id, code, submitted);
      const values = scores.map((score) => (score.input ? subcriterionScore(score.input) : null));
      const stats = statistics(values.filter((value): value is number => value !== null));
      const agreed = board.consensus.find((entry) => entry.code === code) ?? null;
      return {
        code,
        stats,
        needsDiscussion: needsDiscussion(stats, this.spreadLimit),
        members: scores.map((score, index) => ({
          name: showNames ? score.assessorName : null,
          input: score.input,
          score: values[index] ?? null,
          strengths: score.strengths,
          areasForImprovement: score.areasForImprovement,
          improvementIdeas: score.improvementIdeas,
        })),
        consensus: agreed ? consensusEntryOf(agreed) : null,
      };
    });
    return {
      spreadLimit: this.spreadLimit,
      subcriteria: rows,
      measuresSincePrevious: await this.measuresSincePrevious(cycle, cycles),
    };
  }

  async setConsensus(
    identity: Identity,
    id: number,
    code: string,
    parsed: ConsensusBody,
  ): Promise<ConsensusEntry> {
    const { cycle, permissions } = await this.access(identity, id);
    if (!permissions.setConsensus) throw new DomainError('forbidden');
    const subcriterion = findSubcriterion(code) ?? bad(`${code} is not a CAF 2020 subcriterion`);
    const input = this.parseInput(cycle, subcriterion.criterion, parsed.input);
    const saved = await this.store.saveConsensus(id, {
      code,
      input,
      strengths: parsed.strengths,
      areasForImprovement: parsed.areasForImprovement,
      improvementIdeas: parsed.improvementIdeas,
    });
    return consensusEntryOf(saved);
  }

  async results(id: number): Promise<CycleResultsView> {
    const cycle = await this.cycle(id);
    const [consensus, cycles, plan] = await Promise.all([
      this.store.consensus(id),
      this.store.listCycles(),
      this.loop.ofCycle(id),
    ]);
    const comparison = comparisonOf(cycle, cycles);
    const previous = comparison.cycle;
    const previousConsensus = previous ? await this.store.consensus(previous.id) : [];
    const current = scoresByCode(consensus);
    const defaultId = comparisonOf({ ...cycle, previousCycleChoice: null }, cycles).cycle?.id ?? null;
    return {
      results: aggregate(current),
      changes: previous ? compareCycles(current, scoresByCode(previousConsensus)) : [],
      previousCycleName: previous?.name ?? null,
      comparedWith:
        comparison.cycle === null
          ? null
          : {
              id: comparison.cycle.id,
              name: comparison.cycle.name,
              startDate: comparison.cycle.startDate,
              endDate: comparison.cycle.endDate,
              source: comparison.source,
            },
      noComparison: comparison.cycle === null ? comparison.reason : null,
      baselineOptions: eligibleBaselines(cycle, cycles).map((option): BaselineOption => ({
        id: option.id,
        name: option.name,
        startDate: option.startDate,
        endDate: option.endDate,
        method: option.method,
        scope: option.scope,
        isDefault: option.id === defaultId,
        sameScope: sameScope(option.scope, cycle.scope),
        sameMethod: option.method === cycle.method,
      })),
      subcriteria: consensus.map(outcomeOf),
      measureCounts: measureCountsByCriterion(plan),
    };
  }

  /**
   * The quality manager chooses the earlier cycle this cycle's results (page and report) are
   * compared with, or goes back to the default rule with null; answers the results as they now are.
   */
  async setBaseline(
    identity: Identity,
    id: number,
    previousCycleId: number | null,
  ): Promise<CycleResultsView> {
    const { cycle, permissions } = await this.access(identity, id);
    if (!permissions.manageCycle) throw new DomainError('forbidden');
    if (previousCycleId !== null) {
      const chosen = await this.store.getCycle(checkedId(previousCycleId));
      if (!chosen) throw new DomainError('notFound', { details: `no cycle ${previousCycleId}` });
      const refusal = baselineRefusal(cycle, chosen);
      if (refusal) throw new BaselineRefusedError(refusal);
    }
    await this.store.updateCycle(id, { previousCycleChoice: previousCycleId });
    return this.results(id);
  }

  /** Data for the .docx; only people who answer for the report may export it. */
  async reportData(identity: Identity, id: number) {
    const { cycle, permissions } = await this.access(identity, id);
    if (!permissions.downloadReport) throw new DomainError('forbidden');
    // The board's team has no departments; the team read has them, the board the scores' evidence.
    const [team, board, results, measures, cycles] = await Promise.all([
      this.store.team(id),
      this.store.consensusBoard(id),
      this.results(id),
      this.loop.ofCycle(id),
      this.store.listCycles(),
    ]);
    // The report names the cycle its changes are measured against, and its plan is evidence.
    const previousCycle = this.previousOf(cycle, cycles);
    // What was done since it, with status and effectiveness: the report lists it per subcriterion.
    const previousMeasures = previousCycle ? await this.loop.sincePrevious(previousCycle, cycle) : [];
    // Documents only from submitted scores: a draft's links may still change or go.
    const evidence = board.scores
      .filter((score) => score.submitted)
      .flatMap((score) => score.evidence.map((link) => ({ code: score.code, ...link })));
    return { cycle, team, results, measures, previousCycle, previousMeasures, evidence };
  }

  /** The director approves the report waiting for them, with an optional comment; the leader is told. */
  async approveReport(identity: Identity, id: number, comment = ''): Promise<CycleSummary> {
    const { read, facts, standing } = await this.review(identity, id);
    const approvedAt = this.now().toISOString();
    const updated = await this.store.changePhase(read, {
      approval: { approvedBy: identity.displayName, approvedAt },
      approverEmail: identity.email,
      event: this.event(identity, 'approved', facts.status, facts.status, { comment }),
    });
    void this.notices.reportReviewed(updated, leaderOf(read.team), {
      outcome: 'approved',
      byName: identity.displayName,
      note: comment,
    });
    return this.summary(identity, { ...standing, cycle: updated });
  }

  /** The director returns the report for rework, with a reason: back to consensus; the leader is told. */
  async returnReport(identity: Identity, id: number, reason: string): Promise<CycleSummary> {
    const { read, facts, standing } = await this.review(identity, id);
    const updated = await this.store.changePhase(read, {
      status: RETURNED_REPORT_STATUS,
      currentStep: STEP_OF_STATUS[RETURNED_REPORT_STATUS],
      event: this.event(identity, 'returned', facts.status, RETURNED_REPORT_STATUS, { reason }),
    });
    void this.notices.reportReviewed(updated, leaderOf(read.team), {
      outcome: 'returned',
      byName: identity.displayName,
      note: reason,
    });
    return this.summary(identity, { ...standing, cycle: updated });
  }

  /** The report's review is the director's: others are forbidden, a report not waiting is refused. */
  private async review(identity: Identity, id: number) {
    if (!identity.roles.includes('director')) throw new DomainError('forbidden');
    const phase = await this.phase(identity, id, null);
    if (phase.facts.status === 'closed') throw new DomainError('forbidden');
    const refusal = reviewRefusal(phase.facts);
    if (refusal) throw new PhaseRuleError(refusal);
    return phase;
  }

  /**
   * What a phase change starts with, in one round trip: the cycle with its version, its team, who
   * submitted and the consensus count, as the phase rules' facts, and the person's standing.
   */
  private async phase(identity: Identity, id: number, permission: 'manageCycle' | null) {
    const read = await this.store.phaseRead(checkedId(id));
    if (!read) throw new DomainError('notFound');
    const teamRole = read.team.find((member) => member.email === identity.email)?.role ?? null;
    const standing: CycleStanding = {
      cycle: read.cycle,
      teamRole,
      hasSubmitted: teamRole !== null && read.submitted.has(identity.email),
    };
    if (permission !== null) {
      const permissions = cyclePermissions({ roles: identity.roles, ...standing }, read.cycle.status);
      if (!permissions[permission]) throw new DomainError('forbidden');
    }
    const facts: PhaseFacts = {
      status: read.cycle.status,
      approved: read.cycle.approval !== null,
      team: read.team.map((member) => ({
        name: member.displayName,
        role: member.role,
        submitted: read.submitted.has(member.email),
      })),
      consensusCount: read.consensusCount,
    };
    return { read, facts, standing };
  }

  private event(
    identity: Identity,
    kind: CycleEventKind,
    from: CycleStatus,
    to: CycleStatus,
    notes: { reason?: string; comment?: string; notSubmitted?: readonly string[] },
  ): StoredCycleEvent {
    return {
      kind,
      from,
      to,
      byName: identity.displayName,
      byEmail: identity.email,
      at: this.now().toISOString(),
      reason: notes.reason ?? '',
      comment: notes.comment ?? '',
      notSubmitted: notes.notSubmitted ?? [],
    };
  }

  async planMeasures(id: number): Promise<PlanMeasure[]> {
    await this.cycle(id);
    return this.measures.forCycle(id);
  }

  async createMeasure(identity: Identity, id: number, measure: NewPlanMeasure): Promise<PlanMeasure> {
    const { permissions } = await this.access(identity, id);
    if (!permissions.createMeasures) throw new DomainError('forbidden');
    if (measure.subcriterionCode !== null && !findSubcriterion(measure.subcriterionCode)) {
      bad(`${measure.subcriterionCode} is not a CAF 2020 subcriterion`);
    }
    if (!(await this.people.findByEmail(measure.ownerEmail)))
      bad(`${measure.ownerEmail} is not in the office directory`);
    return this.measures.add(id, measure);
  }

  /**
   * The team's scores without names, in an order of the viewer's own: by a keyed hash of (viewer,
   * cycle, subcriterion, member). A reload shows the same order, but it follows neither the team
   * list nor any row id or date, differs per subcriterion and per viewer, and without the secret
   * nobody can tell whose score stands where.
   */
  private anonymousOrder(identity: Identity, cycleId: number, code: string, scores: StoredScore[]) {
    const scope = `caf-board#${identity.email.toLowerCase()}#${cycleId}#${code}`;
    const keyed = scores.map((score) => ({ score, key: this.orderKeyer(scope, score.assessorEmail) }));
    return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ score }) => score);
  }

  private parseInput(cycle: StoredCycle, criterion: number, input: unknown): SubcriterionScoreInput {
    try {
      return parseScore(cycle.method, criterion <= 5 ? 'enabler' : 'result', input);
    } catch (error) {
      if (error instanceof ScoreError) bad(error.message);
      throw error;
    }
  }

  private async cycle(id: number): Promise<StoredCycle> {
    const cycle = await this.store.getCycle(checkedId(id));
    if (!cycle) throw new DomainError('notFound');
    return cycle;
  }

  /** The cycle the results and the report compare with: chosen while eligible, else the default. */
  private previousOf(cycle: StoredCycle, cycles: readonly StoredCycle[]): StoredCycle | null {
    return comparisonOf(cycle, cycles).cycle;
  }

  /**
   * The cycle, the person's standing in it and what they may do: the start of every guarded action,
   * one round trip (the cycle, their team row and their scores in one $batch).
   */
  private async access(identity: Identity, id: number) {
    const access = await this.store.access(checkedId(id), identity.email);
    if (!access) throw new DomainError('notFound');
    const standing: CycleStanding = {
      cycle: access.cycle,
      teamRole: access.member?.role ?? null,
      hasSubmitted:
        access.member !== null &&
        (access.member.submitted || access.myScores.some((score) => score.submitted)),
    };
    const permissions = cyclePermissions(
      { roles: identity.roles, teamRole: standing.teamRole, hasSubmitted: standing.hasSubmitted },
      access.cycle.status,
    );
    return { access, cycle: access.cycle, standing, permissions };
  }

  private permissionsFrom(
    identity: Identity,
    cycle: StoredCycle,
    board: {
      team: readonly StoredTeamMember[];
      scores: readonly StoredScore[];
      submitted: ReadonlySet<string>;
    },
  ) {
    const teamRole: TeamRole | null =
      board.team.find((member) => member.email === identity.email)?.role ?? null;
    const hasSubmitted =
      board.submitted.has(identity.email) ||
      board.scores.some((score) => score.assessorEmail === identity.email && score.submitted);
    return cyclePermissions({ roles: identity.roles, teamRole, hasSubmitted }, cycle.status);
  }

  private summary(identity: Identity, { cycle, teamRole, hasSubmitted }: CycleStanding): CycleSummary {
    const permissions = cyclePermissions({ roles: identity.roles, teamRole, hasSubmitted }, cycle.status);
    return {
      id: cycle.id,
      name: cycle.name,
      method: cycle.method,
      status: cycle.status,
      startDate: cycle.startDate,
      endDate: cycle.endDate,
      scope: cycle.scope,
      currentStep: cycle.currentStep,
      reportApproval: cycle.approval,
      myTeamRole: teamRole,
      mySubmitted: hasSubmitted,
      permissions,
    };
  }
}

/** A cycle id from the path, or 400: nothing is queried with anything else. */
function checkedId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 1) bad('the cycle id must be a positive whole number');
  return id;
}

function scoresByCode(consensus: readonly StoredConsensus[]): Record<string, number> {
  return Object.fromEntries(consensus.map((entry) => [entry.code, subcriterionScore(entry.input)]));
}

/** The team leader's e-mail, who hears how the director decided (null for a team without one). */
function leaderOf(team: readonly StoredTeamMember[]): string | null {
  return team.find((member) => member.role === 'leader')?.email ?? null;
}
