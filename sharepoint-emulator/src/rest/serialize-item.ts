import { spErrors } from '../errors';
import { isLookupType, isUserType } from '../model/field-kinds';
import { fieldValueProps, itemPropertyName, valueFields } from '../model/item-values';
import { entityPropertyName, listItemEntityType } from '../model/names';
import { stableGuid } from '../model/stable-guid';
import type { FieldRecord, ItemRecord, StoredValue, UserRecord } from '../model/types';
import {
  ODataCollection,
  ODataComplex,
  ODataEntity,
  type ODataProps,
  type ODataValue,
} from '../odata/values';
import { etagOf } from '../site/items';
import { versionLabel } from '../model/files';
import {
  USER_PROPERTY_NAMES,
  fileRefs,
  userProperty,
  valueTypeOf,
  type ItemSource,
} from '../site/item-accessors';
import type { RequestContext } from './context';
import { listEditLink } from './serialize-list';

type SystemGetter = (item: ItemRecord, source: ItemSource) => ODataValue;

/** Item properties that are not field values (selectable by name; the defaults below list them in order). */
const SYSTEM_PROPS: Readonly<Record<string, SystemGetter>> = {
  FileSystemObjectType: () => 0,
  Id: (i) => i.id,
  ServerRedirectedEmbedUri: () => null,
  ServerRedirectedEmbedUrl: () => '',
  ContentTypeId: (_i, s) => s.list.contentTypeId,
  ID: (i) => i.id,
  Modified: (i) => i.modified,
  Created: (i) => i.created,
  AuthorId: (i) => i.authorId,
  EditorId: (i) => i.editorId,
  OData__UIVersionString: (i, s) => versionLabel(s.file(i.id)?.uiVersion ?? i.uiVersion),
  Attachments: () => false,
  GUID: (i) => i.guid,
  CheckoutUserId: (i, s) => s.file(i.id)?.checkedOutBy ?? null,
  OData__ModerationComments: (i, s) => nonEmpty(s.file(i.id)?.moderationComment),
  OData__ModerationStatus: (i, s) => s.file(i.id)?.moderationStatus ?? 0,
  FileLeafRef: (i, s) => fileRefs(s, i).leaf,
  FileRef: (i, s) => fileRefs(s, i).ref,
  FileDirRef: (i, s) => fileRefs(s, i).dir,
};
const LEADING = [
  'FileSystemObjectType',
  'Id',
  'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl',
  'ContentTypeId',
];
const LIST_TRAILING = [
  'ID',
  'Modified',
  'Created',
  'AuthorId',
  'EditorId',
  'OData__UIVersionString',
  'Attachments',
  'GUID',
];
const LIBRARY_TRAILING = [
  'ID',
  'Created',
  'AuthorId',
  'Modified',
  'EditorId',
  'CheckoutUserId',
  'OData__UIVersionString',
  'GUID',
];
const MODERATION = ['OData__ModerationComments', 'OData__ModerationStatus'];

/** The properties an item has beyond its field values, in the order SharePoint writes them. */
function trailingProps(source: ItemSource): readonly string[] {
  const trailing = source.list.baseTemplate === 101 ? LIBRARY_TRAILING : LIST_TRAILING;
  return source.moderation ? [...MODERATION, ...trailing] : trailing;
}

function nonEmpty(text: string | undefined): string | null {
  return text ? text : null;
}

interface Navigation {
  readonly name: string;
  readonly field: FieldRecord;
  /** Selected properties of the target, or undefined for its default ones. */
  props: string[] | undefined;
  selected: boolean;
}

/** $select/$expand of an items request, checked once and applied to every item. */
export interface ItemSelection {
  readonly all: boolean;
  /** Selected value fields with the property names wanted from each (undefined = all of its properties). */
  readonly fields: readonly { readonly field: FieldRecord; readonly only: string | undefined }[];
  readonly system: readonly string[];
  readonly navigations: readonly Navigation[];
}

