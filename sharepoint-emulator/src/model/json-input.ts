import { spErrors } from '../errors';

/** Shared readers for values in request bodies, with the errors SharePoint's OData reader gives. */

export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a request body that must be a JSON object. */
export function parseJsonObject(body: string): JsonObject {
  if (body.trim() === '') throw spErrors.emptyBody();
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw spErrors.invalidJson();
  }
  if (!isPlainObject(parsed))
    throw spErrors.unexpectedNode(Array.isArray(parsed) ? 'StartArray' : 'PrimitiveValue', 'StartObject');
  return parsed;
}

/**
 * Reads a collection value: verbose bodies write `{ results: [...] }` (optionally with __metadata),
 * JSON light bodies a plain array. The other shape is refused, as SharePoint refuses it.
 */
export function readCollection(value: unknown, verbose: boolean): unknown[] {
  if (verbose) {
    if (Array.isArray(value)) throw spErrors.unexpectedNode('StartArray', 'StartObject');
    if (!isPlainObject(value) || !Array.isArray(value['results']))
      throw spErrors.unexpectedNode('PrimitiveValue', 'StartObject');
    for (const key of Object.keys(value)) {
      if (key !== 'results' && key !== '__metadata')
        throw spErrors.invalidQuery(`The property '${key}' is not valid in a collection value.`);
    }
    return value['results'] as unknown[];
  }
  if (isPlainObject(value)) throw spErrors.unexpectedNode('StartObject', 'StartArray');
  if (!Array.isArray(value)) throw spErrors.unexpectedNode('PrimitiveValue', 'StartArray');
  return value;
}

export function readString(value: unknown, edmType = 'Edm.String'): string {
  if (typeof value !== 'string') throw spErrors.cannotConvertPrimitive(edmType);
  return value;
}

export function readBoolean(value: unknown): boolean {
  if (typeof value !== 'boolean') throw spErrors.cannotConvertPrimitive('Edm.Boolean');
  return value;
}

/** Numbers may arrive as JSON numbers or numeric strings (OData's verbose JSON writes some as strings). */
export function readNumber(value: unknown, edmType = 'Edm.Double'): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (typeof value === 'string') throw spErrors.cannotConvert(value, edmType);
  throw spErrors.cannotConvertPrimitive(edmType);
}

export function readInteger(value: unknown, edmType = 'Edm.Int32'): number {
  const n = readNumber(value, edmType);
  if (!Number.isSafeInteger(n)) throw spErrors.cannotConvert(String(value), edmType);
  return n;
}
