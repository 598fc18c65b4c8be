import type {
  CycleAccess,
  CycleOverview,
  CyclePhaseRead,
  PhaseChange,
  CycleStanding,
  CycleStatus,
  NewStoredCycle,
  ScoreWrite,
  StoredConsensus,
  StoredCycle,
  StoredScore,
  StoredTeamMember,
  TeamRole,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { PeopleRepository } from '../platform/directory/people';
import type { SiteContext } from '../platform/site-context';
import { CafCyclesRepository } from './cycles';
import { CycleHistoryRepository } from './history';
import { ScoreSubmission } from './score-submission';
import { CycleStandingReader } from './standing';
import { assessmentTeamList } from './lists/assessment-team';
import { consensusScoresList } from './lists/consensus-scores';
import { individualScoresList } from './lists/individual-scores';
import {
  CONSENSUS_SCORE,
  INDIVIDUAL_SCORE,
  ScoresRepository,
  onConsensusScores,
  onIndividualScores,
  toConsensus,
  toScore,
  type ConsensusScoreRow,
  type IndividualScoreRow,
} from './scores';
import { AssessmentTeamRepository, TEAM_MEMBER, onTeam, toMember, type TeamMemberRow } from './team';

/**
 * Everything a CAF cycle keeps, on SharePoint lists: cycles, team, individual and consensus scores.
 * Matches the CafStore interface of the app service.
 */
export class SharePointCafStore {
  private readonly cycles: CafCyclesRepository;
  private readonly teams: AssessmentTeamRepository;
  private readonly scoreRows: ScoresRepository;
  private readonly people: PeopleRepository;
  private readonly standing: CycleStandingReader;
  private readonly history: CycleHistoryRepository;
  private readonly submission: ScoreSubmission;

  constructor(
    private readonly site: SiteContext,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.cycles = new CafCyclesRepository(site);
    this.teams = new AssessmentTeamRepository(site);
    this.scoreRows = new ScoresRepository(site);
    this.people = new PeopleRepository(site);
    this.standing = new CycleStandingReader(site, this.people);
    this.history = new CycleHistoryRepository(site);
    this.submission = new ScoreSubmission(site, this.scoreRows);
  }

  listCycles(): Promise<StoredCycle[]> {
    return this.cycles.list();
  }

  getCycle(id: number): Promise<StoredCycle | null> {
    return this.cycles.get(id);
  }

  createCycle(cycle: NewStoredCycle): Promise<StoredCycle> {
    return this.cycles.create(cycle);
  }

  updateCycle(
    id: number,
    changes: {
      status?: CycleStatus;
      currentStep?: number;
      approval?: StoredCycle['approval'];
      previousCycleChoice?: number | null;
    },
    approverEmail?: string,
  ): Promise<StoredCycle> {
    return this.cycles.update(id, changes, approverEmail);
  }

  /** What the phase rules read before a phase change, in one $batch (null: no such cycle). */
  phaseRead(cycleId: number): Promise<CyclePhaseRead | null> {
    return this.history.phaseRead(cycleId);
  }

  /** A phase change and its history entry in one $batch; a cycle changed meanwhile is a conflict. */
  changePhase(read: Pick<CyclePhaseRead, 'cycle' | 'version'>, change: PhaseChange): Promise<StoredCycle> {
    return this.history.change(read, change);
  }

  /** The team with each member's department: the rows, then one $batch of directory lookups. */
  async team(cycleId: number): Promise<StoredTeamMember[]> {
    const members = await this.teams.members(cycleId);
    const directory = await this.people.findByEmails(members.map((member) => member.email));
    return members.map((member) => ({
      ...member,
      departmentName: directory.get(member.email)?.departmentName ?? null,
    }));
  }

  /** The cycle, the person's team row and their own scores, in one $batch (null: no such cycle). */
  access(cycleId: number, email: string): Promise<CycleAccess | null> {
    return this.standing.access(cycleId, email);
  }

  /** Every cycle with the person's team role and whether they submitted (one or two round trips). */
  cyclesFor(email: string): Promise<CycleStanding[]> {
    return this.standing.standings(email);
  }

  /** A cycle's page: cycle, team with departments, who submitted, every cycle (two round trips). */
  overview(cycleId: number): Promise<CycleOverview | null> {
    return this.standing.overview(cycleId);
  }

  addTeamMember(cycleId: number, email: string, role: TeamRole, nominatedByEmail: string): Promise<void> {
    return this.teams.add(cycleId, email, role, nominatedByEmail);
  }

  /** Refused (MemberSubmittedError) once the member has submitted: their scores count. */
  removeTeamMember(cycleId: number, email: string): Promise<void> {
    return this.submission.removeMember(cycleId, email);
  }

  scores(cycleId: number, assessorEmail?: string): Promise<StoredScore[]> {
    return this.scoreRows.individual(cycleId, assessorEmail);
  }

  saveScore(cycleId: number, assessorEmail: string, code: string, score: ScoreWrite, etag: string | null) {
    return this.scoreRows.save(cycleId, assessorEmail, code, score, etag);
  }

  /**
   * Saves the draft of a team member whose access was just read (their row and site user come from
   * it), ordered against their submit through their team row (score-submission.ts).
   */
  saveScoreWith(access: CycleAccess, code: string, score: ScoreWrite, etag: string | null) {
    return this.submission.save(access, code, score, etag);
  }

  async submitScores(cycleId: number, assessorEmail: string): Promise<void> {
    const access = await this.standing.access(cycleId, assessorEmail);
    if (!access?.member) throw new RangeError('Only a member of the cycle team submits scores');
    await this.submission.submit(access, this.now().toISOString());
  }

  consensus(cycleId: number): Promise<StoredConsensus[]> {
    return this.scoreRows.consensus(cycleId);
  }

  saveConsensus(cycleId: number, consensus: StoredConsensus): Promise<StoredConsensus> {
    return this.scoreRows.saveConsensus(cycleId, consensus, this.now().toISOString());
  }

  /**
   * The consensus page's data in one $batch: team, every member's scores and the consensus.
   * A team of 15 scoring 28 subcriteria is 420 rows, well inside one 5,000-row page.
   */
  async consensusBoard(cycleId: number) {
    const [teamUrl, scoresUrl, consensusUrl] = await Promise.all([
      this.site.listUrl(assessmentTeamList),
      this.site.listUrl(individualScoresList),
      this.site.listUrl(consensusScoresList),
    ]);
    const id = Math.trunc(cycleId);
    const [teamItems, scoreItems, consensusItems] = await inOneBatch<
      [TeamMemberRow[], IndividualScoreRow[], ConsensusScoreRow[]]
    >(this.site.sp, (batched) => [
      TEAM_MEMBER.applyTo(batched.web.getList(teamUrl).items)
        .filter(onTeam('CycleId', 'eq', id))
        .top(5000)(),
      INDIVIDUAL_SCORE.applyTo(batched.web.getList(scoresUrl).items)
        .filter(onIndividualScores('CycleId', 'eq', id))
        .top(5000)(),
      CONSENSUS_SCORE.applyTo(batched.web.getList(consensusUrl).items)
        .filter(onConsensusScores('CycleId', 'eq', id))
        .top(5000)(),
    ]);
    return {
      team: teamItems.map((item) => ({ ...toMember(item), departmentName: null })),
      submitted: new Set(
        teamItems.filter((item) => item.ScoresSubmittedOn !== null).map((item) => toMember(item).email),
      ),
      scores: scoreItems.map(toScore),
      consensus: consensusItems.map(toConsensus).filter((entry): entry is StoredConsensus => entry !== null),
    };
  }
}
