import { randomUUID } from 'node:crypto';
import { spErrors } from '../errors';
import { builtInFields } from '../model/builtin-fields';
import {
  isPlainObject,
  readBoolean,
  readInteger,
  readNumber,
  readString,
  type JsonObject,
} from '../model/json-input';
import { entityNameFromUrlName, urlNameFromTitle } from '../model/names';
import type { JsonValue, ListRecord, ListTemplate } from '../model/types';
import type { Db } from '../store/database';
import type { FieldStore } from '../store/field-store';
import type { ListStore } from '../store/list-store';
import { MAX_VERSION_LIMIT } from '../model/version-limits';
import { READ_ONLY_LIST_PROPS, WRITABLE_LIST_PROPS } from './list-properties';

export interface ListServiceConfig {
  readonly sitePath: string;
  readonly now: () => string;
  /** After a list went, with its items and files. */
  readonly afterDelete: () => void;
}

/** Lists and libraries of the site: creation from a title as SharePoint does it, lookup, update, delete. */
export class ListService {
  constructor(
    private readonly db: Db,
    private readonly store: ListStore,
    private readonly fields: FieldStore,
    private readonly config: ListServiceConfig,
  ) {}

  all(): ListRecord[] {
    return this.store.all();
  }

  byId(id: string): ListRecord {
    const list = this.store.byId(id);
    if (!list) throw spErrors.listNotFound();
    return list;
  }

  /** getByTitle: titles match case-insensitively. The web URL is only for the error message. */
  byTitle(title: string, webUrl: string): ListRecord {
    const wanted = title.toLocaleLowerCase('cs');
    const list = this.store.all().find((l) => l.title.toLocaleLowerCase('cs') === wanted);
    if (!list) throw spErrors.listNotFoundByTitle(title, webUrl);
    return list;
  }

  /** getList: by server-relative (or absolute) URL of the list's root folder, case-insensitively. */
  byUrl(url: string): ListRecord {
    let path = url.trim();
    if (/^https?:\/\//i.test(path)) {
      try {
        path = decodeURIComponent(new URL(path).pathname);
      } catch {
        throw spErrors.fileNotFound();
      }
    }
    const wanted = path.replace(/\/+$/, '').toLocaleLowerCase('cs');
    const list = this.store.all().find((l) => l.serverRelativeUrl.toLocaleLowerCase('cs') === wanted);
    if (!list) throw spErrors.fileNotFound();
    return list;
  }

  /**
   * POST web/lists. The URL comes from the title at creation and never changes afterwards (a later
   * title change keeps it); generic lists live under Lists/, libraries at the web root.
   */
  create(body: JsonObject, verbose: boolean): ListRecord {
    checkMetadata(body, verbose);
    const title = body['Title'];
    if (typeof title !== 'string' || title.trim() === '')
      throw spErrors.invalidArgument('The list Title cannot be empty.');
    const template = body['BaseTemplate'] === undefined ? 100 : readInteger(body['BaseTemplate']);
    if (template !== 100 && template !== 101) throw spErrors.unsupportedListTemplate(template);
    const props = readProps(body, {});
    return this.db.transaction(() => {
      this.assertTitleFree(title);
      const urlName = urlNameFromTitle(title);
      const folder = template === 101 ? this.config.sitePath : `${this.config.sitePath}/Lists`;
      const leaf = this.freeUrlLeaf(folder, urlName);
      const now = this.config.now();
      const id = randomUUID();
      const list: ListRecord = {
        id,
        title,
        serverRelativeUrl: `${folder}/${leaf}`,
        baseTemplate: template as ListTemplate,
        entityName: entityNameFromUrlName(leaf),
        contentTypeId: `${template === 101 ? '0x0101' : '0x0100'}${id.replace(/-/g, '').toUpperCase()}`,
        created: now,
        lastItemModified: now,
        lastItemDeleted: now,
        props,
      };
      this.store.insert(list);
      for (const field of builtInFields(list.baseTemplate)) this.fields.insert(list.id, field);
      return list;
    })();
  }

