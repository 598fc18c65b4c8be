import { randomUUID } from 'node:crypto';
import { spErrors } from '../errors';
import {
  CheckinType,
  FileLevel,
  ModerationStatus,
  fileEtag,
  type FileRecord,
  type FileVersionRecord,
} from '../model/files';
import type { ItemRecord, ListRecord, UserRecord } from '../model/types';
import {
  afterChange,
  afterMinorCheckin,
  afterPublish,
  firstVersion,
  isDraftVersion,
  type Transition,
} from '../model/versioning';
import { versionsToTrim } from '../model/version-limits';
import type { BlobContent, BlobStore } from '../store/blob-store';
import {
  checkedInView,
  publishedHistory,
  publishedView,
  seesCurrentVersion,
  seesDrafts,
  type VisibleVersion,
} from './draft-visibility';
import type { Counters } from '../store/counters';
import type { Db } from '../store/database';
import type { FileStore } from '../store/file-store';
import type { ItemStore } from '../store/item-store';
import type { ListStore } from '../store/list-store';
import type { UserStore } from '../store/user-store';
import { checkFileName, messageDate, webRelativeUrl } from './file-paths';
import { librarySettings, versionLimits } from './library-settings';
import { assertMayApproveList } from './list-security';

/** Who asks, and the origin their URLs use (SharePoint's messages name files by absolute URL). */
export interface FileActor {
  readonly user: UserRecord;
  readonly origin: string;
}

/**
 * Files of document libraries: upload, content, versions, check-out/in, publishing and content
 * approval. Every file is the file of one library item; each change is one transaction that
 * moves the file to its next version (see model/versioning) and touches its item, whose ETag
 * changes with it.
 */
export class FileService {
  constructor(
    private readonly db: Db,
    private readonly store: FileStore,
    private readonly blobs: BlobStore,
    private readonly items: ItemStore,
    private readonly lists: ListStore,
    private readonly users: UserStore,
    private readonly counters: Counters,
    private readonly config: {
      readonly sitePath: string;
      readonly now: () => string;
      /** Largest file in bytes (SharePoint Online: 250 GB). */
      readonly maxFileSize: number;
    },
  ) {}

  byUrl(serverRelativeUrl: string): FileRecord {
    const file = this.store.byUrl(serverRelativeUrl);
    if (!file) throw spErrors.fileNotFound();
    return file;
  }

  byUniqueId(uniqueId: string): FileRecord {
    const file = this.store.byUniqueId(uniqueId);
    if (!file) throw spErrors.fileNotFound();
    return file;
  }

  ofItem(list: ListRecord, itemId: number): FileRecord | undefined {
    return this.store.byItem(list.id, itemId);
  }

  inLibrary(list: ListRecord): FileRecord[] {
    return this.store.inList(list.id);
  }

  content(file: FileRecord): Buffer {
    return this.blob(file.contentHash);
  }

  /** The content part by part, for sending (a large file is never in memory whole). */
  contentStream(contentHash: string): BlobContent {
    const content = this.blobs.read(contentHash);
    if (!content) throw spErrors.internal('The content of this file is missing from the data file.');
    return content;
  }

  /** Earlier versions, oldest first; the current version is not one of them. */
  versions(file: FileRecord): FileVersionRecord[] {
    return this.store.versions(file.listId, file.itemId);
  }

  version(file: FileRecord, uiVersion: number): FileVersionRecord {
    const version = this.versions(file).find((v) => v.uiVersion === uiVersion);
    if (!version) throw spErrors.versionNotFound();
    return version;
  }

  /**
   * A library item and its file as this user sees them under the library's draft item security;
   * undefined when they see nothing of it (a draft never published, hidden from them).
   */
  seenBy(list: ListRecord, item: ItemRecord, file: FileRecord, user: UserRecord): VisibleVersion | undefined {
    const checkedIn = checkedInView(item, file, user);
    if (seesCurrentVersion(list, user, checkedIn.item, checkedIn.file)) return checkedIn;
    return publishedView(checkedIn.item, checkedIn.file, this.versions(file));
  }

