import type { FieldType, JsonValue } from './types';

/** The JSON type a writable field property accepts. */
export type PropKind = 'string' | 'nullableString' | 'number' | 'boolean' | 'stringArray' | 'guid';

export interface PropSpec {
  readonly kind: PropKind;
  /** What SharePoint reports when the property was never set. */
  readonly default: JsonValue;
}

export interface FieldKind {
  readonly type: FieldType;
  readonly fieldTypeKind: number;
  /** Entity type of the field itself, e.g. SP.FieldText. */
  readonly odataType: string;
  readonly typeDisplayName: string;
  readonly typeShortDescription: string;
  /** Properties specific to this field type (besides SP.Field's own). */
  readonly props: Readonly<Record<string, PropSpec>>;
}

const s = (d: string): PropSpec => ({ kind: 'string', default: d });
const ns = (): PropSpec => ({ kind: 'nullableString', default: null });
const n = (d: number): PropSpec => ({ kind: 'number', default: d });
const b = (d: boolean): PropSpec => ({ kind: 'boolean', default: d });

/** SP.Field properties a client may set when creating or updating any field. */
export const BASE_FIELD_PROPS: Readonly<Record<string, PropSpec>> = {
  Title: s(''),
  Description: s(''),
  Group: s('Custom Columns'),
  Required: b(false),
  EnforceUniqueValues: b(false),
  Indexed: b(false),
  Hidden: b(false),
  ReadOnlyField: b(false),
  DefaultValue: ns(),
  DefaultFormula: ns(),
  ValidationFormula: ns(),
  ValidationMessage: ns(),
  StaticName: s(''),
  Direction: s('none'),
  JSLink: s('clienttemplates.js'),
  CustomFormatter: ns(),
  ClientSideComponentId: { kind: 'guid', default: '00000000-0000-0000-0000-000000000000' },
  ClientSideComponentProperties: ns(),
  ClientValidationFormula: ns(),
  ClientValidationMessage: ns(),
  ShowInFiltersPane: n(0),
  PinnedToFiltersPane: b(false),
  FieldTypeKind: n(0),
};

/** SP.Field properties that exist but cannot be written; writes of them are ignored as SharePoint does. */
export const READ_ONLY_FIELD_PROPS: ReadonlySet<string> = new Set([
  'Id',
  'InternalName',
  'EntityPropertyName',
  'CanBeDeleted',
  'FromBaseType',
  'Filterable',
  'Sortable',
  'AutoIndexed',
  'IndexStatus',
  'IsModern',
  'SchemaXml',
  'Scope',
  'Sealed',
  'TypeAsString',
  'TypeDisplayName',
  'TypeShortDescription',
]);

const NUMBER_PROPS: Record<string, PropSpec> = {
  MinimumValue: n(-1.7976931348623157e308),
  MaximumValue: n(1.7976931348623157e308),
  DisplayFormat: n(-1),
  ShowAsPercentage: b(false),
};
const CHOICE_PROPS: Record<string, PropSpec> = {
  Choices: { kind: 'stringArray', default: [] },
  EditFormat: n(0),
  FillInChoice: b(false),
};
const LOOKUP_PROPS: Record<string, PropSpec> = {
  AllowMultipleValues: b(false),
  LookupField: s(''),
  LookupList: s(''),
  LookupWebId: { kind: 'guid', default: '00000000-0000-0000-0000-000000000000' },
  RelationshipDeleteBehavior: n(0),
  IsRelationship: b(true),
  UnlimitedLengthInDocumentLibrary: b(false),
};
const USER_PROPS: Record<string, PropSpec> = {
  ...LOOKUP_PROPS,
  IsRelationship: b(false),
  AllowDisplay: b(true),
  Presence: b(true),
  SelectionGroup: n(0),
  SelectionMode: n(1),
};

