import type { FieldSchema, FieldType, ListSchema } from './types';

/**
 * Item types derived from a list's schema (declared `as const satisfies ListSchema`), so an internal
 * column name is written once, in the schema, and every read and write is checked against it.
 *
 * Reads are what SharePoint answers with minimal metadata. Every column may be empty, required or
 * not (the REST API does not enforce Required), so reads are nullable; choices arrive as their
 * stored (Czech) labels, to be mapped with `choiceColumn`. A person column reads as `${Name}Id`,
 * or expanded as `Name` with e-mail and display name; a lookup reads and writes as `${Name}Id`.
 */

/** A person column expanded with `Name/EMail` and `Name/Title` (what `selectOf` asks for). */
export interface PersonRead {
  readonly EMail: string | null;
  readonly Title: string | null;
}

export interface LinkValue {
  readonly Url: string;
  readonly Description: string;
}

type LinkType = 'User' | 'UserMulti' | 'Lookup' | 'LookupMulti';
type SingleLinkType = 'User' | 'Lookup';

type ReadValue<T extends FieldType> = T extends 'Text' | 'Note' | 'DateTime' | 'Choice'
  ? string | null
  : T extends 'Number' | 'Currency'
    ? number | null
    : T extends 'Boolean'
      ? boolean | null
      : T extends 'MultiChoice'
        ? readonly string[] | null
        : T extends 'URL'
          ? LinkValue | null
          : T extends 'User'
            ? PersonRead | null
            : T extends 'UserMulti'
              ? readonly PersonRead[] | null
              : never;

type WriteValue<T extends FieldType> = T extends 'Text' | 'Note' | 'DateTime' | 'Choice'
  ? string | null
  : T extends 'Number' | 'Currency'
    ? number | null
    : T extends 'Boolean'
      ? boolean | null
      : T extends 'MultiChoice'
        ? readonly string[]
        : T extends 'URL'
          ? LinkValue | null
          : T extends SingleLinkType
            ? number | null
            : readonly number[];

type LinkIdValue<T extends FieldType> = T extends SingleLinkType ? number | null : readonly number[] | null;

type Columns<L extends ListSchema> = L['fields'][number];
type Expandable<F extends FieldSchema> = Exclude<F, { readonly type: 'Lookup' | 'LookupMulti' }>;
type Linked<F extends FieldSchema> = Extract<F, { readonly type: LinkType }>;
type WriteKey<F extends FieldSchema> = F['type'] extends LinkType ? `${F['name']}Id` : F['name'];

/** What every list item has besides the schema's columns. */
export interface BuiltInRead {
  readonly Id: number;
  readonly Title: string | null;
  /** ISO date and time (UTC). */
  readonly Created: string;
  readonly Modified: string;
  readonly Author: PersonRead | null;
  readonly AuthorId: number;
  readonly Editor: PersonRead | null;
  readonly EditorId: number;
}

/** An item of the list as SharePoint reads it, every column included. */
export type ItemOf<L extends ListSchema> = BuiltInRead & {
  readonly [F in Expandable<Columns<L>> as F['name']]: ReadValue<F['type']>;
} & {
  readonly [F in Linked<Columns<L>> as `${F['name']}Id`]: LinkIdValue<F['type']>;
};

/** A name `selectOf` takes: a column (a person column expanded), `${Name}Id` of a link, or a built-in. */
export type SelectableName<L extends ListSchema> = keyof ItemOf<L> & string;

type Writable<F extends FieldSchema> = {
  [C in F as WriteKey<C>]: WriteValue<C['type']>;
};

/** What an update may send: any of the list's columns (people and lookups as `${Name}Id`). */
export type ItemChangesOf<L extends ListSchema> = Partial<{ Title: string | null } & Writable<Columns<L>>>;

/** What adding an item must send: every column the schema requires, with a value; the rest as for an update. */
export type NewItemOf<L extends ListSchema> = ItemChangesOf<L> & {
  [C in Extract<Columns<L>, { readonly required: true }> as WriteKey<C>]: NonNullable<WriteValue<C['type']>>;
};
