import { ApiError } from './api-error';

/** What reading a reply needs of a schema (core's reply schemas are zod/mini; any safeParse fits). */
export interface ReplySchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

/** Reads a successful answer; undefined = not the promised shape. */
export type ReadReply<T> = (response: Response) => Promise<T | undefined>;

/** The JSON body of a response, or undefined when it is not JSON. */
export async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Nothing the network returns is trusted: a reply is read with its contract schema and is either
 * the contract's shape or undefined, which the client turns into an `invalidResponse` error.
 */
export function replyOf<T>(schema: ReplySchema<T>, body: unknown): T | undefined {
  const result = schema.safeParse(body);
  return result.success ? result.data : undefined;
}

/** Reads a JSON answer with a schema that is already here. */
export function readWith<T>(schema: ReplySchema<T>): ReadReply<T> {
  return async (response) => replyOf(schema, await readJson(response));
}

/** Picks one schema from a module of reply schemas and reads a JSON answer with it. */
export type ReplyReader<Schemas> = <T>(pick: (schemas: Schemas) => ReplySchema<T>) => ReadReply<T>;

/**
 * Reply schemas loaded on first use rather than with the tab's start: the module's download begins
 * when a request is made (the reader is built before the request is sent), so it runs alongside the
 * request, and it is loaded once. A module that cannot be loaded is a network failure.
 */
export function lazyReplies<Schemas>(load: () => Promise<Schemas>): {
  read: ReplyReader<Schemas>;
  schemas: () => Promise<Schemas>;
} {
  let loading: Promise<Schemas> | undefined;
  const schemas = () => {
    loading ??= load().catch(() => {
      loading = undefined;
      throw new ApiError('network', null);
    });
    return loading;
  };
  const read: ReplyReader<Schemas> = (pick) => {
    const loaded = schemas();
    return async (response) => {
      const body = await readJson(response);
      return replyOf(pick(await loaded), body);
    };
  };
  return { read, schemas };
}

/** A file answer: its body, or undefined (not the promised file) when empty. */
export async function fileOf(response: Response): Promise<Blob | undefined> {
  const blob = await response.blob();
  return blob.size > 0 ? blob : undefined;
}
