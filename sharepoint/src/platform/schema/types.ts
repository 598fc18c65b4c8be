import type { Locale } from '@kvalita/core';

/** Field types Kvalita uses, named as SharePoint names them (TypeAsString). */
export type FieldType =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'User'
  | 'UserMulti'
  | 'Lookup'
  | 'LookupMulti'
  | 'URL';

export type DisplayTitle = Readonly<Record<Locale, string>>;

/**
 * A choice as stored in SharePoint: people who open the list in SharePoint see `label`
 * (Czech, the site's language); code reads and writes the stable `code`.
 */
export interface ChoiceOption {
  readonly code: string;
  readonly label: string;
  /**
   * Labels this choice had before (a wording fixed later): items stored with them still read as
   * this code, and provisioning keeps them among the column's choices; writes use `label`.
   */
  readonly formerLabels?: readonly string[];
}

export interface FieldSchema {
  /** ASCII internal name; never changes once provisioned. */
  readonly name: string;
  readonly type: FieldType;
  readonly title: DisplayTitle;
  readonly required?: boolean;
  /** Every column a query filters on is indexed (list view threshold). */
  readonly indexed?: boolean;
  readonly unique?: boolean;
  readonly maxLength?: number;
  readonly choices?: readonly ChoiceOption[];
  /** Lookup target: the `key` of another list schema, provisioned before this one. */
  readonly lookupList?: string;
  readonly dateOnly?: boolean;
  /** Number bounds (MinimumValue/MaximumValue), set when the column is created. */
  readonly min?: number;
  readonly max?: number;
}

/** Who may read and write a list's rows in SharePoint (see ListSchema.permissions). */
export const LIST_PERMISSIONS = ['inherited', 'serviceOnly', 'readOnlyForPeople'] as const;
export type ListPermissions = (typeof LIST_PERMISSIONS)[number];

export interface ListSchema {
  /** Stable key used in code and lookups. */
  readonly key: string;
  /** URL leaf, ASCII, e.g. "KvalitaMeasures" (lists live under Lists/, libraries at the web root). */
  readonly urlName: string;
  readonly template: 'genericList' | 'documentLibrary';
  readonly title: DisplayTitle;
  readonly description: DisplayTitle;
  /** Display title of the built-in Title column. */
  readonly titleField: DisplayTitle;
  /** Keep item versions (documents and records whose history matters). */
  readonly versioning?: boolean;
  /** A document library's version and approval settings (libraries only; needs `versioning`). */
  readonly library?: LibrarySettings;
  /**
   * Who may read the list. 'inherited' (the default): whoever may read the site. 'serviceOnly':
   * provisioning breaks role inheritance without copying the site's role assignments, so only the
   * app (its app-only permission) and site collection administrators reach the rows — lists whose
   * rows, put together, could tell who answered what or who has not answered, and lists whose rows
   * the service's rules guard (CAF scores, consensus, team, cycles): read or written in SharePoint,
   * they would go around those rules. 'readOnlyForPeople': rules-governed data people may read
   * (measures and their history): provisioning breaks role inheritance the same way, then gives the
   * site's owners, members and visitors groups the Read role, so people read the rows in SharePoint
   * (REST, the list's views, the web parts) and only the app writes them — the web parts change them
   * through the service's API, which applies the rules.
   */
  readonly permissions?: ListPermissions;
  readonly fields: readonly FieldSchema[];
  /**
   * Rewrites of rows stored in an older format, run by provisioning on every row of an existing
   * list (the columns they read are long text, which SharePoint cannot filter on).
   */
  readonly migrations?: readonly RowMigration[];
}

/** A stored row as a migration reads it: its id, its ETag and the columns it asked for. */
export type StoredRow = Readonly<Record<string, unknown>> & { readonly Id: number };

export interface RowMigration {
  /** What it changes, for the provisioning log. */
  readonly description: string;
  /** The columns it reads and writes (they must be the list's own). */
  readonly columns: readonly string[];
  /** The row's new values, or null when the row is already in the current format. */
  readonly migrate: (row: StoredRow) => Readonly<Record<string, unknown>> | null;
}

/** Who sees a library's drafts (minor versions, and major versions awaiting approval). SP.DraftVisibilityType. */
export const DRAFT_VISIBILITY = { reader: 0, author: 1, approver: 2 } as const;
export type DraftVisibility = keyof typeof DRAFT_VISIBILITY;

/**
 * A document library's versioning and content approval, as SP.List names them. Provisioning sets
 * them when the library is created and corrects them when they drift (someone changed them in the
 * library's settings), so a controlled document's drafts stay hidden and its versions stay kept.
 */
