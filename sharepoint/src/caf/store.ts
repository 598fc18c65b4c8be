import type {
  CycleStatus,
  NewStoredCycle,
  ScoreWrite,
  StoredConsensus,
  StoredCycle,
  StoredScore,
  StoredTeamMember,
  TeamRole,
} from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../platform/pnp-imports';
import { assessmentTeamList, consensusScoresList, individualScoresList } from '../all-lists';
import { SiteLists } from '../platform/site-context';
import { PeopleRepository } from '../platform/directory/people';
import { CafCyclesRepository } from './cycles';
import {
  CONSENSUS_SELECT,
  INDIVIDUAL_SELECT,
  ScoresRepository,
  toConsensus,
  toScore,
  type ConsensusItem,
  type IndividualScoreItem,
} from './scores';
import { AssessmentTeamRepository, TEAM_SELECT, toMember, type TeamItem } from './team';

/**
 * Everything a CAF cycle keeps, on SharePoint lists: cycles, team, individual and consensus scores.
 * Matches the CafStore interface of the app service.
 */
export class SharePointCafStore {
  private readonly site: SiteLists;
  private readonly cycles: CafCyclesRepository;
  private readonly teams: AssessmentTeamRepository;
  private readonly scoreRows: ScoresRepository;
  private readonly people: PeopleRepository;

  constructor(
    private readonly sp: SPFI,
    private readonly now: () => Date = () => new Date(),
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
    this.cycles = new CafCyclesRepository(sp, webServerRelativeUrl);
    this.teams = new AssessmentTeamRepository(sp, webServerRelativeUrl);
    this.scoreRows = new ScoresRepository(sp, webServerRelativeUrl);
    this.people = new PeopleRepository(sp, webServerRelativeUrl);
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
    changes: { status?: CycleStatus; currentStep?: number; approval?: StoredCycle['approval'] },
    approverEmail?: string,
  ): Promise<StoredCycle> {
    return this.cycles.update(id, changes, approverEmail);
  }

  async team(cycleId: number): Promise<StoredTeamMember[]> {
    const [members, people] = await Promise.all([this.teams.members(cycleId), this.people.list()]);
    const departments = new Map(people.map((person) => [person.email, person.departmentName]));
    return members.map((member) => ({ ...member, departmentName: departments.get(member.email) ?? null }));
  }

  addTeamMember(cycleId: number, email: string, role: TeamRole, nominatedByEmail: string): Promise<void> {
    return this.teams.add(cycleId, email, role, nominatedByEmail);
  }

  removeTeamMember(cycleId: number, email: string): Promise<void> {
    return this.teams.remove(cycleId, email);
  }

  scores(cycleId: number, assessorEmail?: string): Promise<StoredScore[]> {
    return this.scoreRows.individual(cycleId, assessorEmail);
  }

  saveScore(cycleId: number, assessorEmail: string, code: string, score: ScoreWrite, etag: string | null) {
    return this.scoreRows.save(cycleId, assessorEmail, code, score, etag);
  }

  submitScores(cycleId: number, assessorEmail: string): Promise<void> {
    return this.scoreRows.submit(cycleId, assessorEmail, this.now().toISOString());
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
    const filter = `CycleId eq ${Math.trunc(cycleId)}`;
    const [batched, execute] = this.sp.batched();
    const team = batched.web
      .getList(teamUrl)
      .items.select(...TEAM_SELECT)
      .expand('Member')
      .filter(filter)
      .top(5000)<TeamItem[]>();
    const scores = batched.web
      .getList(scoresUrl)
      .items.select(...INDIVIDUAL_SELECT)
      .expand('Assessor')
      .filter(filter)
      .top(5000)<IndividualScoreItem[]>();
    const consensus = batched.web
      .getList(consensusUrl)
      .items.select(...CONSENSUS_SELECT)
      .filter(filter)
      .top(5000)<ConsensusItem[]>();
    for (const part of [team, scores, consensus]) part.catch(() => undefined);
    await execute();
    const [teamItems, scoreItems, consensusItems] = await Promise.all([team, scores, consensus]);
    return {
      team: teamItems.map((item) => ({ ...toMember(item), departmentName: null })),
      scores: scoreItems.map(toScore),
      consensus: consensusItems.map(toConsensus).filter((entry): entry is StoredConsensus => entry !== null),
    };
  }
}
