import type { TimelinePipe } from '@pnp/core';
import { BrowserFetch, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { spfi, DefaultHeaders, DefaultInit, RequestDigest, type SPFI } from '@pnp/sp';
import './pnp-imports';
import { GuardIfMatch } from './behaviors/guard-if-match';
import { RetryThrottled, type RetryOptions } from './behaviors/retry-throttled';
import { TypedErrors } from './behaviors/typed-errors';

export interface ConnectOptions {
  /** Retry on 429/503 per Retry-After (default on, with RetryThrottled's defaults); false turns it off. */
  readonly retry?: RetryOptions | false;
}

/**
 * An SPFI for a site, for code running outside SharePoint pages (the app service, provisioning,
 * tests). Authentication is a behaviour the caller adds (a bearer token in production; nothing
 * locally, where the emulator trusts loopback). Every failure rejects with the typed errors of
 * ./errors (TypedErrors), batch parts included; an If-Match that is not an ETag is never sent
 * (GuardIfMatch).
 *
 * `connectSharePoint(url, ...behaviors)` keeps working; pass options first to tune retries:
 * `connectSharePoint(url, { retry: { maxRetries: 3 } }, AccessTokenBearer(source))`.
 */
export function connectSharePoint(
  siteUrl: string,
  optionsOrBehavior?: ConnectOptions | TimelinePipe,
  ...behaviors: TimelinePipe[]
): SPFI {
  const options = typeof optionsOrBehavior === 'function' ? {} : (optionsOrBehavior ?? {});
  const extra = typeof optionsOrBehavior === 'function' ? [optionsOrBehavior, ...behaviors] : behaviors;
  const retry = options.retry === false ? [] : [RetryThrottled(options.retry ?? {})];
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    GuardIfMatch(),
    BrowserFetch(),
    ...retry,
    DefaultParse(),
    RequestDigest(),
    TypedErrors(),
    ...extra,
  );
}

/**
 * Local only: act as a demo person against the sharepoint-emulator (it reads this header to set
 * Author/Editor). SharePoint Online ignores the header; there identity comes from the token.
 */
export function EmulatorUser(email: string): TimelinePipe {
  return InjectHeaders({ 'X-Kvalita-Emulator-User': email });
}
