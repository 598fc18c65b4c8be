import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import type { RequestInitLike, RequestUrl } from './fetch-types';

export interface AccessToken {
  readonly token: string;
  readonly expiresOn: Date;
}

/** Gets a fresh token (e.g. MSAL client credentials); called only when the cached one is due. */
export type TokenSource = () => Promise<AccessToken>;

export interface AccessTokenOptions {
  /** Renew this long before expiry, so a token never expires on the way. Default 5 minutes. */
  readonly refreshBeforeSeconds?: number;
  readonly now?: () => number;
}

/**
 * Caches one token for every request of an SPFI: renewed when it is within `refreshBeforeSeconds`
 * of expiry; concurrent requests share one renewal; a failed renewal is not cached, so the next
 * request asks again.
 */
export class TokenCache {
  private current: AccessToken | null = null;
  private pending: Promise<AccessToken> | null = null;
  private readonly refreshBeforeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly source: TokenSource,
    options: AccessTokenOptions = {},
  ) {
    this.refreshBeforeMs = (options.refreshBeforeSeconds ?? 300) * 1000;
    this.now = options.now ?? Date.now;
  }

  async token(): Promise<string> {
    if (this.current && this.current.expiresOn.getTime() - this.refreshBeforeMs > this.now()) {
      return this.current.token;
    }
    this.pending ??= this.source().then(
      (fresh) => {
        this.current = fresh;
        this.pending = null;
        return fresh;
      },
      (error: unknown) => {
        this.pending = null;
        throw error;
      },
    );
    return (await this.pending).token;
  }
}

/**
 * Sends `Authorization: Bearer <token>` on every request (PnPjs's auth moment), from a token
 * source that is asked again shortly before the token expires. SharePoint then needs no request
 * digest: PnPjs's RequestDigest skips requests that carry an Authorization header.
 */
export function AccessTokenBearer(
  source: TokenSource | TokenCache,
  options: AccessTokenOptions = {},
): TimelinePipe<Queryable> {
  const cache = source instanceof TokenCache ? source : new TokenCache(source, options);
  return (instance) => {
    type AuthObserver = Parameters<typeof instance.on.auth>[0];
    const authorize = async function (url: RequestUrl, init: RequestInitLike) {
      const token = await cache.token();
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    };
    instance.on.auth(authorize as unknown as AuthObserver);
    return instance;
  };
}
