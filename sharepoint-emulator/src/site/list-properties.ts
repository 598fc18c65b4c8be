import type { JsonValue, ListRecord } from '../model/types';

/** SP.List properties a client may set, with the value SharePoint reports when never set. */
export const WRITABLE_LIST_PROPS: Readonly<
  Record<string, { readonly kind: 'string' | 'boolean' | 'number'; readonly default: JsonValue }>
> = {
  Description: { kind: 'string', default: '' },
  AllowContentTypes: { kind: 'boolean', default: true },
  ContentTypesEnabled: { kind: 'boolean', default: false },
  EnableVersioning: { kind: 'boolean', default: false },
  EnableMinorVersions: { kind: 'boolean', default: false },
  MajorVersionLimit: { kind: 'number', default: 50 },
  MajorWithMinorVersionsLimit: { kind: 'number', default: 0 },
  EnableAttachments: { kind: 'boolean', default: true },
  EnableFolderCreation: { kind: 'boolean', default: false },
  EnableModeration: { kind: 'boolean', default: false },
  ForceCheckout: { kind: 'boolean', default: false },
  Hidden: { kind: 'boolean', default: false },
  OnQuickLaunch: { kind: 'boolean', default: false },
  NoCrawl: { kind: 'boolean', default: false },
  Direction: { kind: 'string', default: 'none' },
  DraftVersionVisibility: { kind: 'number', default: 0 },
  ReadSecurity: { kind: 'number', default: 1 },
  WriteSecurity: { kind: 'number', default: 1 },
  IrmEnabled: { kind: 'boolean', default: false },
  ExcludeFromOfflineClient: { kind: 'boolean', default: false },
  DisableGridEditing: { kind: 'boolean', default: false },
};

/** SP.List properties that exist but are read-only: writing them is ignored, as SharePoint does. */
export const READ_ONLY_LIST_PROPS: ReadonlySet<string> = new Set([
  'Id',
  'BaseTemplate',
  'BaseType',
  'ItemCount',
  'Created',
  'EntityTypeName',
  'ListItemEntityTypeFullName',
  'ParentWebUrl',
  'LastItemModifiedDate',
  'LastItemDeletedDate',
  'LastItemUserModifiedDate',
  'DefaultViewUrl',
  'DocumentTemplateUrl',
  'ImageUrl',
  'IsApplicationList',
  'IsCatalog',
  'IsPrivate',
  'IsSiteAssetsLibrary',
  'IsSystemList',
  'HasExternalDataSource',
  'HasUniqueRoleAssignments',
  'ServerTemplateCanCreateFolders',
  'TemplateFeatureId',
]);

/** Where a new document library differs from a list: SharePoint Online keeps 500 major versions of its files. */
const LIBRARY_DEFAULTS: Readonly<Record<string, JsonValue>> = {
  EnableVersioning: true,
  MajorVersionLimit: 500,
};

/** A list property as SharePoint reports it: the value set, else the template's default. */
export function listProperty(list: ListRecord, name: string): JsonValue {
  const set = list.props[name];
  if (set !== undefined) return set;
  if (list.baseTemplate === 101 && name in LIBRARY_DEFAULTS) return LIBRARY_DEFAULTS[name] as JsonValue;
  return WRITABLE_LIST_PROPS[name]?.default ?? null;
}
