import { SpError, spErrors } from '../errors';
import type { ApiResponse } from '../http/api-types';
import type { ListRecord } from '../model/types';
import { integerValue, namedArgs, type PathSegment } from '../odata/resource-path';
import { parseQueryOptions } from '../odata/query-options';
import { ODataEntity } from '../odata/values';
import {
  ROLE_DEFINITIONS,
  SITE_GROUPS,
  hasUniqueRoleAssignments,
  withRoleAssignment,
} from '../site/list-security';
import { selectProps } from './collection-query';
import type { RequestContext } from './context';

/** web/associatedownergroup, …membergroup, …visitorgroup: the site's SP.Group. */
export function handleSiteGroup(ctx: RequestContext, key: keyof typeof SITE_GROUPS): ApiResponse {
  if (ctx.request.method !== 'GET') throw spErrors.methodNotAllowed(ctx.request.method, 'a group');
  const group = SITE_GROUPS[key];
  const editLink = `Web/SiteGroups/GetById(${group.id})`;
  const entity = new ODataEntity(
    { type: 'SP.Group', id: `${ctx.apiUrl}/${editLink}`, uri: `${ctx.apiUrl}/${editLink}`, editLink },
    {
      Id: group.id,
      IsHiddenInUI: false,
      LoginName: group.title,
      Title: group.title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: SITE_GROUPS.associatedownergroup.title,
    },
  );
  const options = parseQueryOptions(ctx.query);
  return ctx.json(
    200,
    ctx.formatter.entity(selectProps(entity, options.select, 'SP.Group'), 'SP.ApiData.Groups/@Element'),
  );
}

/** web/roledefinitions/getbytype(n) and getbyid(id): a built-in SP.RoleDefinition. */
export function handleRoleDefinition(ctx: RequestContext, segment: PathSegment): ApiResponse {
  if (ctx.request.method !== 'GET') throw spErrors.methodNotAllowed(ctx.request.method, 'a role definition');
  const byType = segment.key === 'getbytype';
  const wanted = integerValue(
    namedArgs(segment, byType ? 'roleType' : 'id')
      .values()
      .next().value,
    'id',
  );
  const role = ROLE_DEFINITIONS.find((candidate) => (byType ? candidate.type : candidate.id) === wanted);
  if (!role)
    throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find role definition.');
  const editLink = `Web/RoleDefinitions(${role.id})`;
  const entity = new ODataEntity(
    {
      type: 'SP.RoleDefinition',
      id: `${ctx.apiUrl}/${editLink}`,
      uri: `${ctx.apiUrl}/${editLink}`,
      editLink,
    },
    { Id: role.id, Name: role.name, RoleTypeKind: role.type, Hidden: role.type === 1, Order: role.type },
  );
  const options = parseQueryOptions(ctx.query);
  return ctx.json(
    200,
    ctx.formatter.entity(
      selectProps(entity, options.select, 'SP.RoleDefinition'),
      'SP.ApiData.RoleDefinitions/@Element',
    ),
  );
}

/** POST list/roleassignments/addroleassignment(principalid=…, roledefid=…). */
export function handleAddRoleAssignment(
  ctx: RequestContext,
  list: ListRecord,
  segment: PathSegment,
): ApiResponse {
  if (ctx.request.method !== 'POST') throw spErrors.methodNotAllowed(ctx.request.method, segment.name);
  const args = namedArgs(segment, 'principalId');
  const principalId = integerValue(args.get('principalid'), 'principalId');
  const roleDefinitionId = integerValue(args.get('roledefid'), 'roleDefId');
  if (!hasUniqueRoleAssignments(list))
    throw new SpError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      'This operation is not allowed on an object that inherits permissions.',
    );
  const props = withRoleAssignment(
    list,
    principalId,
    roleDefinitionId,
    (id) => ctx.site.users.byId(id) !== undefined,
  );
  if (!props) throw spErrors.userNotFound();
  ctx.site.lists.setSecurity(list, props);
  return ctx.noContent();
}