export function compileItemSelection(
  source: ItemSource,
  select: readonly string[] | undefined,
  expand: readonly string[],
): ItemSelection {
  const lookupish = new Map<string, FieldRecord>(
    source.fields
      .filter(
        (f) =>
          (isUserType(f.type) || isLookupType(f.type)) &&
          (!f.fromBaseType || f.internalName === 'Author' || f.internalName === 'Editor'),
      )
      .map((f) => [f.internalName.toLowerCase(), f]),
  );
  const navigations = new Map<string, Navigation>();
  for (const name of expand) {
    if (name.includes('/'))
      throw spErrors.invalidQuery(
        `The $expand of '${name}' is not supported: expand a person or lookup column by its name.`,
      );
    const field = lookupish.get(name.toLowerCase());
    if (!field && /^(file|folder|contenttype|fieldvaluesastext|properties|versions)$/i.test(name))
      throw spErrors.unsupportedByEmulator(`$expand=${name} on list items`);
    if (!field) throw spErrors.columnNotFound(name);
    navigations.set(name.toLowerCase(), {
      name: field.internalName,
      field,
      props: undefined,
      selected: false,
    });
  }
  const all = select === undefined || select.includes('*');
  const fields: { field: FieldRecord; only: string | undefined }[] = [];
  const system: string[] = [];
  const byProperty = new Map<string, { field: FieldRecord; only: string | undefined }>();
  for (const f of valueFields(source.fields)) {
    byProperty.set(entityPropertyName(f.internalName).toLowerCase(), { field: f, only: undefined });
    if (isUserType(f.type) || isLookupType(f.type))
      byProperty.set(itemPropertyName(f).toLowerCase(), { field: f, only: itemPropertyName(f) });
    if (isUserType(f.type))
      byProperty.set(`${entityPropertyName(f.internalName)}StringId`.toLowerCase(), {
        field: f,
        only: `${entityPropertyName(f.internalName)}StringId`,
      });
  }
  const systemByLower = new Map(
    Object.keys(SYSTEM_PROPS)
      .filter((k) => systemPropExists(source, k))
      .map((k) => [k.toLowerCase(), k]),
  );
  for (const wanted of select ?? []) {
    if (wanted === '*') continue;
    const slash = wanted.indexOf('/');
    if (slash >= 0) {
      const nav = wanted.slice(0, slash);
      const prop = wanted.slice(slash + 1);
      const navigation = navigations.get(nav.toLowerCase());
      if (!navigation) {
        if (!lookupish.has(nav.toLowerCase())) throw spErrors.columnNotFound(wanted);
        throw spErrors.expandRequired(wanted, nav);
      }
      navigation.props = [
        ...(navigation.props ?? []),
        checkTargetProperty(source, navigation.field, prop, wanted),
      ];
      navigation.selected = true;
      continue;
    }
    const navigation = navigations.get(wanted.toLowerCase());
    if (navigation) {
      navigation.selected = true;
      continue;
    }
    const systemName = systemByLower.get(wanted.toLowerCase());
    if (systemName) {
      system.push(systemName);
      continue;
    }
    const entry = byProperty.get(wanted.toLowerCase());
    if (!entry) throw spErrors.columnNotFound(wanted);
    fields.push(entry);
  }
  if (all) for (const n of navigations.values()) n.selected = true;
  return { all, fields, system, navigations: [...navigations.values()].filter((n) => n.selected) };
}

function checkTargetProperty(source: ItemSource, field: FieldRecord, prop: string, path: string): string {
  if (isUserType(field.type)) {
    if (prop.toLowerCase() === 'id') return prop === 'ID' ? 'ID' : 'Id';
    const canonical = USER_PROPERTY_NAMES[prop.toLowerCase()];
    if (!canonical) throw spErrors.columnNotFound(path);
    return canonical;
  }
  if (prop.toLowerCase() === 'id') return prop === 'ID' ? 'ID' : 'Id';
  const target = source
    .lookupFields(field.lookupListId as string)
    .find((f) => f.internalName.toLowerCase() === prop.toLowerCase());
  if (!target || !valueTypeOf(target)) throw spErrors.columnNotFound(path);
  return target.internalName;
}

/** Library-only and approval-only properties exist only where SharePoint has them. */
function systemPropExists(source: ItemSource, name: string): boolean {
  const library = source.list.baseTemplate === 101;
  if (name === 'CheckoutUserId') return library;
  if (name === 'Attachments') return !library;
  if (MODERATION.includes(name)) return source.moderation;
  return true;
}

export function itemEditLink(source: ItemSource, item: ItemRecord): string {
  return `${listEditLink(source.list)}/Items(${item.id})`;
}

