import type {
  CycleEvent,
  CycleScope,
  CycleStatus,
  EvidenceLink,
  ScoreTexts,
  ScoringMethod,
  SubcriterionScoreInput,
  TeamRole,
} from './contract';

/**
 * The records of a CAF self-assessment as storage keeps them (SharePoint lists in production).
 * Shared by the service that applies the rules and the repositories that store them.
 */
export interface StoredCycle {
  readonly id: number;
  readonly name: string;
  readonly method: ScoringMethod;
  readonly status: CycleStatus;
  readonly startDate: string;
  readonly endDate: string;
  readonly scope: CycleScope;
  readonly currentStep: number;
  readonly approval: { readonly approvedBy: string; readonly approvedAt: string } | null;
  /** The earlier cycle the quality manager chose to compare with; null or absent: the default rule. */
  readonly previousCycleChoice?: number | null;
}

export interface StoredTeamMember {
  readonly email: string;
  readonly displayName: string;
  readonly role: TeamRole;
  readonly departmentName: string | null;
}

export interface StoredScore extends ScoreTexts {
  readonly code: string;
  readonly assessorEmail: string;
  readonly assessorName: string;
  readonly input: SubcriterionScoreInput | null;
  readonly evidence: readonly EvidenceLink[];
  readonly submitted: boolean;
  readonly updatedAt: string;
  readonly etag: string;
}

/** One of a person's own scores with the id of its row, so a save can write it without looking it up. */
export interface OwnStoredScore extends StoredScore {
  readonly itemId: number;
}

/**
 * A person's standing in one cycle, as storage reads it in one round trip before a guarded action:
 * the cycle, their team row (with their site user id, which their score rows name) and their scores.
 */
export interface CycleAccess {
  readonly cycle: StoredCycle;
  readonly member: {
    readonly email: string;
    readonly displayName: string;
    readonly role: TeamRole;
    readonly userId: number;
    /** The submission marker on the team row: set once the submit has flipped every score. */
    readonly submitted: boolean;
    /**
     * The team row as read: every save confirms itself by bumping its count with If-Match on the
     * etag, and the submit writes its marker with If-Match too, so they cannot pass each other unseen.
     */
    readonly teamRow: { readonly itemId: number; readonly etag: string; readonly saves: number };
  } | null;
  readonly myScores: readonly OwnStoredScore[];
}

/** A cycle with what the cycles list shows of the person asking: their team role, whether they submitted. */
export interface CycleStanding {
  readonly cycle: StoredCycle;
  readonly teamRole: TeamRole | null;
  readonly hasSubmitted: boolean;
}

/** A cycle's page as storage reads it: the cycle, its team with departments, who submitted, every cycle. */
export interface CycleOverview {
  readonly cycle: StoredCycle;
  readonly team: readonly StoredTeamMember[];
  /** E-mails of the members who submitted their scores. */
  readonly submitted: ReadonlySet<string>;
  readonly cycles: readonly StoredCycle[];
  /** The cycle's history, oldest first. */
  readonly history: readonly CycleEvent[];
}

/**
 * What the phase rules read before a cycle changes phase, in one round trip: the cycle with its
 * version (ETag), its team, who submitted, and how many subcriteria have a consensus.
 */
export interface CyclePhaseRead {
  readonly cycle: StoredCycle;
  readonly version: string;
  readonly team: readonly StoredTeamMember[];
  /** E-mails of the members who submitted their scores. */
  readonly submitted: ReadonlySet<string>;
  readonly consensusCount: number;
}

/** A history entry as stored: the event and the e-mail of who acted. */
export interface StoredCycleEvent extends CycleEvent {
  readonly byEmail: string;
}

/** A phase change of a cycle, written together with its history entry. */
export interface PhaseChange {
  readonly status?: CycleStatus;
  readonly currentStep?: number;
  /** Set on approval, null to withdraw one; left out, the approval stays. */
  readonly approval?: StoredCycle['approval'];
  /** The approver's e-mail, when `approval` is set. */
  readonly approverEmail?: string;
  readonly event: StoredCycleEvent;
}

export interface StoredConsensus extends ScoreTexts {
  readonly code: string;
  readonly input: SubcriterionScoreInput;
}

export interface NewStoredCycle {
  readonly name: string;
  readonly method: ScoringMethod;
  readonly startDate: string;
  readonly endDate: string;
  readonly scope: CycleScope;
  readonly coordinatorEmail: string;
}

export interface ScoreWrite extends ScoreTexts {
  readonly input: SubcriterionScoreInput | null;
  readonly evidence: readonly EvidenceLink[];
}
