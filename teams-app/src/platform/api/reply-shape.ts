import type { ReplySchema } from './read-reply';

/*
 * Why: zod/mini and the reply schemas are a fifth of the bytes of the tab's first page, yet the
 * first page reads only four small replies. A Shape is what core's zod schema for such a reply
 * says, as plain data: derived from the schema (reply-shapes.ts, at build time), never written by
 * hand, so the contract in core stays the only description of the replies. Checking a reply
 * against it gives what the schema's safeParse gives: the reply with only the contract's fields
 * (defaults filled in), or a failure.
 */
export type Shape =
  | { readonly kind: 'string' }
  | { readonly kind: 'number'; readonly int: boolean }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'array'; readonly item: Shape }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Shape>> }
  | { readonly kind: 'nullable' | 'optional'; readonly inner: Shape }
  | { readonly kind: 'default'; readonly inner: Shape; readonly value: null | string | number | boolean };

const FAIL = Symbol('fail');

function read(shape: Shape, value: unknown): unknown {
  switch (shape.kind) {
    case 'string':
      return typeof value === 'string' ? value : FAIL;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return FAIL;
      return !shape.int || Number.isSafeInteger(value) ? value : FAIL;
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value) ? value : FAIL;
    case 'array': {
      if (!Array.isArray(value)) return FAIL;
      const items: unknown[] = [];
      for (const item of value) {
        const checked = read(shape.item, item);
        if (checked === FAIL) return FAIL;
        items.push(checked);
      }
      return items;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return FAIL;
      const input = value as Record<string, unknown>;
      const output: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(shape.fields)) {
        // An optional field left out stays out, as zod leaves it.
        if (field.kind === 'optional' && !(name in input)) continue;
        const checked = read(field, input[name]);
        if (checked === FAIL) return FAIL;
        output[name] = checked;
      }
      return output;
    }
    case 'nullable':
      return value === null ? null : read(shape.inner, value);
    case 'optional':
      return value === undefined ? undefined : read(shape.inner, value);
    case 'default':
      return value === undefined ? shape.value : read(shape.inner, value);
  }
}

/** A reply schema that checks against a shape; T is the contract type the shape was derived for. */
export function shapeSchema<T>(shape: Shape): ReplySchema<T> {
  return {
    safeParse(input) {
      const checked = read(shape, input);
      return checked === FAIL ? { success: false } : { success: true, data: checked as T };
    },
  };
}
