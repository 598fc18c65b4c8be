import { FileLevel, ModerationStatus, majorOf, minorOf } from './files';

/** A library's version settings (SP.List EnableVersioning, EnableMinorVersions, EnableModeration). */
export interface LibrarySettings {
  readonly versioning: boolean;
  /** Major and minor (draft) versions; only with versioning. */
  readonly minorVersions: boolean;
  /** Content approval. */
  readonly moderation: boolean;
}

/** What a version is: its number, what readers see of it, and its approval status. */
export interface VersionState {
  readonly uiVersion: number;
  readonly level: FileLevel;
  readonly moderationStatus: ModerationStatus;
}

/** The next version, and whether the version it replaces stays in the file's history. */
export interface Transition {
  readonly state: VersionState;
  readonly keepsPrevious: boolean;
}

/**
 * How SharePoint numbers versions:
 *  - no versioning: always 1.0, nothing kept;
 *  - major versions: 1.0, 2.0, 3.0 … every change is published;
 *  - major and minor: a new file is the draft 0.1, changes add drafts (0.2, 1.1 …), publishing
 *    makes the next major version (1.0, 2.0);
 *  - content approval on top: a new major version waits as Pending (level Draft) until approved or
 *    denied; drafts are moderation status Draft.
 */
export function firstVersion(settings: LibrarySettings): VersionState {
  if (settings.versioning && settings.minorVersions)
    return { uiVersion: 1, level: FileLevel.Draft, moderationStatus: draftStatus(settings) };
  return major(512, settings);
}

/** A change made outside a check-out: new content (an overwrite) or new metadata. */
export function afterChange(current: number, settings: LibrarySettings): Transition {
  if (!settings.versioning) return { state: major(current, settings), keepsPrevious: false };
  if (settings.minorVersions) return { state: minor(current + 1, settings), keepsPrevious: true };
  return { state: major(nextMajor(current), settings), keepsPrevious: true };
}

/** Publishing (file.publish or a major check-in): the next major version. */
export function afterPublish(current: number, settings: LibrarySettings): Transition {
  if (!settings.versioning) return { state: major(current, settings), keepsPrevious: false };
  return { state: major(nextMajor(current), settings), keepsPrevious: true };
}

/** A minor check-in: the next draft. Only libraries with minor versions have drafts. */
export function afterMinorCheckin(current: number, settings: LibrarySettings): Transition {
  return { state: minor(current + 1, settings), keepsPrevious: true };
}

export function isDraftVersion(uiVersion: number): boolean {
  return minorOf(uiVersion) !== 0;
}

function nextMajor(current: number): number {
  return (majorOf(current) + 1) * 512;
}

function major(uiVersion: number, settings: LibrarySettings): VersionState {
  return settings.moderation
    ? { uiVersion, level: FileLevel.Draft, moderationStatus: ModerationStatus.Pending }
    : { uiVersion, level: FileLevel.Published, moderationStatus: ModerationStatus.Approved };
}

function minor(uiVersion: number, settings: LibrarySettings): VersionState {
  return { uiVersion, level: FileLevel.Draft, moderationStatus: draftStatus(settings) };
}

function draftStatus(settings: LibrarySettings): ModerationStatus {
  return settings.moderation ? ModerationStatus.Draft : ModerationStatus.Approved;
}
