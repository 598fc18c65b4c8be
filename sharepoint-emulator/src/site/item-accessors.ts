import { spErrors } from '../errors';
import { isLookupType, isUserType } from '../model/field-kinds';
import { itemPropertyName, valueFields } from '../model/item-values';
import type { FileRecord } from '../model/files';
import type { FieldRecord, ItemRecord, ListRecord, UrlValue, UserRecord } from '../model/types';
import type { Accessor, ValueType } from '../odata/accessors';

/** What resolving item properties needs: the list's fields, the site's users, lookup targets. */
export interface ItemSource {
  readonly list: ListRecord;
  readonly fields: readonly FieldRecord[];
  /** Navigation properties named in $expand (Owner, Author…), compared case-insensitively. */
  readonly expanded: ReadonlySet<string>;
  readonly user: (id: number) => UserRecord | undefined;
  readonly lookupItem: (listId: string, id: number) => ItemRecord | undefined;
  readonly lookupFields: (listId: string) => readonly FieldRecord[];
  /** The file of a library item (undefined in lists). */
  readonly file: (itemId: number) => FileRecord | undefined;
  /** The list requires content approval (its items then have OData__ModerationStatus). */
  readonly moderation: boolean;
}

/** FileLeafRef, FileRef and FileDirRef of an item: its file's name and URL, or in a list "<id>_.000". */
export function fileRefs(source: ItemSource, item: ItemRecord): { leaf: string; ref: string; dir: string } {
  const file = source.file(item.id);
  const url = file?.serverRelativeUrl ?? `${source.list.serverRelativeUrl}/${item.id}_.000`;
  const slash = url.lastIndexOf('/');
  return { leaf: url.slice(slash + 1), ref: url, dir: url.slice(0, slash) };
}

/** ID is always indexed; Created, Modified, Author and Editor are not unless a client indexes them. */
const SYSTEM_ACCESSORS: Readonly<Record<string, Accessor<ItemRecord>>> = {
  id: { type: 'number', multi: false, sortable: true, get: (i) => i.id, indexed: true },
  created: { type: 'datetime', multi: false, sortable: true, get: (i) => i.created },
  modified: { type: 'datetime', multi: false, sortable: true, get: (i) => i.modified },
  authorid: { type: 'number', multi: false, sortable: true, get: (i) => i.authorId },
  editorid: { type: 'number', multi: false, sortable: true, get: (i) => i.editorId },
  guid: { type: 'guid', multi: false, sortable: true, get: (i) => i.guid },
};

/** Properties of an expanded user (the User Information List item). */
const USER_PROPS: Readonly<Record<string, { type: ValueType; get: (u: UserRecord) => unknown }>> = {
  id: { type: 'number', get: (u) => u.id },
  title: { type: 'text', get: (u) => u.title },
  email: { type: 'text', get: (u) => u.email },
  name: { type: 'text', get: (u) => u.loginName },
  username: { type: 'text', get: (u) => u.userPrincipalName },
  jobtitle: { type: 'text', get: (u) => u.jobTitle },
  department: { type: 'text', get: (u) => u.department },
};

/** The canonical property names of an expanded user, as SharePoint spells them. */
export const USER_PROPERTY_NAMES: Readonly<Record<string, string>> = {
  id: 'Id',
  title: 'Title',
  email: 'EMail',
  name: 'Name',
  username: 'UserName',
  jobtitle: 'JobTitle',
  department: 'Department',
};

export function userProperty(name: string): ((u: UserRecord) => unknown) | undefined {
  return USER_PROPS[name.toLowerCase()]?.get;
}

export function valueTypeOf(field: FieldRecord): ValueType | undefined {
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
    case 'MultiChoice':
    case 'URL':
      return 'text';
    case 'Number':
    case 'Currency':
    case 'Counter':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'DateTime':
      return 'datetime';
    default:
      return undefined;
  }
}

function storedAccessor(field: FieldRecord): Accessor<ItemRecord> | undefined {
  const type = valueTypeOf(field);
  if (!type) return undefined;
  const name = field.internalName;
  const get =
    field.type === 'URL'
      ? (i: ItemRecord) => (i.values[name] as UrlValue | null | undefined)?.Url ?? null
      : (i: ItemRecord) => i.values[name] ?? null;
  return {
    type,
    multi: field.type === 'MultiChoice',
    sortable: field.type !== 'Note' && field.type !== 'MultiChoice',
    get,
    indexed: field.indexed,
    // SharePoint cannot filter a multiple-lines-of-text column, not even with substringof.
    ...(field.type === 'Note' ? { filterError: () => spErrors.fieldNotFilterable(name, 'Note') } : {}),
  };
}

