import * as z from 'zod/mini';

/*
 * Tools for the reply schemas: what the tab checks every answer with (zod/mini, so the checks stay
 * small and tree-shakable), and what the API tests check the service's answers against.
 */

/** A field that is null when unknown; a reply that leaves it out means the same. */
// @__NO_SIDE_EFFECTS__
export function orNull<T extends z.core.SomeType>(schema: T) {
  return z._default(z.nullable(schema), null);
}

type Writable<T> = T extends readonly (infer Item)[]
  ? Writable<Item>[]
  : T extends object
    ? { -readonly [Key in keyof T]: Writable<T[Key]> }
    : T;

/**
 * true when a schema reads exactly the contract's type: no field more or less, none wider or
 * narrower (readonly aside). Used as `Reads<typeof schema, ContractType>` in a list of checks that
 * only compiles when each is true, so a contract change the schema misses fails `tsc`.
 */
export type Reads<Schema extends z.core.SomeType, Contract> = [Writable<z.output<Schema>>] extends [
  Writable<Contract>,
]
  ? [Writable<Contract>] extends [Writable<z.output<Schema>>]
    ? true
    : false
  : false;

/** Compiles only when every entry is true (see Reads). */
export type AllTrue<Checks extends readonly true[]> = Checks;
