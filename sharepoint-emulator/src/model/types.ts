/** Records as the emulator stores them. Property bags use SharePoint's own property names. */

export type JsonValue = null | string | number | boolean | JsonValue[] | { [key: string]: JsonValue };

/** Field types the emulator stores values for, plus the built-in system types of every list. */
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
  | 'URL'
  | 'Counter'
  | 'Computed'
  | 'Guid'
  | 'Attachments'
  | 'ContentTypeId'
  | 'File';

export interface FieldRecord {
  readonly id: string;
  readonly internalName: string;
  readonly title: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly enforceUniqueValues: boolean;
  readonly hidden: boolean;
  readonly readOnly: boolean;
  /** Built into the list template (Title, Created, Author…): cannot be deleted. */
  readonly fromBaseType: boolean;
  readonly choices?: readonly string[];
  /** Lookup target list id (lower-case GUID without braces). */
  readonly lookupListId?: string;
  /** Lookup target field internal name ('Title' by default). */
  readonly lookupField?: string;
  /** Every other SharePoint property that was set (MaxLength, Description, Group, DefaultValue…). */
  readonly props: Readonly<Record<string, JsonValue>>;
}

export type ListTemplate = 100 | 101;

export interface ListRecord {
  readonly id: string;
  readonly title: string;
  /** e.g. /sites/kvalita/Lists/KvalitaMeasures (fixed at creation, from the title). */
  readonly serverRelativeUrl: string;
  readonly baseTemplate: ListTemplate;
  /** The encoded URL name behind EntityTypeName and ListItemEntityTypeFullName, e.g. KvalitaMeasures. */
  readonly entityName: string;
  readonly contentTypeId: string;
  readonly created: string;
  readonly lastItemModified: string;
  readonly lastItemDeleted: string;
  /** Other SharePoint list properties (Description, EnableVersioning, Hidden…). */
  readonly props: Readonly<Record<string, JsonValue>>;
}

export interface UrlValue {
  readonly Url: string;
  readonly Description: string;
}

/** A stored field value: user and lookup fields keep ids, multi-value fields arrays. */
export type StoredValue = null | string | number | boolean | readonly string[] | readonly number[] | UrlValue;

export interface ItemRecord {
  readonly listId: string;
  readonly id: number;
  readonly guid: string;
  readonly created: string;
  readonly modified: string;
  readonly authorId: number;
  readonly editorId: number;
  /** owshiddenversion: the number inside the item's ETag, +1 on every update. */
  readonly version: number;
  /** The item's version number (major * 512): 1.0, then +1.0 per update while the list keeps versions. */
  readonly uiVersion: number;
  /** Values of non-system fields by internal name. */
  readonly values: Readonly<Record<string, StoredValue>>;
}

export interface UserRecord {
  readonly id: number;
  readonly loginName: string;
  readonly email: string;
  readonly title: string;
  readonly userPrincipalName: string;
  readonly isSiteAdmin: boolean;
  readonly jobTitle: string | null;
  readonly department: string | null;
}
