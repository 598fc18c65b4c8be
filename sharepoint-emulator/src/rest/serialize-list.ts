import { listEntityTypeName, listItemEntityType } from '../model/names';
import { stableGuid } from '../model/stable-guid';
import type { ListRecord } from '../model/types';
import { ODataEntity, type ODataProps } from '../odata/values';
import { listProperty, WRITABLE_LIST_PROPS } from '../site/list-properties';
import { hasUniqueRoleAssignments } from '../site/list-security';
import type { RequestContext } from './context';

export function listEditLink(list: ListRecord): string {
  return `Web/Lists(guid'${list.id}')`;
}

export function listEntity(ctx: RequestContext, list: ListRecord): ODataEntity {
  const library = list.baseTemplate === 101;
  const props: ODataProps = {};
  for (const name of Object.keys(WRITABLE_LIST_PROPS))
    props[name] = listProperty(list, name) as ODataProps[string];
  const itemCount = ctx.site.itemStore.count(list.id);
  return new ODataEntity(
    {
      type: 'SP.List',
      id: `${ctx.apiUrl}/${listEditLink(list)}`,
      uri: `${ctx.apiUrl}/${listEditLink(list)}`,
      editLink: listEditLink(list),
    },
    {
      ...props,
      BaseTemplate: list.baseTemplate,
      BaseType: library ? 1 : 0,
      Created: list.created,
      DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
      DocumentTemplateUrl: library ? `${list.serverRelativeUrl}/Forms/template.dotx` : null,
      EntityTypeName: listEntityTypeName(list.entityName, list.baseTemplate),
      HasExternalDataSource: false,
      HasUniqueRoleAssignments: hasUniqueRoleAssignments(list),
      Id: list.id,
      ImageUrl: library ? '/_layouts/15/images/itdl.png?rev=47' : '/_layouts/15/images/itgen.png?rev=47',
      IsApplicationList: false,
      IsCatalog: false,
      IsPrivate: false,
      IsSiteAssetsLibrary: false,
      IsSystemList: false,
      ItemCount: itemCount,
      LastItemDeletedDate: list.lastItemDeleted,
      LastItemModifiedDate: list.lastItemModified,
      LastItemUserModifiedDate: list.lastItemModified,
      ListItemEntityTypeFullName: listItemEntityType(list.entityName, list.baseTemplate),
      MultipleDataList: false,
      ParentWebUrl: ctx.site.sitePath,
      ParserDisabled: false,
      ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: library
        ? '00bfea71-e717-4e80-aa17-d0c71b360101'
        : '00bfea71-de22-43b2-a848-c05709900100',
      Title: list.title,
    },
  );
}

/** The list's root folder: where its URL lives (RootFolder/ServerRelativeUrl). */
export function rootFolderEntity(ctx: RequestContext, list: ListRecord): ODataEntity {
  const url = list.serverRelativeUrl;
  const editLink = `Web/GetFolderByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`;
  return new ODataEntity(
    { type: 'SP.Folder', id: `${ctx.apiUrl}/${editLink}`, uri: `${ctx.apiUrl}/${editLink}`, editLink },
    {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: ctx.site.itemStore.count(list.id),
      Name: url.slice(url.lastIndexOf('/') + 1),
      ProgID: null,
      ServerRelativeUrl: url,
      TimeCreated: list.created,
      TimeLastModified: list.lastItemModified,
      UniqueId: stableGuid(`folder:${list.id}`),
      WelcomePage: '',
    },
  );
}