export function itemEntity(
  ctx: RequestContext,
  source: ItemSource,
  selection: ItemSelection,
  item: ItemRecord,
): ODataEntity {
  const props: ODataProps = {};
  if (selection.all) {
    for (const name of LEADING) props[name] = (SYSTEM_PROPS[name] as SystemGetter)(item, source);
    for (const field of valueFields(source.fields))
      Object.assign(props, fieldValueProps(field, item.values[field.internalName]));
    for (const name of trailingProps(source))
      props[name] = (SYSTEM_PROPS[name] as SystemGetter)(item, source);
  } else {
    props['Id'] = item.id;
    for (const name of selection.system) props[name] = (SYSTEM_PROPS[name] as SystemGetter)(item, source);
    for (const { field, only } of selection.fields) {
      const values = fieldValueProps(field, item.values[field.internalName]);
      if (only !== undefined) props[only] = values[only] ?? null;
      else Object.assign(props, values);
    }
    props['ID'] = item.id;
  }
  const editLink = itemEditLink(source, item);
  const navigation: Record<string, string> = {};
  for (const nav of selection.navigations) {
    props[nav.name] = expandNavigation(ctx, source, nav, item);
    navigation[nav.name] = `${editLink}/${nav.name}`;
  }
  const type = listItemEntityType(source.list.entityName, source.list.baseTemplate);
  return new ODataEntity(
    { type, id: item.guid, uri: `${ctx.apiUrl}/${editLink}`, editLink, etag: etagOf(item) },
    props,
    navigation,
  );
}

function navigationIds(nav: Navigation, item: ItemRecord): number[] {
  if (nav.field.internalName === 'Author' && nav.field.fromBaseType) return [item.authorId];
  if (nav.field.internalName === 'Editor' && nav.field.fromBaseType) return [item.editorId];
  const value: StoredValue | undefined = item.values[nav.field.internalName];
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? (value as number[]) : [value as number];
}

function expandNavigation(
  ctx: RequestContext,
  source: ItemSource,
  nav: Navigation,
  item: ItemRecord,
): ODataValue {
  const multi = nav.field.type === 'UserMulti' || nav.field.type === 'LookupMulti';
  const ids = navigationIds(nav, item);
  const user = isUserType(nav.field.type);
  const targetType = user ? 'SP.Data.UserInfoItem' : lookupTargetType(ctx, nav.field);
  const wanted =
    nav.props ??
    (user
      ? ['Id', 'Title', 'EMail', 'Name', 'UserName', 'JobTitle', 'Department']
      : ['Id', nav.field.lookupField ?? 'Title']);
  const entities: ODataEntity[] = [];
  for (const id of ids) {
    const entity = user
      ? userTarget(ctx, source.user(id), wanted)
      : lookupTarget(ctx, source, nav.field, id, wanted);
    if (entity) entities.push(entity);
  }
  if (multi) return new ODataCollection(targetType, entities);
  // An empty person or lookup column still expands to an object, with every selected property null.
  return entities[0] ?? new ODataComplex(targetType, Object.fromEntries(wanted.map((p) => [p, null])));
}

function userTarget(
  ctx: RequestContext,
  user: UserRecord | undefined,
  wanted: readonly string[],
): ODataEntity | undefined {
  if (!user) return undefined;
  const editLink = `Web/SiteUserInfoList/Items(${user.id})`;
  const props: ODataProps = {};
  for (const name of wanted) props[name] = (userProperty(name)?.(user) ?? null) as ODataValue;
  return new ODataEntity(
    {
      type: 'SP.Data.UserInfoItem',
      id: stableGuid(`user:${user.id}`),
      uri: `${ctx.apiUrl}/${editLink}`,
      editLink,
    },
    props,
  );
}

function lookupTargetType(ctx: RequestContext, field: FieldRecord): string {
  const list = ctx.site.lists.all().find((l) => l.id === field.lookupListId);
  return list ? listItemEntityType(list.entityName, list.baseTemplate) : 'SP.ListItem';
}

function lookupTarget(
  ctx: RequestContext,
  source: ItemSource,
  field: FieldRecord,
  id: number,
  wanted: readonly string[],
): ODataEntity | undefined {
  const listId = field.lookupListId as string;
  const target = source.lookupItem(listId, id);
  if (!target) return undefined;
  const targetFields = source.lookupFields(listId);
  const props: ODataProps = {};
  for (const name of wanted) {
    if (name === 'Id' || name === 'ID') {
      props[name] = target.id;
      continue;
    }
    const targetField = targetFields.find((f) => f.internalName === name);
    props[name] = targetField
      ? ((fieldValueProps(targetField, target.values[name])[itemPropertyName(targetField)] ??
          null) as ODataValue)
      : null;
  }
  const editLink = `Web/Lists(guid'${listId}')/Items(${target.id})`;
  return new ODataEntity(
    { type: lookupTargetType(ctx, field), id: target.guid, uri: `${ctx.apiUrl}/${editLink}`, editLink },
    props,
  );
}
