import type { ConsensusEntry, ConsensusRow, ScoringMethod } from '@kvalita/core';
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
  readonly onSaved: (entry: ConsensusEntry) => void;
}
