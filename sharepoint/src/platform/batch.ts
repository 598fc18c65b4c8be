import type { SPFI } from '@pnp/sp';
import './pnp-imports';

/**
 * Requests per $batch POST. SharePoint Online takes up to 100 operations in one $batch (PnP Core
 * SDK splits at the same number); PnPjs's own default is 20. More requests go in further POSTs.
 */
export const MAX_BATCH_REQUESTS = 100;

/**
 * Runs the requests `build` starts on a batched SPFI in one round trip (or one per 100 requests)
 * and returns their results in order. A request that fails rejects its own promise only, as in
 * SharePoint's $batch, where every part has its own status.
 */
export async function inOneBatch<T extends readonly unknown[]>(
  sp: SPFI,
  build: (batched: SPFI) => { readonly [K in keyof T]: Promise<T[K]> },
): Promise<T> {
  const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
  const promises = build(batched) as readonly Promise<unknown>[];
  // A part may fail before we await it; mark it handled so Node does not report it as unhandled.
  for (const promise of promises) promise.catch(() => undefined);
  await execute();
  return (await Promise.all(promises)) as unknown as T;
}

/** Settled results of a batch, for callers that handle each part's failure themselves. */
export async function settleInOneBatch<T>(
  sp: SPFI,
  build: (batched: SPFI) => readonly Promise<T>[],
): Promise<PromiseSettledResult<T>[]> {
  const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
  const settled = Promise.allSettled(build(batched));
  await execute();
  return settled;
}
