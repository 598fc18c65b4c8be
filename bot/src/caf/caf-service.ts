import { randomBytes } from 'node:crypto';
import {
  CYCLE_STATUSES,
  allSubcriteria,
  aggregate,
  canMoveTo,
  compareCycles,
  cyclePermissions,
  findSubcriterion,
  mayCreateCycle,
  mayOpenConsensus,
  departmentWithSections,
  teamChangeRefusal,
  TeamChangeRefusedError,
  type DepartmentOption,
  needsDiscussion,
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

/** The CAF step a status stands at (steps 1–10; 11 = the journey is complete). */
const STEP_OF_STATUS: Readonly<Record<CycleStatus, number>> = {
  preparation: 1,
  scoring: 5,
  consensus: 5,
  report: 6,
  improvement: 7,
  closed: 11,
};

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
    // Orders the team's scores without names (see anonymousOrder); the composition root passes the
    // service's secret so the order survives a restart.
    private readonly orderKeyer: RespondentKeyer = hmacRespondentKeyer(randomBytes(32).toString('hex')),
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
      previousCycleId: this.previousOf(cycle, cycles)?.id ?? null,
    };
  }

  async createCycle(identity: Identity, input: NewCycle): Promise<CycleSummary> {
    if (!mayCreateCycle(identity.roles)) throw new DomainError('forbidden');
    const cycle = await this.store.createCycle({ ...input, coordinatorEmail: identity.email });
    return this.summary(identity, { cycle, teamRole: null, hasSubmitted: false });
  }

  async moveStatus(identity: Identity, id: number, status: string): Promise<CycleSummary> {
    const { cycle, standing, permissions } = await this.access(identity, id);
    if (!permissions.manageCycle) throw new DomainError('forbidden');
    if (!(CYCLE_STATUSES as readonly string[]).includes(status))
      bad(`status must be one of ${CYCLE_STATUSES.join(', ')}`);
    const next = status as CycleStatus;
    if (!canMoveTo(cycle.status, next))
      throw new DomainError('conflict', { details: `${cycle.status} → ${next}` });
    if (next === 'closed' && cycle.approval === null)
      throw new DomainError('conflict', { details: 'the report is not approved' });
    const updated = await this.store.updateCycle(id, { status: next, currentStep: STEP_OF_STATUS[next] });
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
    if (
      role === 'leader' &&
      team.some((member) => member.role === 'leader' && member.email !== person.email)
    ) {
      throw new DomainError('conflict', { details: 'the team already has a leader' });
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
    const { access } = await this.access(identity, id);
    if (!access.member) throw new DomainError('forbidden');
    const scores = access.myScores;
    return { submitted: scores.some((score) => score.submitted), scores: scores.map(individualScoreOf) };
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
    const cycle = await this.cycle(id);
    const board = await this.store.consensusBoard(id);
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
          score: values[index] ?? null,
          strengths: score.strengths,
          areasForImprovement: score.areasForImprovement,
          improvementIdeas: score.improvementIdeas,
        })),
        consensus: agreed ? consensusEntryOf(agreed) : null,
      };
    });
    return { spreadLimit: this.spreadLimit, subcriteria: rows };
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
    const [consensus, cycles] = await Promise.all([this.store.consensus(id), this.store.listCycles()]);
    const previous = this.previousOf(cycle, cycles);
    const previousConsensus = previous ? await this.store.consensus(previous.id) : [];
    const current = scoresByCode(consensus);
    return {
      results: aggregate(current),
      changes: previous ? compareCycles(current, scoresByCode(previousConsensus)) : [],
      previousCycleName: previous?.name ?? null,
      subcriteria: consensus.map(outcomeOf),
    };
  }

  /** Data for the .docx; only people who answer for the report may export it. */
  async reportData(identity: Identity, id: number) {
    const { cycle, permissions } = await this.access(identity, id);
    if (!permissions.downloadReport) throw new DomainError('forbidden');
    const [team, results, measures] = await Promise.all([
      this.store.team(id),
      this.results(id),
      this.measures.forCycle(id),
    ]);
    return { cycle, team, results, measures };
  }

  async approveReport(identity: Identity, id: number): Promise<CycleSummary> {
    const { standing, permissions } = await this.access(identity, id);
    if (!permissions.approveReport) throw new DomainError('forbidden');
    const updated = await this.store.updateCycle(
      id,
      { approval: { approvedBy: identity.displayName, approvedAt: this.now().toISOString() } },
      identity.email,
    );
    return this.summary(identity, { ...standing, cycle: updated });
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

  private previousOf(cycle: StoredCycle, cycles: readonly StoredCycle[]): StoredCycle | null {
    return (
      [...cycles]
        .filter((candidate) => candidate.id !== cycle.id && candidate.startDate < cycle.startDate)
        .sort((a, b) => b.startDate.localeCompare(a.startDate))[0] ?? null
    );
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
