import type { Locale } from '@kvalita/core';
import { createApiClient } from '../api/client';
import type { Caller } from '../session/session.types';
import { withSharedReads, type TabApi } from './shared-reads';
import type { SharedRequests } from './shared-requests';

export interface TabApiOptions {
  /** Absolute URL of the service's /api/ folder, ending with a slash. */
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly locale: Locale;
  readonly requests: SharedRequests;
}

/** The API client for one language and caller; reads for the same two are shared. */
export function tabApi({ baseUrl, fetch, locale, requests }: TabApiOptions, caller: Caller): TabApi {
  const client = createApiClient({ baseUrl, fetch, locale, authorize: caller.authorize });
  return withSharedReads(client, requests, `${locale} ${caller.key}`);
}