/**
 * Resolves a property path of a $filter or $orderby on list items: Title, internal names, OwnerId,
 * Owner/Id and Owner/Title (with $expand=Owner), Measure/Title for lookups, Created, Author/Id….
 * Anything else is SharePoint's "Column 'X' does not exist" 400.
 */
export function itemAccessorResolver(source: ItemSource): (path: string) => Accessor<ItemRecord> {
  const fieldsByName = new Map<string, FieldRecord>();
  for (const f of source.fields) fieldsByName.set(f.internalName.toLowerCase(), f);
  const byProperty = new Map<string, FieldRecord>(
    valueFields(source.fields).map((f) => [itemPropertyName(f).toLowerCase(), f]),
  );

  const text = (get: (i: ItemRecord) => unknown): Accessor<ItemRecord> => ({
    type: 'text',
    multi: false,
    sortable: true,
    get,
  });
  const fileAccessors: Readonly<Record<string, Accessor<ItemRecord>>> = {
    fileleafref: text((i) => fileRefs(source, i).leaf),
    fileref: text((i) => fileRefs(source, i).ref),
    filedirref: text((i) => fileRefs(source, i).dir),
    ...(source.moderation
      ? {
          _moderationstatus: {
            type: 'number',
            multi: false,
            sortable: true,
            get: (i: ItemRecord) => source.file(i.id)?.moderationStatus ?? null,
          },
        }
      : {}),
  };

  return (path) => {
    const lower = path.toLowerCase();
    const slash = path.indexOf('/');
    if (slash < 0) {
      const system = SYSTEM_ACCESSORS[lower] ?? fileAccessors[lower.replace(/^odata_/, '')];
      if (system) return system;
      const field = fieldsByName.get(lower) ?? byProperty.get(lower);
      if (!field) throw spErrors.columnNotFound(path);
      if (isUserType(field.type) || isLookupType(field.type)) {
        // A person or lookup column is compared by its id: OwnerId, or Owner/Id with $expand=Owner.
        if (!byProperty.has(lower))
          throw spErrors.invalidQuery(
            `The field '${path}' is a lookup; use ${path}Id or ${path}/Id with $expand=${path}.`,
          );
        const name = field.internalName;
        return {
          type: 'number',
          multi: field.type === 'UserMulti' || field.type === 'LookupMulti',
          sortable: true,
          get: (i) => i.values[name] ?? null,
          indexed: field.indexed,
        };
      }
      const accessor = storedAccessor(field);
      if (!accessor) throw spErrors.columnNotFound(path);
      return accessor;
    }
    const navigation = path.slice(0, slash);
    const property = path.slice(slash + 1);
    const navLower = navigation.toLowerCase();
    const field = fieldsByName.get(navLower);
    if (!field || !(isUserType(field.type) || isLookupType(field.type))) throw spErrors.columnNotFound(path);
    if (!source.expanded.has(navLower)) throw spErrors.expandRequired(path, field.internalName);
    const ids = (i: ItemRecord): number[] => {
      if (field.internalName === 'Author') return [i.authorId];
      if (field.internalName === 'Editor') return [i.editorId];
      const v = i.values[field.internalName];
      return v === null || v === undefined ? [] : Array.isArray(v) ? (v as number[]) : [v as number];
    };
    const multi = field.type === 'UserMulti' || field.type === 'LookupMulti';
    const single = (values: unknown[]) => (multi ? values : (values[0] ?? null));
    if (isUserType(field.type)) {
      const prop = USER_PROPS[property.toLowerCase()];
      if (!prop) throw spErrors.columnNotFound(path);
      return {
        type: prop.type,
        multi,
        sortable: !multi,
        get: (i) =>
          single(
            ids(i).map((id) => {
              const user = source.user(id);
              return user ? prop.get(user) : null;
            }),
          ),
        indexed: property.toLowerCase() === 'id' && field.indexed,
      };
    }
    const targetListId = field.lookupListId as string;
    // Owner/Id and Department/Id read the stored id, so the column's own index serves them (see the
    // user branch above too); projected properties (Owner/EMail, Department/Title) come from a join.
    if (property.toLowerCase() === 'id')
      return { type: 'number', multi, sortable: !multi, get: (i) => single(ids(i)), indexed: field.indexed };
    const targetField = source
      .lookupFields(targetListId)
      .find((f) => f.internalName.toLowerCase() === property.toLowerCase());
    const targetAccessor = targetField ? storedAccessor(targetField) : undefined;
    if (!targetAccessor) throw spErrors.columnNotFound(path);
    return {
      type: targetAccessor.type,
      multi,
      sortable: !multi,
      get: (i) =>
        single(
          ids(i).map((id) => {
            const target = source.lookupItem(targetListId, id);
            return target ? targetAccessor.get(target) : null;
          }),
        ),
    };
  };
}