  /** A library item as this user sees it (a list item, or an item without a file, as it is). */
  seenItem(list: ListRecord, item: ItemRecord, user: UserRecord): ItemRecord | undefined {
    const file = list.baseTemplate === 101 ? this.store.byItem(list.id, item.id) : undefined;
    return file ? this.seenBy(list, item, file, user)?.item : item;
  }

  /** A file as this user sees it; File Not Found when they may not see it. */
  seenFile(file: FileRecord, user: UserRecord): FileRecord {
    const seen = this.seenBy(this.list(file), this.item(file), file, user);
    if (!seen) throw spErrors.fileNotFound();
    return seen.file;
  }

  /** The earlier versions this user may open: all of them, or only published ones if drafts are hidden. */
  versionsSeenBy(file: FileRecord, user: UserRecord): FileVersionRecord[] {
    const current = this.current(file);
    const seen = this.seenBy(this.list(current), this.item(current), current, user);
    if (!seen) throw spErrors.fileNotFound();
    const all = this.versions(current);
    const list = this.list(current);
    return seesDrafts(list, user, seen.item, current) ? all : publishedHistory(all, seen.file.uiVersion);
  }

  versionSeenBy(file: FileRecord, uiVersion: number, user: UserRecord): FileVersionRecord {
    const version = this.versionsSeenBy(file, user).find((v) => v.uiVersion === uiVersion);
    if (!version) throw spErrors.versionNotFound();
    return version;
  }

  versionContent(version: FileVersionRecord): Buffer {
    return this.blob(version.contentHash);
  }

  /** files.addUsingPath: a new file (and its item), or with overwrite a new version of an existing one. */
  upload(list: ListRecord, name: string, bytes: Buffer, overwrite: boolean, actor: FileActor): FileRecord {
    if (list.baseTemplate !== 101)
      throw spErrors.unsupportedByEmulator('Adding files to a list that is not a document library');
    checkFileName(name);
    this.checkSize(bytes.length);
    const url = `${list.serverRelativeUrl}/${name}`;
    return this.db.transaction(() => {
      const existing = this.store.byUrl(url);
      if (existing) {
        if (!overwrite)
          throw spErrors.fileExists(
            webRelativeUrl(existing.serverRelativeUrl, this.config.sitePath),
            this.loginName(existing.modifiedBy),
            messageDate(existing.modified),
          );
        return this.replaceContent(existing, bytes, actor);
      }
      const now = this.config.now();
      const item: ItemRecord = {
        listId: list.id,
        id: this.counters.next(`items:${list.id}`),
        guid: randomUUID(),
        created: now,
        modified: now,
        authorId: actor.user.id,
        editorId: actor.user.id,
        version: 1,
        uiVersion: 512,
        values: {},
      };
      this.items.insert(item);
      const file: FileRecord = {
        listId: list.id,
        itemId: item.id,
        uniqueId: randomUUID(),
        serverRelativeUrl: url,
        name,
        contentHash: this.blobs.put(bytes),
        length: bytes.length,
        ...firstVersion(librarySettings(list)),
        moderationComment: '',
        checkInComment: '',
        checkedOutBy: null,
        checkout: null,
        created: now,
        modified: now,
        modifiedBy: actor.user.id,
        etagVersion: 1,
      };
      this.store.insert(withPublished(file));
      this.lists.touch(list.id, 'last_item_modified', now);
      return withPublished(file);
    })();
  }

  /** PUT …/$value (file.setContent): new content for an existing file. */
  setContent(file: FileRecord, bytes: Buffer, actor: FileActor): FileRecord {
    return this.db.transaction(() => this.replaceContent(this.current(file), bytes, actor))();
  }

  checkout(file: FileRecord, actor: FileActor): FileRecord {
    return this.db.transaction(() => {
      const current = this.current(file);
      if (current.checkedOutBy !== null) throw this.checkedOutError(current, actor.origin);
      const item = this.item(current);
      return this.save(current, {
        checkedOutBy: actor.user.id,
        checkout: {
          contentHash: current.contentHash,
          length: current.length,
          values: item.values,
          modified: current.modified,
          modifiedBy: current.modifiedBy,
          checkInComment: current.checkInComment,
        },
      });
    })();
  }

