import type { StoredValue } from './types';

/** SP.FileLevel: what readers see of the current version. */
export const FileLevel = { Published: 1, Draft: 2, Checkout: 255 } as const;
export type FileLevel = (typeof FileLevel)[keyof typeof FileLevel];

/** SP.ModerationStatusType, the OData__ModerationStatus of an item in a list with content approval. */
export const ModerationStatus = { Approved: 0, Denied: 1, Pending: 2, Draft: 3 } as const;
export type ModerationStatus = (typeof ModerationStatus)[keyof typeof ModerationStatus];

/** SP.CheckinType as file.checkin(comment, type) sends it. */
export const CheckinType = { Minor: 0, Major: 1, Overwrite: 2 } as const;
export type CheckinType = (typeof CheckinType)[keyof typeof CheckinType];

/** SP.CheckOutType: 0 while checked out (online), 2 when not. */
export const CheckOutType = { Online: 0, None: 2 } as const;

/** What a check-out put aside, so undoCheckout can bring it back. */
export interface CheckoutSnapshot {
  readonly contentHash: string;
  readonly length: number;
  readonly values: Readonly<Record<string, StoredValue>>;
  readonly modified: string;
  readonly modifiedBy: number;
  readonly checkInComment: string;
}

/** The current version of a file in a document library (one per library item). */
export interface FileRecord {
  readonly listId: string;
  readonly itemId: number;
  readonly uniqueId: string;
  readonly serverRelativeUrl: string;
  readonly name: string;
  readonly contentHash: string;
  readonly length: number;
  /** SharePoint's version number: major * 512 + minor (1.0 is 512, 0.1 is 1). */
  readonly uiVersion: number;
  readonly level: FileLevel;
  readonly moderationStatus: ModerationStatus;
  readonly moderationComment: string;
  readonly checkInComment: string;
  readonly checkedOutBy: number | null;
  readonly checkout: CheckoutSnapshot | null;
  readonly created: string;
  readonly modified: string;
  readonly modifiedBy: number;
  /** Grows with every change: the N of the file's ETag "{UniqueId},N". */
  readonly etagVersion: number;
  /**
   * The last version readers may see when drafts are hidden from them (DraftVersionVisibility):
   * the last published (approved) major version, the current one or one in the history; null
   * while the file was never published. Absent in data files written before it was kept.
   */
  readonly publishedVersion?: number | null;
}

/** A historical version of a file (file.versions lists these; the current version is not among them). */
export interface FileVersionRecord {
  readonly uiVersion: number;
  readonly contentHash: string;
  readonly length: number;
  readonly created: string;
  readonly createdBy: number;
  readonly checkInComment: string;
  /** The library item's field values as they were in this version (absent in older data files). */
  readonly values?: Readonly<Record<string, StoredValue>>;
  /** Its approval status and comment when it was replaced (absent in older data files). */
  readonly moderationStatus?: ModerationStatus;
  readonly moderationComment?: string;
}

export function majorOf(uiVersion: number): number {
  return Math.floor(uiVersion / 512);
}

export function minorOf(uiVersion: number): number {
  return uiVersion % 512;
}

/** "1.0", "0.3", "2.1": the UIVersionLabel / OData__UIVersionString of a version number. */
export function versionLabel(uiVersion: number): string {
  return `${majorOf(uiVersion)}.${minorOf(uiVersion)}`;
}

/** The version number behind a label, or undefined if the text is not a label. */
export function parseVersionLabel(label: string): number | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(label.trim());
  if (!match) return undefined;
  const minor = Number(match[2]);
  return minor < 512 ? Number(match[1]) * 512 + minor : undefined;
}

export function fileEtag(file: Pick<FileRecord, 'uniqueId' | 'etagVersion'>): string {
  return `"{${file.uniqueId.toUpperCase()}},${file.etagVersion}"`;
}