  /** MERGE on a list: writable SP.List properties; read-only ones are ignored, unknown ones refused. */
  update(list: ListRecord, body: JsonObject, verbose: boolean): ListRecord {
    checkMetadata(body, verbose);
    let title = list.title;
    if (body['Title'] !== undefined) {
      title = readString(body['Title']);
      if (title.trim() === '') throw spErrors.invalidArgument('The list Title cannot be empty.');
    }
    const props = readProps(body, list.props);
    return this.db.transaction(() => {
      if (title.toLocaleLowerCase('cs') !== list.title.toLocaleLowerCase('cs')) this.assertTitleFree(title);
      const updated: ListRecord = { ...list, title, props };
      this.store.update(updated);
      return updated;
    })();
  }

  /** Writes the list's permission state (see list-security.ts); not reachable through MERGE. */
  setSecurity(list: ListRecord, props: Record<string, JsonValue>): ListRecord {
    const updated: ListRecord = { ...list, props };
    this.store.update(updated);
    return updated;
  }

  delete(list: ListRecord): void {
    this.store.delete(list.id);
    this.fields.forget(list.id);
    this.config.afterDelete();
  }

  private assertTitleFree(title: string): void {
    const lower = title.toLocaleLowerCase('cs');
    if (this.store.all().some((l) => l.title.toLocaleLowerCase('cs') === lower))
      throw spErrors.listTitleExists();
  }

  /** A taken URL gets a number appended (KvalitaMeasures1, KvalitaMeasures2…). */
  private freeUrlLeaf(folder: string, urlName: string): string {
    const taken = new Set(this.store.all().map((l) => l.serverRelativeUrl.toLocaleLowerCase('cs')));
    if (!taken.has(`${folder}/${urlName}`.toLocaleLowerCase('cs'))) return urlName;
    for (let i = 1; ; i++) {
      const candidate = `${urlName}${i}`;
      if (!taken.has(`${folder}/${candidate}`.toLocaleLowerCase('cs'))) return candidate;
    }
  }
}

function checkMetadata(body: JsonObject, verbose: boolean): void {
  const metadata = body['__metadata'];
  if (metadata === undefined) return;
  if (!verbose) throw spErrors.propertyNotFound('__metadata', 'SP.List');
  const type = isPlainObject(metadata) ? metadata['type'] : undefined;
  if (type !== 'SP.List') throw spErrors.typeNotResolved(String(type));
}

function readProps(
  body: JsonObject,
  current: Readonly<Record<string, JsonValue>>,
): Record<string, JsonValue> {
  const props: Record<string, JsonValue> = { ...current };
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata' || name === 'Title' || READ_ONLY_LIST_PROPS.has(name)) continue;
    const spec = WRITABLE_LIST_PROPS[name];
    if (!spec) throw spErrors.propertyNotFound(name, 'SP.List');
    props[name] =
      spec.kind === 'string'
        ? readString(value)
        : spec.kind === 'boolean'
          ? readBoolean(value)
          : readNumber(value, 'Edm.Int32');
    if (VERSION_LIMIT_PROPS.has(name)) checkVersionLimit(name, props[name]);
  }
  return props;
}

const VERSION_LIMIT_PROPS: ReadonlySet<string> = new Set([
  'MajorVersionLimit',
  'MajorWithMinorVersionsLimit',
]);

/** 0 (no limit) up to SharePoint Online's 50,000 versions (the wording of the refusal is the emulator's). */
function checkVersionLimit(name: string, value: JsonValue | undefined): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_VERSION_LIMIT)
    throw spErrors.invalidArgument(
      `${name} must be a whole number from 0 (no limit) to ${MAX_VERSION_LIMIT}, not ${String(value)}.`,
    );
}