  checkin(file: FileRecord, comment: string, type: number, actor: FileActor): FileRecord {
    return this.db.transaction(() => {
      const current = this.heldBy(file, actor);
      const settings = librarySettings(this.list(current));
      let transition: Transition | undefined;
      if (type === CheckinType.Minor) {
        if (!settings.minorVersions) throw spErrors.minorVersionsDisabled();
        transition = afterMinorCheckin(current.uiVersion, settings);
      } else if (type === CheckinType.Major) {
        transition = afterPublish(current.uiVersion, settings);
      } else if (type !== CheckinType.Overwrite) {
        throw spErrors.cannotConvert(String(type), 'SP.CheckinType');
      }
      const snapshot = current.checkout;
      if (transition?.keepsPrevious && snapshot)
        this.keep(
          current,
          {
            uiVersion: current.uiVersion,
            contentHash: snapshot.contentHash,
            length: snapshot.length,
            created: snapshot.modified,
            createdBy: snapshot.modifiedBy,
            checkInComment: snapshot.checkInComment,
            values: snapshot.values,
            moderationStatus: current.moderationStatus,
            moderationComment: current.moderationComment,
          },
          transition.state.uiVersion,
        );
      return this.save(current, {
        ...(transition ? transition.state : {}),
        checkInComment: comment,
        checkedOutBy: null,
        checkout: null,
        modified: this.config.now(),
        modifiedBy: actor.user.id,
      });
    })();
  }

  /** Drops what changed during the check-out: content and field values return to how they were. */
  undoCheckout(file: FileRecord, actor: FileActor): FileRecord {
    return this.db.transaction(() => {
      const current = this.heldBy(file, actor);
      const snapshot = current.checkout;
      if (!snapshot) return this.save(current, { checkedOutBy: null });
      const item = this.item(current);
      this.items.update({ ...item, values: snapshot.values, version: item.version + 1 });
      const restored = this.save(current, {
        contentHash: snapshot.contentHash,
        length: snapshot.length,
        modified: snapshot.modified,
        modifiedBy: snapshot.modifiedBy,
        checkInComment: snapshot.checkInComment,
        checkedOutBy: null,
        checkout: null,
      });
      this.blobs.prune();
      return restored;
    })();
  }

  /** file.publish: the current draft becomes the next major version (pending, with content approval). */
  publish(file: FileRecord, comment: string, actor: FileActor): FileRecord {
    return this.db.transaction(() => {
      const current = this.current(file);
      if (current.checkedOutBy !== null) throw this.checkedOutError(current, actor.origin);
      if (!isDraftVersion(current.uiVersion)) throw spErrors.notADraft(this.absolute(current, actor.origin));
      const transition = afterPublish(current.uiVersion, librarySettings(this.list(current)));
      return this.apply(current, transition, actor, comment);
    })();
  }

  approve(file: FileRecord, comment: string, actor: FileActor): FileRecord {
    return this.moderate(file, actor, [ModerationStatus.Pending, ModerationStatus.Denied], {
      moderationStatus: ModerationStatus.Approved,
      level: FileLevel.Published,
      moderationComment: comment,
    });
  }

  deny(file: FileRecord, comment: string, actor: FileActor): FileRecord {
    return this.moderate(file, actor, [ModerationStatus.Pending], {
      moderationStatus: ModerationStatus.Denied,
      moderationComment: comment,
    });
  }

  /** DELETE on a file: the file, its versions and its item go (If-Match, if given, must be current). */
  delete(file: FileRecord, ifMatch: string | undefined): void {
    this.db.transaction(() => {
      const current = this.current(file);
      if (
        ifMatch !== undefined &&
        ifMatch.trim() !== '*' &&
        ifMatch.trim() !== '' &&
        ifMatch.trim() !== fileEtag(current)
      )
        throw spErrors.etagMismatch(ifMatch.trim(), fileEtag(current));
      this.items.delete(current.listId, current.itemId);
      this.lists.touch(current.listId, 'last_item_deleted', this.config.now());
    })();
    this.blobs.prune();
  }

