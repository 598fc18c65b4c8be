import type { TimelinePipe } from '@pnp/core';
import { BrowserFetch, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { spfi, DefaultHeaders, DefaultInit, RequestDigest, type SPFI } from '@pnp/sp';
import './pnp-imports';

/**
 * An SPFI for a site, for code running outside SharePoint pages (the app service, provisioning,
 * tests). Authentication is a behaviour the caller adds (a bearer token in production; nothing
 * locally, where the emulator trusts loopback).
 */
export function connectSharePoint(siteUrl: string, ...behaviors: TimelinePipe[]): SPFI {
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetch(),
    DefaultParse(),
    RequestDigest(),
    ...behaviors,
  );
}

/**
 * Local only: act as a demo person against the sharepoint-emulator (it reads this header to set
 * Author/Editor). SharePoint Online ignores the header; there identity comes from the token.
 */
export function EmulatorUser(email: string): TimelinePipe {
  return InjectHeaders({ 'X-Kvalita-Emulator-User': email });
}
