import { spErrors } from '../errors';
import { ODataCollection, ODataComplex, type ODataProps } from '../odata/values';
import { SYSTEM_ITEM_PROPERTIES } from './builtin-fields';
import { isIdValued } from './field-kinds';
import {
  isPlainObject,
  readBoolean,
  readCollection,
  readInteger,
  readNumber,
  readString,
  type JsonObject,
} from './json-input';
import { entityPropertyName, listItemEntityType } from './names';
import type { FieldRecord, ListRecord, StoredValue, UrlValue } from './types';

/** Fields whose values an item stores: every custom field, plus the built-in Title. */
export function valueFields(fields: readonly FieldRecord[]): FieldRecord[] {
  return fields.filter((f) => !f.fromBaseType || f.internalName === 'Title');
}

/** The item property a field is written and read under: Foo, or FooId for user and lookup fields. */
export function itemPropertyName(field: FieldRecord): string {
  const base = entityPropertyName(field.internalName);
  return isIdValued(field.type) ? `${base}Id` : base;
}

export interface ItemWriteContext {
  readonly list: ListRecord;
  readonly fields: readonly FieldRecord[];
  /** The body is in the verbose dialect (Content-Type odata=verbose). */
  readonly verbose: boolean;
  readonly userExists: (id: number) => boolean;
}

/**
 * Reads an item add/update body into stored values by internal name. Property names follow
 * SharePoint's item entity: unknown properties, system properties and values of the wrong type are
 * refused with SharePoint's errors, before anything is written.
 */
export function readItemBody(body: JsonObject, context: ItemWriteContext): Record<string, StoredValue> {
  const entityType = listItemEntityType(context.list.entityName, context.list.baseTemplate);
  const byProperty = new Map<string, FieldRecord>(
    valueFields(context.fields).map((f) => [itemPropertyName(f), f]),
  );
  const values: Record<string, StoredValue> = {};
  for (const [name, raw] of Object.entries(body)) {
    if (name === '__metadata') {
      if (!context.verbose) throw spErrors.propertyNotFound('__metadata', entityType);
      const type = isPlainObject(raw) ? raw['type'] : undefined;
      if (typeof type !== 'string') throw spErrors.invalidQuery('The __metadata of the entity has no type.');
      if (type !== entityType) throw spErrors.typeNotResolved(type);
      continue;
    }
    const field = byProperty.get(name);
    if (!field && name === 'FileLeafRef')
      throw spErrors.unsupportedByEmulator('Renaming a file through FileLeafRef');
    if (!field) {
      if (SYSTEM_ITEM_PROPERTIES.has(name) || name.endsWith('StringId'))
        throw spErrors.readOnlyProperty(name);
      throw spErrors.propertyNotFound(name, entityType);
    }
    values[field.internalName] = readFieldValue(field, raw, context);
  }
  return values;
}

function readFieldValue(field: FieldRecord, raw: unknown, context: ItemWriteContext): StoredValue {
  if (raw === null || raw === undefined)
    return field.type === 'UserMulti' || field.type === 'LookupMulti' || field.type === 'MultiChoice'
      ? []
      : null;
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      const text = readString(raw);
      return text === '' ? null : text;
    }
    case 'Number':
    case 'Currency':
      return readNumber(raw, 'Edm.Double');
    case 'Boolean':
      return readBoolean(raw);
    case 'DateTime':
      return readDateTime(raw);
    case 'MultiChoice':
      return readCollection(raw, context.verbose).map((v) => readString(v));
    case 'User':
      return readUserId(raw, context);
    case 'UserMulti':
      return readCollection(raw, context.verbose).map((v) => {
        const id = readUserId(v, context);
        if (id === null) throw spErrors.userNotValid();
        return id;
      });
    case 'Lookup':
      return readLookupId(raw);
    case 'LookupMulti':
      return readCollection(raw, context.verbose).map((v) => {
        const id = readLookupId(v);
        if (id === null) throw spErrors.cannotConvert(String(v), 'Edm.Int32');
        return id;
      });
    case 'URL':
      return readUrl(raw, context.verbose);
    default:
      throw spErrors.readOnlyProperty(itemPropertyName(field));
  }
}

/** SharePoint returns dates as UTC without fractions: 2024-05-01T08:30:00Z. */
export function normalizeDateTime(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed))
    return undefined;
  const withZone = /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
    ? `${trimmed}T00:00:00Z`
    : /(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)
      ? trimmed
      : `${trimmed}Z`;
  const time = Date.parse(withZone.replace(' ', 'T'));
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function readDateTime(raw: unknown): string {
  const text = readString(raw, 'Edm.DateTime');
  const normalized = normalizeDateTime(text);
  if (!normalized) throw spErrors.cannotConvert(text, 'Edm.DateTime');
  return normalized;
}

function readUserId(raw: unknown, context: ItemWriteContext): number | null {
  const id = readInteger(raw);
  if (id === -1 || id === 0) return null;
  if (!context.userExists(id)) throw spErrors.userNotValid();
  return id;
}

function readLookupId(raw: unknown): number | null {
  const id = readInteger(raw);
  return id <= 0 ? null : id;
}

function readUrl(raw: unknown, verbose: boolean): UrlValue {
  if (!isPlainObject(raw)) throw spErrors.cannotConvertPrimitive('SP.FieldUrlValue');
  let url: string | undefined;
  let description: string | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (key === '__metadata' && verbose) continue;
    if (key === 'Url') url = readString(value);
    else if (key === 'Description') description = value === null ? undefined : readString(value);
    else throw spErrors.propertyNotFound(key, 'SP.FieldUrlValue');
  }
  if (url === undefined) throw spErrors.invalidArgument('The Url of a hyperlink value is missing.');
  return { Url: url, Description: description ?? url };
}

/** The item properties a field contributes when read (FooId and FooStringId for people). */
export function fieldValueProps(field: FieldRecord, value: StoredValue | undefined): ODataProps {
  const name = itemPropertyName(field);
  const v = value ?? null;
  switch (field.type) {
    case 'User':
      return {
        [name]: v as number | null,
        [`${entityPropertyName(field.internalName)}StringId`]: v === null ? null : String(v),
      };
    case 'UserMulti': {
      const ids = (v as number[] | null) ?? [];
      return {
        [name]: new ODataCollection('Edm.Int32', ids),
        [`${entityPropertyName(field.internalName)}StringId`]: new ODataCollection(
          'Edm.String',
          ids.map(String),
        ),
      };
    }
    case 'LookupMulti':
      return { [name]: new ODataCollection('Edm.Int32', (v as number[] | null) ?? []) };
    case 'MultiChoice':
      return { [name]: v === null ? null : new ODataCollection('Edm.String', v as string[]) };
    case 'URL': {
      const url = v as UrlValue | null;
      return {
        [name]:
          url === null
            ? null
            : new ODataComplex('SP.FieldUrlValue', { Description: url.Description, Url: url.Url }),
      };
    }
    default:
      return { [name]: v as string | number | boolean | null };
  }
}
