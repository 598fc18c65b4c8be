import { randomUUID } from 'node:crypto';
import { spErrors } from '../errors';
import { readItemBody } from '../model/item-values';
import type { JsonObject } from '../model/json-input';
import type { FieldRecord, ItemRecord, ListRecord, StoredValue, UserRecord } from '../model/types';
import type { Counters } from '../store/counters';
import type { Db } from '../store/database';
import type { ItemStore } from '../store/item-store';
import type { ListStore } from '../store/list-store';
import type { UserStore } from '../store/user-store';
import { librarySettings } from './library-settings';
import { conflictingFields } from './unique-values';

/** What a write needs besides the body: the dialect it is in, who makes it, and its If-Match. */
export interface WriteRequest {
  readonly body: JsonObject;
  readonly verbose: boolean;
  readonly user: UserRecord;
  readonly ifMatch: string | undefined;
  /** The origin the caller uses, for messages that name files by absolute URL. */
  readonly origin?: string;
}

/** What a library adds to item writes: its files follow their items. */
export interface LibraryItemHooks {
  /** Before a library item's new values are stored (same transaction): may refuse, moves the file's version. */
  readonly beforeUpdate: (
    list: ListRecord,
    item: ItemRecord,
    actor: { user: UserRecord; origin: string },
    newVersion: boolean,
  ) => void;
  /** After items (and with them their files) were deleted. */
  readonly afterDelete: () => void;
}

/**
 * List items: add, update, delete, recycle. Each write is one transaction, checked before anything
 * is stored (types, users, unique values, ETag), so a refused write leaves nothing behind.
 */
export class ItemService {
  constructor(
    private readonly db: Db,
    private readonly store: ItemStore,
    private readonly lists: ListStore,
    private readonly users: UserStore,
    private readonly counters: Counters,
    private readonly now: () => string,
    private readonly library: LibraryItemHooks,
  ) {}

  get(list: ListRecord, id: number): ItemRecord {
    const item = this.store.get(list.id, id);
    if (!item) throw spErrors.itemNotFound();
    return item;
  }

  add(list: ListRecord, fields: readonly FieldRecord[], request: Omit<WriteRequest, 'ifMatch'>): ItemRecord {
    if (list.baseTemplate === 101) throw spErrors.documentLibraryItemAdd();
    const values = readItemBody(request.body, {
      list,
      fields,
      verbose: request.verbose,
      userExists: (id) => this.users.byId(id) !== undefined,
    });
    return this.db.transaction(() => {
      const conflicts = conflictingFields(this.store, list.id, fields, { id: 0, values });
      if (conflicts.length > 0) throw spErrors.duplicateValues(conflicts);
      const now = this.now();
      const item: ItemRecord = {
        listId: list.id,
        id: this.counters.next(`items:${list.id}`),
        guid: randomUUID(),
        created: now,
        modified: now,
        authorId: request.user.id,
        editorId: request.user.id,
        version: 1,
        uiVersion: 512,
        values,
      };
      this.store.insert(item);
      this.lists.touch(list.id, 'last_item_modified', now);
      return item;
    })();
  }

  update(list: ListRecord, fields: readonly FieldRecord[], id: number, request: WriteRequest): ItemRecord {
    const changes = readItemBody(request.body, {
      list,
      fields,
      verbose: request.verbose,
      userExists: (uid) => this.users.byId(uid) !== undefined,
    });
    return this.applyValues(list, fields, id, changes, request);
  }

  /**
   * Stores checked values (one transaction, with `then` inside it). `newVersion: false` is
   * ValidateUpdateListItem's bNewDocumentUpdate: the item and its file keep their version number.
   */
  applyValues(
    list: ListRecord,
    fields: readonly FieldRecord[],
    id: number,
    changes: Readonly<Record<string, StoredValue>>,
    request: Omit<WriteRequest, 'body' | 'verbose'> & { readonly newVersion?: boolean },
    then: (item: ItemRecord) => void = () => undefined,
  ): ItemRecord {
    const newVersion = request.newVersion ?? true;
    return this.db.transaction(() => {
      const current = this.get(list, id);
      checkETag(request.ifMatch, current);
      const values = { ...current.values, ...changes };
      const conflicts = conflictingFields(this.store, list.id, fields, { id, values });
      if (conflicts.length > 0) throw spErrors.duplicateValues(conflicts);
      const now = this.now();
      const updated: ItemRecord = {
        ...current,
        values,
        modified: now,
        editorId: request.user.id,
        version: current.version + 1,
        // A library item's version is its file's; a list with versioning counts a major version per change.
        uiVersion:
          list.baseTemplate !== 101 && librarySettings(list).versioning && newVersion
            ? current.uiVersion + 512
            : current.uiVersion,
      };
      if (list.baseTemplate === 101)
        this.library.beforeUpdate(
          list,
          current,
          { user: request.user, origin: request.origin ?? '' },
          newVersion,
        );
      this.store.update(updated);
      this.lists.touch(list.id, 'last_item_modified', now);
      then(updated);
      return updated;
    })();
  }

  delete(list: ListRecord, id: number, ifMatch: string | undefined): void {
    this.db.transaction(() => {
      const current = this.get(list, id);
      checkETag(ifMatch, current);
      this.store.delete(list.id, id);
      this.lists.touch(list.id, 'last_item_deleted', this.now());
    })();
    if (list.baseTemplate === 101) this.library.afterDelete();
  }

  /** Moves an item to the recycle bin; returns the recycle bin item's id, as SharePoint does. */
  recycle(list: ListRecord, id: number, user: UserRecord): string {
    const result = this.db.transaction(() => {
      const current = this.get(list, id);
      const recycleId = randomUUID();
      const now = this.now();
      this.store.recycle(current, recycleId, now, user.id);
      this.lists.touch(list.id, 'last_item_deleted', now);
      return recycleId;
    })();
    if (list.baseTemplate === 101) this.library.afterDelete();
    return result;
  }
}

export function etagOf(item: ItemRecord): string {
  return `"${item.version}"`;
}

/** If-Match: absent or * always passes; otherwise it must name the item's current version. */
function checkETag(ifMatch: string | undefined, item: ItemRecord): void {
  if (ifMatch === undefined || ifMatch.trim() === '*' || ifMatch.trim() === '') return;
  const requested = ifMatch.trim().replace(/^W\//, '');
  const normalized = requested.startsWith('"') ? requested : `"${requested}"`;
  if (normalized !== etagOf(item)) throw spErrors.etagMismatch(normalized, etagOf(item));
}