export interface LibrarySettings {
  /** EnableMinorVersions: drafts are minor versions (0.1, 1.1), a publish makes the next major one. */
  readonly minorVersions: boolean;
  /** EnableModeration: a new major version waits for approval (file.approve) before readers see it. */
  readonly contentApproval: boolean;
  /** DraftVersionVisibility: who sees drafts and pending versions. */
  readonly draftVisibility: DraftVisibility;
  /** MajorVersionLimit: how many major versions SharePoint keeps (older ones are deleted). */
  readonly majorVersionLimit: number;
  /** MajorWithMinorVersionsLimit: for how many major versions the drafts are kept. */
  readonly majorWithMinorVersionsLimit: number;
}

/**
 * SharePoint Online's highest version limits (no "unlimited" exists online): a library at these
 * limits keeps every version an office will ever write, so none is trimmed.
 */
export const MAX_VERSION_LIMIT = 50_000;

export const BASE_TEMPLATE: Readonly<Record<ListSchema['template'], number>> = {
  genericList: 100,
  documentLibrary: 101,
};

/** Server-relative URL of a list on a web, as SharePoint builds it. */
export function listServerRelativeUrl(webServerRelativeUrl: string, list: ListSchema): string {
  const web = webServerRelativeUrl.replace(/\/$/, '');
  return list.template === 'genericList' ? `${web}/Lists/${list.urlName}` : `${web}/${list.urlName}`;
}

/**
 * Choices declared once with `as const`, so the codes are a type (e.g. `ChoiceCode<typeof X>`)
 * and the same array is the field's choices.
 */
export type ChoiceCode<T extends readonly ChoiceOption[]> = T[number]['code'];

/** The codes of a choice column declared `as const`; `string` for one whose choices are not literal. */
export type ChoiceCodeOf<F extends FieldSchema> = F extends {
  readonly choices: infer C extends readonly ChoiceOption[];
}
  ? ChoiceCode<C>
  : string;

/** Column types SharePoint cannot index (multi-value, long text, links). */
export const UNINDEXABLE_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
  'Note',
  'MultiChoice',
  'UserMulti',
  'LookupMulti',
  'URL',
]);

export function choiceLabel<F extends FieldSchema>(field: F, code: ChoiceCodeOf<F>): string {
  const option = field.choices?.find((choice) => choice.code === code);
  if (!option) throw new Error(`Field ${field.name} has no choice "${code}"`);
  return option.label;
}

/** Maps a stored choice back to its code; null for a value someone typed in SharePoint by hand. */
export function choiceCode<F extends FieldSchema>(field: F, label: unknown): ChoiceCodeOf<F> | null {
  const options: readonly ChoiceOption[] = field.choices ?? [];
  const option =
    options.find((choice) => choice.label === label) ??
    options.find((choice) => typeof label === 'string' && (choice.formerLabels ?? []).includes(label));
  return (option?.code ?? null) as ChoiceCodeOf<F> | null;
}

/** The names of a list's own columns (what `fieldOf` and the item types take). */
export type FieldName<L extends ListSchema> = L['fields'][number]['name'];

/** The names of some columns, typed by them (e.g. to read a group of columns a list shares). */
export function fieldNames<F extends readonly FieldSchema[]>(fields: F): F[number]['name'][] {
  return fields.map((field) => field.name);
}

/** The schema of one column, with its literal type when the list is declared `as const`. */
export type FieldNamed<L extends ListSchema, N extends FieldName<L>> = Extract<
  L['fields'][number],
  { readonly name: N }
>;

export function fieldOf<L extends ListSchema, N extends FieldName<L>>(list: L, name: N): FieldNamed<L, N> {
  const field = list.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`List ${list.key} has no field ${name}`);
  return field as FieldNamed<L, N>;
}

/** Czech label ↔ stable code of one choice column, typed by the column's codes. */
export interface ChoiceColumn<Code extends string> {
  label(code: Code): string;
  /** null for a label someone typed in SharePoint by hand (callers read it as the safe default). */
  code(label: unknown): Code | null;
}

export function choiceColumn<L extends ListSchema, N extends FieldName<L>>(
  list: L,
  name: N,
): ChoiceColumn<ChoiceCodeOf<FieldNamed<L, N>>> {
  const field = fieldOf(list, name);
  if (!field.choices) throw new Error(`Field ${name} of list ${list.key} has no choices`);
  return { label: (code) => choiceLabel(field, code), code: (label) => choiceCode(field, label) };
}
