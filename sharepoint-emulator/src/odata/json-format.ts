import type { MetadataLevel } from '../http/media-types';
import { ODataCollection, ODataComplex, ODataEntity, type ODataValue } from './values';

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

/**
 * Writes entities, collections and single values in SharePoint's JSON flavours:
 * verbose `{ d: { __metadata, … } }` / `{ d: { results, __next } }`, minimal metadata
 * (`odata.metadata`, `odata.type`, `odata.id`, `odata.etag`, `odata.editLink`, `value`, `odata.nextLink`)
 * and no metadata (bare properties, `value`, `odata.nextLink`).
 */
export class JsonFormatter {
  constructor(
    readonly level: MetadataLevel,
    /** e.g. https://host/sites/kvalita/_api/$metadata */
    private readonly metadataBase: string,
  ) {}

  entity(entity: ODataEntity, metadataFragment: string): Json {
    if (this.level === 'verbose') return { d: this.entityBody(entity, 'top') };
    const body = this.entityBody(entity, 'top') as { [key: string]: Json };
    if (this.level === 'none') return body;
    return { 'odata.metadata': `${this.metadataBase}#${metadataFragment}`, ...body };
  }

  collection(entities: readonly ODataEntity[], metadataFragment: string, nextLink?: string): Json {
    const results = entities.map((e) => this.entityBody(e, 'member'));
    if (this.level === 'verbose') {
      const d: { [key: string]: Json } = { results };
      if (nextLink) d['__next'] = nextLink;
      return { d };
    }
    const out: { [key: string]: Json } = {};
    if (this.level === 'minimal') out['odata.metadata'] = `${this.metadataBase}#${metadataFragment}`;
    out['value'] = results;
    if (nextLink) out['odata.nextLink'] = nextLink;
    return out;
  }

  /** The answer of a method that returns nothing (CheckIn, Approve…): SharePoint writes a null. */
  voidResult(functionName: string): Json {
    if (this.level === 'verbose') return { d: { [functionName]: null } };
    if (this.level === 'none') return { 'odata.null': true };
    return { 'odata.metadata': `${this.metadataBase}#Edm.Null`, 'odata.null': true };
  }

  /** A function result that is a single primitive, e.g. the recycle bin GUID of `recycle()`. */
  primitive(functionName: string, edmType: string, value: ODataValue): Json {
    const written = this.value(value);
    if (this.level === 'verbose') return { d: { [functionName]: written } };
    if (this.level === 'none') return { value: written };
    return { 'odata.metadata': `${this.metadataBase}#${edmType}`, value: written };
  }

  private entityBody(entity: ODataEntity, position: 'top' | 'member' | 'nested'): Json {
    const out: { [key: string]: Json } = {};
    const { meta } = entity;
    if (this.level === 'verbose') {
      const metadata: { [key: string]: Json } = { id: meta.id };
      if (position !== 'nested') metadata['uri'] = meta.uri;
      if (meta.etag !== undefined && position !== 'nested') metadata['etag'] = meta.etag;
      metadata['type'] = meta.type;
      out['__metadata'] = metadata;
    } else if (this.level === 'minimal') {
      out['odata.type'] = meta.type;
      out['odata.id'] = meta.id;
      if (position !== 'nested') {
        if (meta.etag !== undefined) out['odata.etag'] = meta.etag;
        out['odata.editLink'] = meta.editLink;
      }
    }
    for (const [name, value] of Object.entries(entity.props)) {
      const link = entity.navigation[name];
      if (link !== undefined && this.level === 'minimal') out[`${name}@odata.navigationLinkUrl`] = link;
      out[name] = this.value(value);
    }
    return out;
  }

  private value(value: ODataValue): Json {
    if (value instanceof ODataCollection) {
      const values = value.values.map((v) =>
        v instanceof ODataEntity ? this.entityBody(v, 'nested') : this.value(v),
      );
      if (this.level === 'verbose')
        return { __metadata: { type: `Collection(${value.elementType})` }, results: values };
      return values;
    }
    if (value instanceof ODataComplex) {
      const out: { [key: string]: Json } = {};
      if (this.level === 'verbose') out['__metadata'] = { type: value.type };
      for (const [name, v] of Object.entries(value.props)) out[name] = this.value(v);
      return out;
    }
    if (value instanceof ODataEntity) return this.entityBody(value, 'nested');
    return value;
  }
}
