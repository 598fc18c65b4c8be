import type {
  AcknowledgementsStore,
  Department,
  DocumentSettings,
  DocumentsStore,
  Person,
} from '@kvalita/core';
import type { DocumentNotifier } from './document-ports';

/**
 * A person of the office directory as the documents need them. `joinedOn`: the day they joined
 * the office or their department, when the directory knows it (someone who joins the audience of
 * an effective version waits from then, not from its effective date).
 */
export interface DocumentsPerson extends Person {
  readonly joinedOn?: string | null;
}

/** What the service reads of the office directory (PeopleRepository fits). */
export interface DocumentsPeople {
  /** The whole directory: audiences and acknowledgement rates are counted against it. */
  list(): Promise<readonly DocumentsPerson[]>;
  findByEmail(email: string): Promise<DocumentsPerson | null>;
}

export interface DocumentsServiceDeps {
  readonly store: DocumentsStore;
  readonly acknowledgements: AcknowledgementsStore;
  readonly people: DocumentsPeople;
  readonly departments: { list(): Promise<readonly Department[]> };
  /** Tells the chat what happened; silentDocumentNotifier when there is no chat. */
  readonly notifier: DocumentNotifier;
  readonly settings: DocumentSettings;
  readonly now: () => Date;
  /** Where a notification that failed after a change was stored is reported (the change stands). */
  readonly log?: (line: string) => void;
}
