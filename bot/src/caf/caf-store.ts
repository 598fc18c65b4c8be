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

export type { NewStoredCycle, ScoreWrite, StoredConsensus, StoredCycle, StoredScore, StoredTeamMember };

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
    changes: { status?: CycleStatus; currentStep?: number; approval?: StoredCycle['approval'] },
    approverEmail?: string,
  ): Promise<StoredCycle>;
  team(cycleId: number): Promise<StoredTeamMember[]>;
  addTeamMember(cycleId: number, email: string, role: TeamRole, nominatedByEmail: string): Promise<void>;
  removeTeamMember(cycleId: number, email: string): Promise<void>;
  /** Every member's scores of a cycle, or one assessor's. */
  scores(cycleId: number, assessorEmail?: string): Promise<StoredScore[]>;
  /** Saves one assessor's draft of one subcriterion; a stale etag is a StaleVersionError. */
  saveScore(
    cycleId: number,
    assessorEmail: string,
    code: string,
    score: ScoreWrite,
    etag: string | null,
  ): Promise<StoredScore>;
  submitScores(cycleId: number, assessorEmail: string): Promise<void>;
  consensus(cycleId: number): Promise<StoredConsensus[]>;
  saveConsensus(cycleId: number, consensus: StoredConsensus): Promise<StoredConsensus>;
  /** The team, every score and the consensus of a cycle, in one round trip where the store can. */
  consensusBoard(
    cycleId: number,
  ): Promise<{ team: StoredTeamMember[]; scores: StoredScore[]; consensus: StoredConsensus[] }>;
}
