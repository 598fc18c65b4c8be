import { normalizeDateTime } from './item-values';
import type { FieldRecord, StoredValue } from './types';

/** One `{ FieldName, FieldValue }` of SP.ListItem.ValidateUpdateListItem. */
export interface FormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

/** A form value read into a stored value, or the reason it cannot be (SharePoint answers it per field). */
export type FormReading = { readonly value: StoredValue } | { readonly error: string };

export interface FormContext {
  /** The site user id behind a claims login name or e-mail ("Key" of a people value), if any. */
  readonly userByKey: (key: string) => number | undefined;
}

/**
 * Reads a field's value in the text form ValidateUpdateListItem takes (what SharePoint's forms post):
 * numbers with '.' or ',' as decimal separator (the site's locale is Czech), dates as ISO 8601 or
 * d.M.yyyy [H:mm], Booleans as 1/0, true/false or yes/no, choices ";#a;#b;#", people as JSON
 * `[{"Key":"i:0#.f|membership|a@b"}]`, lookups "3" or "3;#Title" (multi: "1;#;#2;#"), links
 * "https://…, description". An empty text clears the value; a required field may not be cleared.
 */
export function readFormValue(field: FieldRecord, text: string, context: FormContext): FormReading {
  const trimmed = text.trim();
  if (trimmed === '') {
    if (field.required) return { error: 'You must specify a value for this required field.' };
    return { value: isMulti(field) ? [] : null };
  }
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return { value: text };
    case 'Number':
    case 'Currency': {
      if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return { error: 'Only numbers can go here.' };
      return { value: Number(trimmed.replace(',', '.')) };
    }
    case 'Boolean': {
      const lower = trimmed.toLowerCase();
      if (['1', 'true', 'yes'].includes(lower)) return { value: true };
      if (['0', 'false', 'no'].includes(lower)) return { value: false };
      return { error: `'${text}' is not a valid Yes/No value.` };
    }
    case 'DateTime': {
      const date = normalizeDateTime(trimmed) ?? czechDate(trimmed);
      return date
        ? { value: date }
        : { error: 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.' };
    }
    case 'MultiChoice':
      return { value: splitChoices(trimmed) };
    case 'User':
    case 'UserMulti':
      return readPeople(field, trimmed, context);
    case 'Lookup':
    case 'LookupMulti':
      return readLookups(field, trimmed);
    case 'URL': {
      const [url = '', ...rest] = trimmed.split(', ');
      const description = rest.join(', ');
      return { value: { Url: url, Description: description === '' ? url : description } };
    }
    default:
      return { error: `The field '${field.internalName}' cannot be updated.` };
  }
}

function isMulti(field: FieldRecord): boolean {
  return field.type === 'MultiChoice' || field.type === 'UserMulti' || field.type === 'LookupMulti';
}

function splitChoices(text: string): string[] {
  return text.split(';#').filter((choice) => choice !== '');
}

/** d.M.yyyy or d. M. yyyy, optionally H:mm: the Czech site's date format, read as UTC. */
function czechDate(text: string): string | undefined {
  const match = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const [, day, month, year, hour = '0', minute = '0'] = match;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}T${hour.padStart(2, '0')}:${minute}:00Z`;
  return normalizeDateTime(iso);
}

function readPeople(field: FieldRecord, text: string, context: FormContext): FormReading {
  let keys: string[];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error('not an array');
    keys = parsed.map((entry: unknown) => {
      const key = (entry as { Key?: unknown } | null)?.Key;
      if (typeof key !== 'string') throw new Error('no Key');
      return key;
    });
  } catch {
    return { error: 'The user does not exist or is not unique.' };
  }
  const ids: number[] = [];
  for (const key of keys) {
    const id = context.userByKey(key);
    if (id === undefined) return { error: 'The user does not exist or is not unique.' };
    ids.push(id);
  }
  if (field.type === 'User') {
    if (ids.length > 1) return { error: 'You can only enter one name.' };
    return { value: ids[0] ?? null };
  }
  return { value: [...new Set(ids)] };
}

function readLookups(field: FieldRecord, text: string): FormReading {
  // "3;#Title;#5;#Other" or "3;#;#5;#": the ids are every other entry.
  const parts = text.split(';#');
  const ids: number[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = (parts[i] ?? '').trim();
    if (part === '') continue;
    if (!/^\d+$/.test(part)) return { error: `'${text}' is not a valid lookup value.` };
    ids.push(Number(part));
  }
  if (field.type === 'Lookup') {
    if (ids.length > 1) return { error: 'This field can have only one value.' };
    return { value: ids[0] ?? null };
  }
  return { value: ids };
}
