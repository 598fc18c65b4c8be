import type {
  OpenDatasetKey,
  PublicationEntry,
  PublicationTrigger,
  PublishedDataset,
  PublishedFile,
  UpdateFrequency,
} from './contract';

/*
 * What open data keeps, as ports the service is built on: the public files (a versioned SharePoint
 * library), each dataset's choice and frequency, and the publication log.
 */

export interface StoredOpenFile {
  readonly name: string;
  readonly content: Uint8Array;
  readonly contentType: string;
  readonly sha256: string;
  readonly modifiedAt: string;
  /** The library's current version label ("2.0"). */
  readonly version: string;
}

export interface OpenDataFilesStore {
  /** Writes a file (a new version when it exists); answers its version label. */
  put(
    name: string,
    content: Uint8Array,
    contentType: string,
    sha256: string,
  ): Promise<{ readonly version: string }>;
  get(name: string): Promise<StoredOpenFile | null>;
  /** Every version label of a file, oldest first (the current one last). */
  versions(name: string): Promise<readonly string[]>;
}

export interface StoredDatasetSetting {
  readonly key: OpenDatasetKey;
  readonly chosen: boolean;
  readonly frequency: UpdateFrequency;
  /** Who last chose it (the schedule publishes as this person). */
  readonly chosenBy: { readonly email: string; readonly displayName: string } | null;
  readonly etag: string;
}

export interface OpenDataSettingsStore {
  list(): Promise<readonly StoredDatasetSetting[]>;
  /** Creates (etag null) or changes the dataset's row; a stale etag is a StaleVersionError. */
  save(
    key: OpenDatasetKey,
    value: Pick<StoredDatasetSetting, 'chosen' | 'frequency' | 'chosenBy'>,
    etag: string | null,
  ): Promise<StoredDatasetSetting>;
}

export interface NewPublicationEntry {
  readonly at: string;
  readonly by: { readonly email: string; readonly displayName: string };
  readonly trigger: PublicationTrigger;
  /** The click's id, or the schedule's day ("scheduled-2027-02-05"). Unique: a second entry with it is a DuplicateKeyError. */
  readonly requestId: string;
  readonly datasets: readonly PublishedDataset[];
  readonly catalogue: PublishedFile;
  readonly catalogueDatasets: readonly OpenDatasetKey[];
}

export interface PublicationLogStore {
  add(entry: NewPublicationEntry): Promise<PublicationEntry>;
  /** Newest first. */
  latest(top: number): Promise<readonly PublicationEntry[]>;
  byRequestId(requestId: string): Promise<PublicationEntry | null>;
}
