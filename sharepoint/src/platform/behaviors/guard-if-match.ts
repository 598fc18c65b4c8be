import { isWellFormedEtag } from '@kvalita/core';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/** The If-Match a request carries, whatever the header's case (PnPjs passes headers as a plain object). */
function ifMatchOf(headers: unknown): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  for (const [name, value] of Object.entries(headers as Record<string, unknown>))
    if (name.toLowerCase() === 'if-match' && typeof value === 'string') return value;
  return undefined;
}

/**
 * Refuses, before anything is sent, a request whose If-Match is not an ETag: a blank one would go
 * out as an empty If-Match, which SharePoint reads as "no precondition" (a stale write would pass),
 * and one with characters a header cannot hold (beyond Latin-1, a line break) would fail in fetch
 * as an unexplained error. `*` stays allowed: it is PnPjs's own choice for a write that names no
 * version. The RangeError is what the app service reports as bad input (400). Batch parts go
 * through this moment too.
 */
export function GuardIfMatch(): TimelinePipe<Queryable> {
  return (instance) => {
    instance.on.pre(async function (url, init, result) {
      const ifMatch = ifMatchOf((init as { headers?: unknown }).headers);
      if (ifMatch !== undefined && ifMatch !== '*' && !isWellFormedEtag(ifMatch))
        throw new RangeError('If-Match must be an item’s ETag as SharePoint gave it, e.g. "3"');
      return [url, init, result];
    });
    return instance;
  };
}
