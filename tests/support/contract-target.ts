import { SiteContext, connectSharePoint, type ConnectOptions } from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import type { TimelinePipe } from '@pnp/core';
import { BearerToken } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';

export interface ContractTarget {
  readonly sp: SPFI;
  /** The site context repositories under test share, on `sp`. */
  readonly site: SiteContext;
  readonly description: string;
  /** The local SharePoint when the suite runs against it (fault injection lives there); null online. */
  readonly emulator: RunningEmulator | null;
  /** Another SPFI on the same site, with other behaviours (e.g. a request counter). */
  connect(options?: ConnectOptions, ...behaviors: TimelinePipe[]): SPFI;
  close(): Promise<void>;
}

/**
 * Where the repository contract runs: the local SharePoint by default, or a real SharePoint Online
 * site when SP_SITE_URL and SP_ACCESS_TOKEN (an app-only token for that site) are set, so the
 * same suite proves the emulator and SharePoint Online agree. Use a throw-away site.
 */
export async function contractTarget(): Promise<ContractTarget> {
  const siteUrl = process.env['SP_SITE_URL'];
  const token = process.env['SP_ACCESS_TOKEN'];
  if (siteUrl && token) {
    const connect = (options: ConnectOptions = {}, ...behaviors: TimelinePipe[]) =>
      connectSharePoint(siteUrl, options, BearerToken(token), ...behaviors);
    const sp = connect();
    return {
      sp,
      site: new SiteContext(sp),
      description: siteUrl,
      emulator: null,
      connect,
      close: async () => undefined,
    };
  }
  const emulator = await startEmulator({
    port: 0,
    dataFile: ':memory:',
    directory: [
      { email: 'jana.novakova@lipova.example', displayName: 'Ing. Jana Nováková' },
      { email: 'petr.svoboda@lipova.example', displayName: 'Mgr. Petr Svoboda' },
      { email: 'adam.cermak@lipova.example', displayName: 'Čermák Adam' },
      { email: 'cyril.bures@lipova.example', displayName: 'Cyril Bureš' },
      { email: 'eva.dvorakova@lipova.example', displayName: 'Bc. Eva Dvořáková' },
    ],
  });
  const connect = (options: ConnectOptions = {}, ...behaviors: TimelinePipe[]) =>
    connectSharePoint(emulator.siteUrl, options, ...behaviors);
  const sp = connect();
  return {
    sp,
    site: new SiteContext(sp),
    description: 'sharepoint-emulator',
    emulator,
    connect,
    close: () => emulator.close(),
  };
}
