import { spErrors } from '../errors';
import type { ApiResponse } from '../http/api-types';
import { parseJsonObject, readString } from '../model/json-input';
import { parseQueryOptions } from '../odata/query-options';
import { selectProps } from './collection-query';
import type { RequestContext } from './context';
import { contextInfoBody, siteEntity, webEntity } from './serialize-web';

function onlyGet(ctx: RequestContext, what: string): void {
  if (ctx.request.method !== 'GET') throw spErrors.methodNotAllowed(ctx.request.method, what);
}

export function handleWeb(ctx: RequestContext): ApiResponse {
  onlyGet(ctx, 'the web');
  const options = parseQueryOptions(ctx.query);
  return ctx.json(200, ctx.formatter.entity(selectProps(webEntity(ctx), options.select, 'SP.Web'), 'SP.Web'));
}

export function handleSite(ctx: RequestContext): ApiResponse {
  onlyGet(ctx, 'the site');
  const options = parseQueryOptions(ctx.query);
  return ctx.json(
    200,
    ctx.formatter.entity(selectProps(siteEntity(ctx), options.select, 'SP.Site'), 'SP.Site'),
  );
}

/** POST /_api/contextinfo: needs no digest itself (it is how a client gets one). */
export function handleContextInfo(ctx: RequestContext): ApiResponse {
  if (ctx.request.method !== 'POST') throw spErrors.methodNotAllowed(ctx.request.method, 'contextinfo');
  return ctx.json(200, contextInfoBody(ctx));
}

/** Reads the logon name of web/ensureuser from the body ({ logonName }) or the path (ensureuser('…')). */
export function ensureUserLogonName(ctx: RequestContext, pathArgument: string | undefined): string {
  if (pathArgument !== undefined) return pathArgument;
  const body = parseJsonObject(ctx.request.body);
  const value = body['logonName'];
  if (value === undefined) throw spErrors.missingParameter('logonName');
  return readString(value);
}
