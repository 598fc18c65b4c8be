import type * as z from 'zod/mini';
import type { Shape } from './reply-shape';

interface Definition {
  readonly type: string;
  readonly format?: string;
  readonly checks?: readonly unknown[];
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly catchall?: unknown;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly element?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly defaultValue?: unknown;
}

/**
 * The shape a zod/mini schema describes. Only what the first page's replies use is known; any
 * other part (a check, a strict object, a union…) throws, so a contract change that needs more
 * fails the build and the tests instead of being checked loosely.
 */
export function describeSchema(schema: z.core.$ZodType): Shape {
  const def = schema._zod.def as unknown as Definition;
  const unsupported = () => new Error(`A reply shape cannot describe this zod schema part: ${def.type}`);
  if ((def.checks?.length ?? 0) > 0 && def.format !== 'safeint') throw unsupported();
  switch (def.type) {
    case 'string':
      return { kind: 'string' };
    case 'number':
      if (def.format !== undefined && def.format !== 'safeint') throw unsupported();
      return { kind: 'number', int: def.format === 'safeint' };
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (!values.every((value): value is string => typeof value === 'string')) throw unsupported();
      return { kind: 'enum', values };
    }
    case 'array':
      if (def.element === undefined) throw unsupported();
      return { kind: 'array', item: describeSchema(def.element) };
    case 'object': {
      if (def.shape === undefined || def.catchall !== undefined) throw unsupported();
      const fields: Record<string, Shape> = {};
      for (const [name, field] of Object.entries(def.shape)) fields[name] = describeSchema(field);
      return { kind: 'object', fields };
    }
    case 'nullable':
    case 'optional':
      if (def.innerType === undefined) throw unsupported();
      return { kind: def.type, inner: describeSchema(def.innerType) };
    case 'default': {
      const value = def.defaultValue;
      const plain = value === null || ['string', 'number', 'boolean'].includes(typeof value);
      if (def.innerType === undefined || !plain) throw unsupported();
      return { kind: 'default', inner: describeSchema(def.innerType), value: value as string | null };
    }
    default:
      throw unsupported();
  }
}
