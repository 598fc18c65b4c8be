import { spErrors } from '../errors';
import type { ApiResponse } from '../http/api-types';
import { parseJsonObject } from '../model/json-input';
import type { FieldRecord, ListRecord } from '../model/types';
import { parseQueryOptions } from '../odata/query-options';
import { queryEntities, selectProps } from './collection-query';
import type { RequestContext } from './context';
import { fieldEntity } from './serialize-field';

export function handleFields(ctx: RequestContext, list: ListRecord): ApiResponse {
  switch (ctx.request.method) {
    case 'GET': {
      const options = parseQueryOptions(ctx.query);
      const fields = ctx.site.fields.of(list);
      const entities = fields.map((f) => fieldEntity(ctx, list, f));
      // Field types differ in their properties; filter against the union SP.Field's subtypes share.
      const sample = Object.assign({}, ...entities.map((e) => e.props)) as (typeof entities)[number]['props'];
      const rows = queryEntities(entities, options, ctx.query.get('$filter') ?? '', 'SP.Field', sample);
      return ctx.json(200, ctx.formatter.collection(rows, 'SP.ApiData.Fields'));
    }
    case 'POST': {
      const field = ctx.site.fields.addFromEntity(list, parseJsonObject(ctx.request.body), ctx.verboseBody);
      return ctx.json(201, ctx.formatter.entity(fieldEntity(ctx, list, field), 'SP.ApiData.Fields/@Element'));
    }
    default:
      throw spErrors.methodNotAllowed(ctx.request.method, 'the fields collection');
  }
}

export function handleField(ctx: RequestContext, list: ListRecord, field: FieldRecord): ApiResponse {
  switch (ctx.request.method) {
    case 'GET': {
      const options = parseQueryOptions(ctx.query);
      return ctx.json(
        200,
        ctx.formatter.entity(
          selectProps(fieldEntity(ctx, list, field), options.select, 'SP.Field'),
          'SP.ApiData.Fields/@Element',
        ),
      );
    }
    case 'MERGE':
    case 'PATCH':
      ctx.site.fields.update(list, field, parseJsonObject(ctx.request.body), ctx.verboseBody);
      return ctx.noContent();
    case 'DELETE':
      ctx.site.fields.delete(list, field);
      return ctx.empty();
    default:
      throw spErrors.methodNotAllowed(ctx.request.method, 'a field');
  }
}

/** POST …/fields/createfieldasxml and …/fields/addfield: methods answering with the new field. */
export function handleFieldCreationMethod(
  ctx: RequestContext,
  list: ListRecord,
  method: 'createfieldasxml' | 'addfield',
): ApiResponse {
  if (ctx.request.method !== 'POST') throw spErrors.methodNotAllowed(ctx.request.method, method);
  const body = parseJsonObject(ctx.request.body);
  const field =
    method === 'createfieldasxml'
      ? ctx.site.fields.addFromXml(list, body)
      : ctx.site.fields.addFromCreationInformation(list, body, ctx.verboseBody);
  return ctx.json(200, ctx.formatter.entity(fieldEntity(ctx, list, field), 'SP.ApiData.Fields/@Element'));
}
