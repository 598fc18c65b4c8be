import type {
  CriterionKind,
  EvidenceLink,
  IndividualScore,
  MeasuresSincePrevious,
  ScoreTexts,
  ScoringMethod,
} from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';
import type { ScoreValues } from './score-values';

/** One subcriterion's part of the form, as the member edits it. */
export interface ScoreEntry extends ScoreTexts {
  readonly values: ScoreValues;
  readonly evidence: readonly EvidenceLink[];
  /** The etag of the last version the service confirmed; null before the first save. */
  readonly etag: string | null;
}

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'conflict'; readonly message: string }
  /** Refused: the scores were submitted meanwhile (e.g. on another device); nothing can change. */
  | { readonly kind: 'submitted' }
  | { readonly kind: 'error'; readonly message: string };

export interface ScoringFormProps {
  readonly api: ApiClient;
  readonly cycleId: number;
  readonly method: ScoringMethod;
  readonly initial: readonly IndividualScore[];
  /** The measures since the previous cycle, shown beside each subcriterion they are tied to. */
  readonly sincePrevious: MeasuresSincePrevious;
  readonly readOnly: boolean;
  /** The subcriterion open (its code); null for the first. */
  readonly open: string | null;
  /** Opens another subcriterion (a step in the tab's history). */
  readonly onOpen: (code: string) => void;
  /** Delay between the last keystroke and the auto-save. */
  readonly saveDelayMs?: number;
  readonly onSubmitted: () => void;
  /** Loads the member's scores again (after a conflict). */
  readonly onReload: () => void;
}

export interface SubcriterionFormProps {
  readonly code: string;
  readonly title: string;
  readonly kind: CriterionKind;
  readonly method: ScoringMethod;
  readonly entry: ScoreEntry;
  readonly readOnly: boolean;
  readonly onChange: (entry: ScoreEntry) => void;
}

export interface EvidenceListProps {
  readonly idPrefix: string;
  readonly evidence: readonly EvidenceLink[];
  readonly readOnly: boolean;
  readonly onChange: (evidence: readonly EvidenceLink[]) => void;
}

export interface SaveStatusProps {
  readonly state: SaveState;
  readonly onRetry: () => void;
  readonly onReload: () => void;
}

export interface JumpListProps {
  readonly codes: readonly { readonly code: string; readonly title: string; readonly done: boolean }[];
  readonly current: string;
  readonly onJump: (code: string) => void;
}
