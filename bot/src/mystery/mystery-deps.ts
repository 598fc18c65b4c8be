import type {
  CampaignsStore,
  ChecklistsStore,
  Department,
  EvaluationFilesStore,
  EvaluationsStore,
  FindingsStore,
  MeasureDraft,
  MeasureStatus,
  Person,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';

/** Mystery shopping's storage ports (sharepoint/src/mystery implements them). */
export interface MysteryStores {
  readonly checklists: ChecklistsStore;
  readonly campaigns: CampaignsStore;
  readonly evaluations: EvaluationsStore;
  readonly files: EvaluationFilesStore;
  readonly findings: FindingsStore;
}

/** What the service asks of the measures register: findings become measures there. */
export interface MysteryMeasures {
  /** Creates the measure as the person would in the register (its rules apply); its id. */
  create(identity: Identity, draft: MeasureDraft): Promise<number>;
  /** The current status of each measure that still exists. */
  statuses(ids: readonly number[]): Promise<Map<number, MeasureStatus>>;
}

export interface MysteryServiceDeps {
  readonly stores: MysteryStores;
  /** The office directory (PeopleRepository fits): evaluators' departments, heads, names to flag. */
  readonly people: {
    list(): Promise<readonly Person[]>;
    findByEmail(email: string): Promise<Person | null>;
  };
  readonly departments: { list(): Promise<readonly Department[]> };
  readonly measures: MysteryMeasures;
  /** Whether a controlled document exists (the staff notice may link the one they acknowledged). */
  readonly documentExists: (id: number) => Promise<boolean>;
  readonly now: () => Date;
}