const kinds: FieldKind[] = [
  {
    type: 'Text',
    fieldTypeKind: 2,
    odataType: 'SP.FieldText',
    typeDisplayName: 'Single line of text',
    typeShortDescription: 'Single line of text',
    props: { MaxLength: n(255) },
  },
  {
    type: 'Note',
    fieldTypeKind: 3,
    odataType: 'SP.FieldMultiLineText',
    typeDisplayName: 'Multiple lines of text',
    typeShortDescription: 'Multiple lines of text',
    props: {
      AllowHyperlink: b(false),
      AppendOnly: b(false),
      NumberOfLines: n(6),
      RestrictedMode: b(true),
      RichText: b(true),
      UnlimitedLengthInDocumentLibrary: b(false),
    },
  },
  {
    type: 'Number',
    fieldTypeKind: 9,
    odataType: 'SP.FieldNumber',
    typeDisplayName: 'Number',
    typeShortDescription: 'Number (1, 1.0, 100)',
    props: NUMBER_PROPS,
  },
  {
    type: 'Currency',
    fieldTypeKind: 10,
    odataType: 'SP.FieldCurrency',
    typeDisplayName: 'Currency',
    typeShortDescription: 'Currency ($, ¥, €)',
    props: { ...NUMBER_PROPS, CurrencyLocaleId: n(1029) },
  },
  {
    type: 'Boolean',
    fieldTypeKind: 8,
    odataType: 'SP.Field',
    typeDisplayName: 'Yes/No',
    typeShortDescription: 'Yes/No (check box)',
    props: {},
  },
  {
    type: 'DateTime',
    fieldTypeKind: 4,
    odataType: 'SP.FieldDateTime',
    typeDisplayName: 'Date and Time',
    typeShortDescription: 'Date and Time',
    props: { DateTimeCalendarType: n(1), DisplayFormat: n(0), FriendlyDisplayFormat: n(0) },
  },
  {
    type: 'Choice',
    fieldTypeKind: 6,
    odataType: 'SP.FieldChoice',
    typeDisplayName: 'Choice',
    typeShortDescription: 'Choice (menu to choose from)',
    props: CHOICE_PROPS,
  },
  {
    type: 'MultiChoice',
    fieldTypeKind: 15,
    odataType: 'SP.FieldMultiChoice',
    typeDisplayName: 'Choice',
    typeShortDescription: 'Choice (menu to choose from)',
    props: CHOICE_PROPS,
  },
  {
    type: 'User',
    fieldTypeKind: 20,
    odataType: 'SP.FieldUser',
    typeDisplayName: 'Person or Group',
    typeShortDescription: 'Person or Group',
    props: USER_PROPS,
  },
  {
    type: 'UserMulti',
    fieldTypeKind: 20,
    odataType: 'SP.FieldUser',
    typeDisplayName: 'Person or Group',
    typeShortDescription: 'Person or Group',
    props: USER_PROPS,
  },
  {
    type: 'Lookup',
    fieldTypeKind: 7,
    odataType: 'SP.FieldLookup',
    typeDisplayName: 'Lookup',
    typeShortDescription: 'Lookup (information already on this site)',
    props: LOOKUP_PROPS,
  },
  {
    type: 'LookupMulti',
    fieldTypeKind: 7,
    odataType: 'SP.FieldLookup',
    typeDisplayName: 'Lookup',
    typeShortDescription: 'Lookup (information already on this site)',
    props: LOOKUP_PROPS,
  },
  {
    type: 'URL',
    fieldTypeKind: 11,
    odataType: 'SP.FieldUrl',
    typeDisplayName: 'Hyperlink or Picture',
    typeShortDescription: 'Hyperlink or Picture',
    props: { DisplayFormat: n(0) },
  },
  {
    type: 'Counter',
    fieldTypeKind: 5,
    odataType: 'SP.Field',
    typeDisplayName: 'Counter',
    typeShortDescription: 'Counter',
    props: {},
  },
  {
    type: 'Computed',
    fieldTypeKind: 12,
    odataType: 'SP.FieldComputed',
    typeDisplayName: 'Computed',
    typeShortDescription: 'Computed',
    props: { EnableLookup: b(false) },
  },
  {
    type: 'Guid',
    fieldTypeKind: 14,
    odataType: 'SP.FieldGuid',
    typeDisplayName: 'Guid',
    typeShortDescription: 'Guid',
    props: {},
  },
  {
    type: 'Attachments',
    fieldTypeKind: 19,
    odataType: 'SP.Field',
    typeDisplayName: 'Attachments',
    typeShortDescription: 'Attachments',
    props: {},
  },
  {
    type: 'ContentTypeId',
    fieldTypeKind: 25,
    odataType: 'SP.Field',
    typeDisplayName: 'Content Type Id',
    typeShortDescription: 'Content Type Id',
    props: {},
  },
  {
    type: 'File',
    fieldTypeKind: 18,
    odataType: 'SP.Field',
    typeDisplayName: 'File',
    typeShortDescription: 'File',
    props: {},
  },
];

const BY_TYPE = new Map<FieldType, FieldKind>(kinds.map((k) => [k.type, k]));

export function fieldKind(type: FieldType): FieldKind {
  return BY_TYPE.get(type) as FieldKind;
}

/** Field types a client may create, by FieldTypeKind (SP.FieldType enumeration). */
const CREATABLE_BY_KIND: ReadonlyMap<number, FieldType> = new Map<number, FieldType>([
  [2, 'Text'],
  [3, 'Note'],
  [4, 'DateTime'],
  [6, 'Choice'],
  [7, 'Lookup'],
  [8, 'Boolean'],
  [9, 'Number'],
  [10, 'Currency'],
  [11, 'URL'],
  [15, 'MultiChoice'],
  [20, 'User'],
]);

export function creatableTypeForKind(kind: number): FieldType | undefined {
  return CREATABLE_BY_KIND.get(kind);
}

const CREATABLE_BY_NAME: ReadonlyMap<string, FieldType> = new Map<string, FieldType>(
  (
    [
      'Text',
      'Note',
      'Number',
      'Currency',
      'Boolean',
      'DateTime',
      'Choice',
      'MultiChoice',
      'User',
      'UserMulti',
      'Lookup',
      'LookupMulti',
      'URL',
    ] as FieldType[]
  ).map((t) => [t.toLowerCase(), t]),
);

/** Field types a client may create, by the Type attribute of a <Field> schema. */
export function creatableTypeForName(name: string): FieldType | undefined {
  return CREATABLE_BY_NAME.get(name.toLowerCase());
}

/** Entity type of a field by its __metadata type name (SP.FieldText…), for verbose field creation. */
export function odataTypeAllows(odataType: string, type: FieldType): boolean {
  if (odataType === 'SP.Field') return true;
  return fieldKind(type).odataType === odataType;
}

export const KNOWN_FIELD_ODATA_TYPES: ReadonlySet<string> = new Set([
  'SP.Field',
  ...kinds.map((k) => k.odataType),
]);

export function isUserType(type: FieldType): boolean {
  return type === 'User' || type === 'UserMulti';
}

export function isLookupType(type: FieldType): boolean {
  return type === 'Lookup' || type === 'LookupMulti';
}

/** Fields whose item property is FooId (a user or lookup id) rather than Foo. */
export function isIdValued(type: FieldType): boolean {
  return isUserType(type) || isLookupType(type);
}
