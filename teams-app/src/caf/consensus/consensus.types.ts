import type {
  ConsensusEntry,
  ConsensusMemberScore,
  ConsensusProposal,
  ConsensusRow,
  MeasuresSincePrevious,
  CriterionKind,
  ScoringMethod,
} from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';
import type { SubcriterionInfo } from '../../platform/components/use-model-index';

export interface HeatMapProps {
  readonly rows: readonly ConsensusRow[];
  readonly spreadLimit: number;
  readonly selected: string | null;
  readonly onSelect: (code: string) => void;
}

export interface ConsensusDetailProps {
  readonly api: ApiClient;
  readonly cycleId: number;
  readonly method: ScoringMethod;
  readonly row: ConsensusRow;
  /** The measures since the previous cycle, shown under the subcriterion they are tied to. */
  readonly sincePrevious: MeasuresSincePrevious;
  readonly subcriterion: SubcriterionInfo;
  readonly canSetConsensus: boolean;
  readonly canCreateMeasures: boolean;
  readonly onSaved: (entry: ConsensusEntry) => void;
  readonly onCreateMeasure: (code: string, description: string) => void;
}

export interface ConsensusFormProps {
  readonly api: ApiClient;
  readonly cycleId: number;
  readonly method: ScoringMethod;
  readonly subcriterion: SubcriterionInfo;
  readonly entry: ConsensusEntry | null;
  /** What the form starts with when nothing is agreed yet (null when `entry` is stored). */
  readonly proposal: ConsensusProposal | null;
  readonly onSaved: (entry: ConsensusEntry) => void;
}

export interface MemberTableProps {
  readonly method: ScoringMethod;
  readonly kind: CriterionKind;
  readonly code: string;
  readonly members: readonly ConsensusMemberScore[];
  /** The median of the members' subcriterion scores (the board's statistics). */
  readonly median: number | null;
  readonly canCreateMeasures: boolean;
  readonly onCreateMeasure: (description: string) => void;
}
