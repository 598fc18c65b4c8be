import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { BlobStore } from '../store/blob-store';
import { Counters } from '../store/counters';
import { FieldStore } from '../store/field-store';
import { FileStore } from '../store/file-store';
import { ItemStore } from '../store/item-store';
import { ListStore } from '../store/list-store';
import { MetaStore } from '../store/meta-store';
import { UploadStore } from '../store/upload-store';
import { UserStore } from '../store/user-store';
import { Directory, type DirectoryEntry } from './directory';
import { FieldService } from './fields';
import { FileService } from './files';
import { ItemService } from './items';
import { ListService } from './lists';
import { UploadSessions } from './upload-sessions';
import { UserService } from './users';

export interface SiteOptions {
  readonly sitePath: string;
  readonly title: string;
  readonly directory: readonly DirectoryEntry[];
  readonly serviceAccount: DirectoryEntry;
  readonly now: () => Date;
  /** Largest file in bytes. */
  readonly maxFileSize: number;
}

/** SharePoint formats dates as UTC without fractions of a second. */
export function formatDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** One SharePoint site (a site collection with its root web) and everything in it. */
export class Site {
  readonly id: string;
  readonly webId: string;
  readonly created: string;
  /** Secret behind form digests; kept in the data file so digests outlive a restart, as online. */
  readonly digestSecret: string;
  readonly lists: ListService;
  readonly fields: FieldService;
  readonly items: ItemService;
  readonly users: UserService;
  readonly files: FileService;
  readonly uploads: UploadSessions;
  readonly itemStore: ItemStore;

  constructor(
    db: Db,
    readonly options: SiteOptions,
  ) {
    const meta = new MetaStore(db);
    const now = () => formatDate(options.now());
    this.id = meta.getOrCreate('site_id', () => randomUUID());
    this.webId = meta.getOrCreate('web_id', () => randomUUID());
    this.created = meta.getOrCreate('created', now);
    this.digestSecret = meta.getOrCreate('digest_secret', () => randomBytes(32).toString('hex'));
    const counters = new Counters(db);
    const listStore = new ListStore(db);
    const fieldStore = new FieldStore(db);
    const userStore = new UserStore(db);
    this.itemStore = new ItemStore(db);
    const directory = new Directory([options.serviceAccount, ...options.directory]);
    this.users = new UserService(userStore, counters, directory, options.serviceAccount.email);
    const blobs = new BlobStore(db);
    this.lists = new ListService(db, listStore, fieldStore, {
      sitePath: options.sitePath,
      now,
      afterDelete: () => blobs.prune(),
    });
    this.fields = new FieldService(db, fieldStore, listStore, this.itemStore);
    this.files = new FileService(
      db,
      new FileStore(db),
      blobs,
      this.itemStore,
      listStore,
      userStore,
      counters,
      {
        sitePath: options.sitePath,
        now,
        maxFileSize: options.maxFileSize,
      },
    );
    this.uploads = new UploadSessions(db, new UploadStore(db), blobs, this.files, now);
    this.items = new ItemService(db, this.itemStore, listStore, userStore, counters, now, {
      beforeUpdate: (list, item, actor, newVersion) => this.files.itemChanging(list, item, actor, newVersion),
      afterDelete: () => blobs.prune(),
    });
  }

  get sitePath(): string {
    return this.options.sitePath;
  }
}
