import {
  FileLevel,
  ModerationStatus,
  majorOf,
  minorOf,
  type FileRecord,
  type FileVersionRecord,
} from '../model/files';
import type { ItemRecord, ListRecord, UserRecord } from '../model/types';
import { listProperty } from './list-properties';
import { mayApproveList, mayChangeList } from './list-security';

/** SP.DraftVisibilityType: who sees the drafts (minor versions, versions waiting for approval). */
export const DraftVisibility = { Reader: 0, Author: 1, Approver: 2 } as const;

/** A library item and its file as one caller sees them. */
export interface VisibleVersion {
  readonly item: ItemRecord;
  readonly file: FileRecord;
  /** True when the caller sees the last published version instead of the current draft. */
  readonly published: boolean;
}

/**
 * Does this caller see the current version of a library item, draft or not? Everyone does when
 * the current version is published or the library shows drafts to readers. Otherwise, as
 * SharePoint's draft item security says: with Author, whoever can edit items; with Approver, whoever
 * can approve items; in both, the item's author and the person who has the file checked out.
 */
export function seesCurrentVersion(
  list: ListRecord,
  user: UserRecord,
  item: ItemRecord,
  file: FileRecord,
): boolean {
  return file.level === FileLevel.Published || seesDrafts(list, user, item, file);
}

/**
 * A checked-out file as someone other than its holder sees it: the version as it was checked in
 * (content and field values changed during the check-out stay the holder's until check-in).
 */
export function checkedInView(item: ItemRecord, file: FileRecord, user: UserRecord): VisibleVersion {
  const snapshot = file.checkout;
  if (file.checkedOutBy === null || file.checkedOutBy === user.id || !snapshot)
    return { item, file, published: false };
  return {
    item: { ...item, values: snapshot.values },
    file: {
      ...file,
      contentHash: snapshot.contentHash,
      length: snapshot.length,
      modified: snapshot.modified,
      modifiedBy: snapshot.modifiedBy,
      checkInComment: snapshot.checkInComment,
    },
    published: false,
  };
}

/** May this caller see the drafts of a library item (its minor versions and unapproved ones)? */
export function seesDrafts(list: ListRecord, user: UserRecord, item: ItemRecord, file: FileRecord): boolean {
  const visibility = listProperty(list, 'DraftVersionVisibility');
  if (visibility !== DraftVisibility.Author && visibility !== DraftVisibility.Approver) return true;
  if (item.authorId === user.id || file.checkedOutBy === user.id) return true;
  if (mayApproveList(list, user)) return true;
  return visibility === DraftVisibility.Author && mayChangeList(list, user);
}

/**
 * What a caller who does not see drafts sees: the last published major version's content and
 * field values, or nothing (undefined) while the file was never published.
 */
export function publishedView(
  item: ItemRecord,
  file: FileRecord,
  history: readonly FileVersionRecord[],
): VisibleVersion | undefined {
  const published = file.publishedVersion;
  if (published === undefined || published === null) return undefined;
  if (published === file.uiVersion && file.level === FileLevel.Published)
    return { item, file: { ...file, checkedOutBy: null, checkout: null }, published: true };
  const version = history.find((v) => v.uiVersion === published);
  if (!version) return undefined;
  return {
    item: {
      ...item,
      values: version.values ?? item.values,
      modified: version.created,
      editorId: version.createdBy,
    },
    file: {
      ...file,
      uiVersion: version.uiVersion,
      contentHash: version.contentHash,
      length: version.length,
      level: FileLevel.Published,
      moderationStatus: ModerationStatus.Approved,
      moderationComment: version.moderationComment ?? '',
      checkInComment: version.checkInComment,
      checkedOutBy: null,
      checkout: null,
      modified: version.created,
      modifiedBy: version.createdBy,
    },
    published: true,
  };
}

/**
 * The earlier versions a caller who does not see drafts may open: published major versions older
 * than the one they see (drafts and versions that were never approved stay hidden).
 */
export function publishedHistory(
  history: readonly FileVersionRecord[],
  shownVersion: number,
): FileVersionRecord[] {
  return history.filter(
    (v) =>
      minorOf(v.uiVersion) === 0 &&
      majorOf(v.uiVersion) < majorOf(shownVersion) &&
      (v.moderationStatus === undefined || v.moderationStatus === ModerationStatus.Approved),
  );
}
