import type { FieldRecord, FieldType, ListTemplate } from './types';

/** The fields every new list gets from its template, with SharePoint's well-known field ids. */
interface BuiltIn {
  readonly id: string;
  readonly internalName: string;
  readonly title: string;
  readonly type: FieldType;
  readonly hidden?: boolean;
  readonly readOnly?: boolean;
  readonly required?: boolean;
  readonly props?: FieldRecord['props'];
}

const COMMON: readonly BuiltIn[] = [
  {
    id: '03e45e84-1992-4d42-9116-26f756012634',
    internalName: 'ContentTypeId',
    title: 'Content Type ID',
    type: 'ContentTypeId',
    hidden: true,
    readOnly: true,
  },
  {
    id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
    internalName: 'ID',
    title: 'ID',
    type: 'Counter',
    readOnly: true,
  },
  {
    id: 'c042a256-787d-4a6f-8a8a-cf6ab767f12d',
    internalName: 'ContentType',
    title: 'Content Type',
    type: 'Computed',
  },
  {
    id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
    internalName: 'Modified',
    title: 'Modified',
    type: 'DateTime',
    readOnly: true,
    props: { DisplayFormat: 1 },
  },
  {
    id: '8c06beca-0777-48f7-91c7-6da68bc07b69',
    internalName: 'Created',
    title: 'Created',
    type: 'DateTime',
    readOnly: true,
    props: { DisplayFormat: 1 },
  },
  {
    id: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
    internalName: 'Author',
    title: 'Created By',
    type: 'User',
    readOnly: true,
  },
  {
    id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
    internalName: 'Editor',
    title: 'Modified By',
    type: 'User',
    readOnly: true,
  },
  {
    id: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
    internalName: '_UIVersionString',
    title: 'Version',
    type: 'Text',
    readOnly: true,
  },
  {
    id: 'ae069f25-3ac2-4256-b9c7-15dbc15da0e0',
    internalName: 'GUID',
    title: 'GUID',
    type: 'Guid',
    hidden: true,
    readOnly: true,
  },
  {
    id: '94f89715-e097-4e8b-ba79-ea02aa8b7adb',
    internalName: 'FileRef',
    title: 'URL Path',
    type: 'Lookup',
    hidden: true,
    readOnly: true,
  },
  {
    id: '8553196d-ec8d-4564-9861-3dbe931050c8',
    internalName: 'FileLeafRef',
    title: 'Name',
    type: 'File',
    hidden: true,
  },
  {
    id: '30bb605f-5bae-48fe-b4e3-1f81d9772af9',
    internalName: 'FSObjType',
    title: 'Item Type',
    type: 'Lookup',
    hidden: true,
    readOnly: true,
  },
  { id: '081c6e4c-5c14-4f20-b23e-1a71ceb6a67c', internalName: 'DocIcon', title: 'Type', type: 'Computed' },
];

const GENERIC_LIST: readonly BuiltIn[] = [
  {
    id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
    internalName: 'Title',
    title: 'Title',
    type: 'Text',
    required: true,
  },
  ...COMMON,
  {
    id: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
    internalName: 'Attachments',
    title: 'Attachments',
    type: 'Attachments',
  },
  { id: '503f1caa-358e-4918-9094-4a2cdc4bc034', internalName: 'Edit', title: 'Edit', type: 'Computed' },
  { id: '82642ec8-ef9b-478f-acf9-31f7d45fbc31', internalName: 'LinkTitle', title: 'Title', type: 'Computed' },
  {
    id: 'bc91a437-52e7-49e1-8c4e-4698904b2b6d',
    internalName: 'LinkTitleNoMenu',
    title: 'Title',
    type: 'Computed',
  },
];

const DOCUMENT_LIBRARY: readonly BuiltIn[] = [
  { id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', internalName: 'Title', title: 'Title', type: 'Text' },
  ...COMMON,
];

export function builtInFields(template: ListTemplate): FieldRecord[] {
  const source = template === 101 ? DOCUMENT_LIBRARY : GENERIC_LIST;
  return source.map((f) => ({
    id: f.id,
    internalName: f.internalName,
    title: f.title,
    type: f.type,
    required: f.required ?? false,
    indexed: f.internalName === 'ID',
    enforceUniqueValues: false,
    hidden: f.hidden ?? false,
    readOnly: f.readOnly ?? false,
    fromBaseType: true,
    ...(f.type === 'User' ? { lookupField: 'Title' } : {}),
    props: { ...(f.props ?? {}), Group: '_Hidden' },
  }));
}

/** Item properties every item has outside its field values (and that a client can never write). */
export const SYSTEM_ITEM_PROPERTIES: ReadonlySet<string> = new Set([
  'Id',
  'ID',
  'GUID',
  'Created',
  'Modified',
  'AuthorId',
  'EditorId',
  'ContentTypeId',
  'FileSystemObjectType',
  'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl',
  'OData__UIVersionString',
  'Attachments',
  'CheckoutUserId',
  'OData__ModerationStatus',
  'OData__ModerationComments',
  'FileRef',
  'FileDirRef',
]);