  /**
   * Called when a library item's field values change: a new version, unless its holder has it
   * checked out or the change is made without one (ValidateUpdateListItem's bNewDocumentUpdate).
   */
  itemChanging(list: ListRecord, item: ItemRecord, actor: FileActor, newVersion = true): void {
    const file = this.store.byItem(list.id, item.id);
    if (!file) return;
    if (file.checkedOutBy !== null || !newVersion) {
      if (file.checkedOutBy !== null && file.checkedOutBy !== actor.user.id)
        throw this.checkedOutError(file, actor.origin);
      this.save(file, { modified: this.config.now(), modifiedBy: actor.user.id });
      return;
    }
    this.apply(file, afterChange(file.uiVersion, librarySettings(list)), actor, '', false);
  }

  prune(): void {
    this.blobs.prune();
  }

  /**
   * Content already stored (a finished chunked upload) becomes the file's next version, as an
   * upload would make it. Runs inside the caller's transaction.
   */
  commitContent(file: FileRecord, contentHash: string, length: number, actor: FileActor): FileRecord {
    this.checkSize(length);
    return this.replaceStored(this.current(file), contentHash, length, actor);
  }

  /** Refuses a content change by someone other than the person who has the file checked out. */
  assertMayChangeContent(file: FileRecord, actor: FileActor): void {
    const current = this.current(file);
    if (current.checkedOutBy !== null && current.checkedOutBy !== actor.user.id)
      throw this.checkedOutError(current, actor.origin);
  }

  /** SharePoint Online's largest file (250 GB; lower in tests): larger content is refused. */
  checkSize(length: number): void {
    if (length > this.config.maxFileSize) throw spErrors.fileTooLarge(this.config.maxFileSize);
  }

  private replaceContent(file: FileRecord, bytes: Buffer, actor: FileActor): FileRecord {
    this.checkSize(bytes.length);
    return this.replaceStored(file, this.blobs.put(bytes), bytes.length, actor);
  }

  private replaceStored(file: FileRecord, contentHash: string, length: number, actor: FileActor): FileRecord {
    if (file.checkedOutBy !== null) {
      if (file.checkedOutBy !== actor.user.id) throw this.checkedOutError(file, actor.origin);
      this.touchItem(file, actor.user);
      const edited = this.save(file, {
        contentHash,
        length,
        modified: this.config.now(),
        modifiedBy: actor.user.id,
      });
      this.blobs.prune();
      return edited;
    }
    const transition = afterChange(file.uiVersion, librarySettings(this.list(file)));
    const updated = this.apply({ ...file, contentHash, length }, transition, actor, '', true, file);
    this.blobs.prune();
    return updated;
  }

  /**
   * Moves a file to its next version: the version it leaves goes to history (when the transition
   * keeps it), the item's ETag and Modified move with it.
   */
  private apply(
    file: FileRecord,
    transition: Transition,
    actor: FileActor,
    comment: string,
    touchItem = true,
    previous: FileRecord = file,
  ): FileRecord {
    if (transition.keepsPrevious) {
      this.keep(
        file,
        {
          uiVersion: previous.uiVersion,
          contentHash: previous.contentHash,
          length: previous.length,
          created: previous.modified,
          createdBy: previous.modifiedBy,
          checkInComment: previous.checkInComment,
          // The item still holds the values of the version it leaves (new ones are stored after this).
          values: this.item(file).values,
          moderationStatus: previous.moderationStatus,
          moderationComment: previous.moderationComment,
        },
        transition.state.uiVersion,
      );
    }
    if (touchItem) this.touchItem(file, actor.user);
    return this.save(file, {
      ...transition.state,
      checkInComment: comment,
      moderationComment: '',
      modified: this.config.now(),
      modifiedBy: actor.user.id,
    });
  }

