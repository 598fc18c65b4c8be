import { connectSharePoint } from '@kvalita/sharepoint';
import { startEmulator } from '@kvalita/sharepoint-emulator';
import { BearerToken } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';

export interface ContractTarget {
  readonly sp: SPFI;
  readonly description: string;
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
    return {
      sp: connectSharePoint(siteUrl, BearerToken(token)),
      description: siteUrl,
      close: async () => undefined,
    };
  }
  const emulator = await startEmulator({
    port: 0,
    dataFile: ':memory:',
    directory: [
      { email: 'jana.novakova@lipova.example', displayName: 'Ing. Jana Nováková' },
      { email: 'petr.svoboda@lipova.example', displayName: 'Mgr. Petr Svoboda' },
    ],
  });
  return {
    sp: connectSharePoint(emulator.siteUrl),
    description: 'sharepoint-emulator',
    close: () => emulator.close(),
  };
}
