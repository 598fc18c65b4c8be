import { spErrors } from '../errors';
import type { ApiResponse } from '../http/api-types';
import type { UserRecord } from '../model/types';
import { parseQueryOptions } from '../odata/query-options';
import { queryEntities, selectProps } from './collection-query';
import type { RequestContext } from './context';
import { userEntity } from './serialize-user';
import { ensureUserLogonName } from './web-handlers';

export function handleSiteUsers(ctx: RequestContext): ApiResponse {
  if (ctx.request.method !== 'GET')
    throw spErrors.methodNotAllowed(ctx.request.method, 'the site users collection');
  const options = parseQueryOptions(ctx.query);
  const entities = ctx.site.users.all().map((u) => userEntity(ctx, u));
  const sample = userEntity(ctx, ctx.user).props;
  const rows = queryEntities(entities, options, ctx.query.get('$filter') ?? '', 'SP.User', sample);
  return ctx.json(200, ctx.formatter.collection(rows, 'SP.ApiData.Users'));
}

export function handleUser(ctx: RequestContext, user: UserRecord | undefined): ApiResponse {
  if (ctx.request.method !== 'GET') throw spErrors.methodNotAllowed(ctx.request.method, 'a user');
  if (!user) throw spErrors.userNotFound();
  const options = parseQueryOptions(ctx.query);
  return ctx.json(
    200,
    ctx.formatter.entity(
      selectProps(userEntity(ctx, user), options.select, 'SP.User'),
      'SP.ApiData.Users/@Element',
    ),
  );
}

/** POST web/ensureuser: adds a person the directory knows to the site and returns the site user. */
export function handleEnsureUser(ctx: RequestContext, pathArgument: string | undefined): ApiResponse {
  if (ctx.request.method !== 'POST') throw spErrors.methodNotAllowed(ctx.request.method, 'ensureuser');
  const user = ctx.site.users.ensure(ensureUserLogonName(ctx, pathArgument));
  return ctx.json(200, ctx.formatter.entity(userEntity(ctx, user), 'SP.ApiData.Users/@Element'));
}