  private moderate(
    file: FileRecord,
    actor: FileActor,
    from: readonly ModerationStatus[],
    changes: Partial<FileRecord>,
  ): FileRecord {
    return this.db.transaction(() => {
      const current = this.current(file);
      const list = this.list(current);
      // Approving and rejecting take the Approve Items permission, whatever else the caller may do.
      assertMayApproveList(list, actor.user);
      if (!librarySettings(list).moderation) throw spErrors.moderationDisabled();
      if (!from.includes(current.moderationStatus))
        throw spErrors.notPendingApproval(this.absolute(current, actor.origin));
      this.touchItem(current, actor.user, false);
      return this.save(current, changes);
    })();
  }

  /** Puts a version in the history, then drops what the library's version limits no longer keep. */
  private keep(file: FileRecord, version: FileVersionRecord, next: number): void {
    this.store.addVersion(file.listId, file.itemId, version);
    const list = this.list(file);
    const history = this.store.versions(file.listId, file.itemId).map((v) => v.uiVersion);
    const trimmed = versionsToTrim(
      history,
      next,
      versionLimits(list),
      librarySettings(list).minorVersions,
      file.publishedVersion,
    );
    for (const uiVersion of trimmed) this.store.deleteVersion(file.listId, file.itemId, uiVersion);
    if (trimmed.length > 0) this.blobs.prune();
  }

  private save(file: FileRecord, changes: Partial<FileRecord>): FileRecord {
    const updated: FileRecord = withPublished({ ...file, ...changes, etagVersion: file.etagVersion + 1 });
    this.store.update(updated);
    return updated;
  }

  /** The file's item changes with it: new ETag, and (for content changes) Modified and Editor. */
  private touchItem(file: FileRecord, user: UserRecord, modified = true): void {
    const item = this.item(file);
    const now = this.config.now();
    this.items.update({
      ...item,
      version: item.version + 1,
      ...(modified ? { modified: now, editorId: user.id } : {}),
    });
    if (modified) this.lists.touch(file.listId, 'last_item_modified', now);
  }

  /** The file as stored now (a handler may hold an older copy). */
  private current(file: FileRecord): FileRecord {
    const current = this.store.byItem(file.listId, file.itemId);
    if (!current) throw spErrors.fileNotFound();
    return current;
  }

  private heldBy(file: FileRecord, actor: FileActor): FileRecord {
    const current = this.current(file);
    if (current.checkedOutBy === null) throw spErrors.fileNotCheckedOut(this.absolute(current, actor.origin));
    if (current.checkedOutBy !== actor.user.id && !actor.user.isSiteAdmin)
      throw this.checkedOutError(current, actor.origin);
    return current;
  }

  private checkedOutError(file: FileRecord, origin: string) {
    return spErrors.fileCheckedOut(this.absolute(file, origin), this.loginName(file.checkedOutBy ?? 0));
  }

  private absolute(file: FileRecord, origin: string): string {
    return `${origin}${file.serverRelativeUrl}`;
  }

  private item(file: FileRecord): ItemRecord {
    const item = this.items.get(file.listId, file.itemId);
    if (!item) throw spErrors.fileNotFound();
    return item;
  }

  private list(file: FileRecord): ListRecord {
    const list = this.lists.byId(file.listId);
    if (!list) throw spErrors.fileNotFound();
    return list;
  }

  private blob(hash: string): Buffer {
    const bytes = this.blobs.get(hash);
    if (!bytes) throw spErrors.internal('The content of this file is missing from the data file.');
    return bytes;
  }

  private loginName(userId: number): string {
    return this.users.byId(userId)?.loginName ?? 'SHAREPOINT\\system';
  }
}

/** A published version is what readers see from now on, until the next one is published. */
function withPublished(file: FileRecord): FileRecord {
  if (file.level === FileLevel.Published) return { ...file, publishedVersion: file.uiVersion };
  return { ...file, publishedVersion: file.publishedVersion ?? null };
}
