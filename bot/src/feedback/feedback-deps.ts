import type {
  AnswersStore,
  CompetencyModelsStore,
  CyclesStore,
  Department,
  GoalsStore,
  NominationsStore,
  Person,
  SubjectsStore,
} from '@kvalita/core';
import type { RespondentKeyer } from '../platform/respondent-key';
import type { FeedbackNotifier } from './feedback-ports';

/** What the service reads of the office directory (PeopleRepository fits). */
export interface FeedbackPeople {
  /** The whole directory: read once when a cycle starts (departments, managers, direct reports). */
  list(): Promise<readonly Person[]>;
  findByEmail(email: string): Promise<Person | null>;
  /** Several people in one $batch; who is not in the directory is missing. */
  findByEmails(emails: readonly string[]): Promise<Map<string, Person>>;
}

/** 360 feedback's storage ports (sharepoint/src/feedback implements them). */
export interface FeedbackStores {
  readonly models: CompetencyModelsStore;
  readonly cycles: CyclesStore;
  readonly subjects: SubjectsStore;
  readonly nominations: NominationsStore;
  readonly answers: AnswersStore;
  readonly goals: GoalsStore;
}

export interface FeedbackServiceDeps {
  readonly stores: FeedbackStores;
  readonly people: FeedbackPeople;
  readonly departments: { list(): Promise<readonly Department[]> };
  /** Tells the chat what happened; silentFeedbackNotifier when there is no chat. */
  readonly notifier: FeedbackNotifier;
  /** The service's keyed hash: answers are stored under keys only the service can compute. */
  readonly keyer: RespondentKeyer;
  /** Whether a measure exists (a development goal may link one); none: any positive id is taken. */
  readonly measures?: { exists(id: number): Promise<boolean> };
  /** The chat's deliveries of a person (erasure removes them); none: there is no chat to clean. */
  readonly deliveries?: { removeOfPerson(email: string): Promise<number> };
  readonly now: () => Date;
  /** A fresh random order for a report's comments (crypto-backed by default). */
  readonly shuffle?: <T>(items: readonly T[]) => T[];
  /** Where a notification that failed after a change is reported (the change stands). */
  readonly log?: (line: string) => void;
}
