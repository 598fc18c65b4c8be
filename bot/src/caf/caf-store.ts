import type {
  CycleAccess,
  CycleOverview,
  CyclePhaseRead,
  CycleStanding,
  CycleStatus,
  PhaseChange,
  NewStoredCycle,
  ScoreWrite,
  StoredConsensus,
  StoredCycle,
  StoredScore,
  StoredTeamMember,
  TeamRole,
} from '@kvalita/core';

export type {
  CycleAccess,
  CycleOverview,
  CyclePhaseRead,
  PhaseChange,
  CycleStanding,
  NewStoredCycle,
  ScoreWrite,
  StoredConsensus,
  StoredCycle,
  StoredScore,
  StoredTeamMember,
};

/**
 * What the CAF service needs from storage, in domain terms. The SharePoint implementation lives in
 * @kvalita/sharepoint; the service never sees PnPjs, and failures reach it as domain errors
 * (the composition root wraps the store with `withDomainErrors`).
 */
export interface CafStore {
  listCycles(): Promise<StoredCycle[]>;
  getCycle(id: number): Promise<StoredCycle | null>;
  createCycle(cycle: NewStoredCycle): Promise<StoredCycle>;
  updateCycle(
    id: number,
    changes: {
      status?: CycleStatus;
      currentStep?: number;
      approval?: StoredCycle['approval'];
      previousCycleChoice?: number | null;
    },
    approverEmail?: string,
  ): Promise<StoredCycle>;
  /** What the phase rules read before a phase change, in one round trip; null for no such cycle. */
  phaseRead(cycleId: number): Promise<CyclePhaseRead | null>;
  /**
   * Writes a phase change with its history entry and returns the cycle as it now is; a cycle
   * changed since `read` is a StaleVersionError (and no history entry stays).
   */
  changePhase(read: Pick<CyclePhaseRead, 'cycle' | 'version'>, change: PhaseChange): Promise<StoredCycle>;
  team(cycleId: number): Promise<StoredTeamMember[]>;
  /** The cycle, the person's team row and their own scores, in one round trip; null for no such cycle. */
  access(cycleId: number, email: string): Promise<CycleAccess | null>;
  /** Every cycle with the person's team role and whether they submitted (the cycles list). */
  cyclesFor(email: string): Promise<CycleStanding[]>;
  /** A cycle's page: the cycle, its team with departments, who submitted, and every cycle. */
  overview(cycleId: number): Promise<CycleOverview | null>;
  addTeamMember(cycleId: number, email: string, role: TeamRole, nominatedByEmail: string): Promise<void>;
  removeTeamMember(cycleId: number, email: string): Promise<void>;
  /**
   * Saves the draft of the team member whose access was just read, without looking up their row or
   * site user again; a stale etag is a StaleVersionError.
   */
  saveScoreWith(
    access: CycleAccess,
    code: string,
    score: ScoreWrite,
    etag: string | null,
  ): Promise<StoredScore>;
  submitScores(cycleId: number, assessorEmail: string): Promise<void>;
  consensus(cycleId: number): Promise<StoredConsensus[]>;
  saveConsensus(cycleId: number, consensus: StoredConsensus): Promise<StoredConsensus>;
  /** The team, every score and the consensus of a cycle, in one round trip where the store can. */
  consensusBoard(cycleId: number): Promise<{
    team: StoredTeamMember[];
    scores: StoredScore[];
    consensus: StoredConsensus[];
    /** E-mails of the members whose submission marker is written (their rows show it too). */
    submitted: ReadonlySet<string>;
  }>;
}
