import type { Locale } from '@kvalita/core';
import type { FieldSchema, FieldType } from '../schema/types';

/** What provisioning reads of an existing column (base SP.Field properties only, so one GET serves all types). */
export interface CurrentField {
  readonly InternalName: string;
  readonly Title: string;
  readonly TypeAsString: string;
  readonly Indexed: boolean;
  readonly Required: boolean;
  readonly EnforceUniqueValues: boolean;
  /** Choices live only on SP.FieldChoice; SchemaXml carries them for every field type. */
  readonly SchemaXml: string;
}

/** One MERGE on a field: the properties and the entity type SharePoint expects them on. */
export interface FieldUpdate {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly entityType: string;
}

/** A column exists under our internal name with a type we cannot turn it into. */
export class SchemaConflictError extends Error {
  override readonly name = 'SchemaConflictError';
}

/** SharePoint's FieldTypeKind numbers (SP.FieldType). */
const FIELD_TYPE_KIND: Readonly<Record<FieldType, number>> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20,
};

export type FieldCreation =
  | { readonly kind: 'field'; readonly fieldTypeKind: number; readonly properties: Record<string, unknown> }
  | { readonly kind: 'lookup'; readonly properties: Record<string, unknown> };

/**
 * How to create a column under its ASCII internal name (the title comes afterwards: SharePoint
 * derives the internal name from the first title and never changes it).
 */
export function fieldCreation(field: FieldSchema, lookupListId: string | undefined): FieldCreation {
  if (field.type === 'Lookup' || field.type === 'LookupMulti') {
    if (lookupListId === undefined) {
      throw new SchemaConflictError(
        `Lookup ${field.name} points at list "${field.lookupList}", which must be provisioned first`,
      );
    }
    // AddField's creation information has no multi-value flag: fieldUpdates sets it afterwards.
    return { kind: 'lookup', properties: { LookupListId: lookupListId, LookupFieldName: 'Title' } };
  }
  const properties: Record<string, unknown> = {};
  if (field.maxLength !== undefined) properties.MaxLength = field.maxLength;
  if (field.type === 'Choice' || field.type === 'MultiChoice') {
    properties.Choices = { results: (field.choices ?? []).map((choice) => choice.label) };
  }
  if (field.type === 'DateTime') properties.DisplayFormat = field.dateOnly ? 0 : 1;
  if (field.type === 'Number') {
    if (field.min !== undefined) properties.MinimumValue = field.min;
    if (field.max !== undefined) properties.MaximumValue = field.max;
  }
  if (field.type === 'User' || field.type === 'UserMulti') {
    properties.SelectionMode = 0; // people only, no groups
    properties.AllowMultipleValues = field.type === 'UserMulti';
  }
  if (field.type === 'Note') properties.RichText = false;
  return { kind: 'field', fieldTypeKind: FIELD_TYPE_KIND[field.type], properties };
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The <CHOICE> values of a field's SchemaXml, in order. */
export function choicesOf(schemaXml: string): string[] {
  const block = /<CHOICES>([\s\S]*?)<\/CHOICES>/.exec(schemaXml)?.[1] ?? '';
  return [...block.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/g)].map((match) =>
    (match[1] ?? '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return XML_ENTITIES[name] ?? entity;
    }),
  );
}

/**
 * The MERGEs that bring an existing column to its schema, in the order SharePoint accepts them:
 * uniqueness is switched off before the index is dropped and on only after the column is indexed.
 * Choices someone added by hand are kept; missing ones are added after the schema's own.
 */
export function fieldUpdates(field: FieldSchema, current: CurrentField, locale: Locale): FieldUpdate[] {
  const upgradeToMulti = field.type === 'LookupMulti' && current.TypeAsString === 'Lookup';
  if (current.TypeAsString !== field.type && !upgradeToMulti) {
    throw new SchemaConflictError(
      `Column ${field.name} is of type ${current.TypeAsString}, Kvalita needs ${field.type}. ` +
        'Rename or remove that column in SharePoint, then provision again.',
    );
  }
  const unique = field.unique ?? false;
  const wanted = {
    Title: field.title[locale],
    Required: field.required ?? false,
    Indexed: (field.indexed ?? false) || unique,
  };
  const state: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (current[key as keyof typeof wanted] !== value) state[key] = value;
  }
  if (field.choices) {
    const existing = choicesOf(current.SchemaXml);
    const labels = field.choices.map((choice) => choice.label);
    if (labels.some((label) => !existing.includes(label))) {
      state.Choices = [...labels, ...existing.filter((label) => !labels.includes(label))];
    }
  }
  const updates: FieldUpdate[] = [];
  const uniqueChange = current.EnforceUniqueValues !== unique;
  if (uniqueChange && !unique) {
    updates.push({ properties: { EnforceUniqueValues: false }, entityType: 'SP.Field' });
  }
  if (Object.keys(state).length > 0) updates.push({ properties: state, entityType: 'SP.Field' });
  if (upgradeToMulti) {
    updates.push({ properties: { AllowMultipleValues: true }, entityType: 'SP.FieldLookup' });
  }
  if (uniqueChange && unique) {
    updates.push({ properties: { EnforceUniqueValues: true }, entityType: 'SP.Field' });
  }
  return updates;
}
