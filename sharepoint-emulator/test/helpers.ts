import { BrowserFetch, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import { startEmulator, type DirectoryEntry, type EmulatorOptions, type RunningEmulator } from '../src/index';

export const PEOPLE: readonly DirectoryEntry[] = [
  {
    email: 'jana.novakova@urad.example',
    displayName: 'Jana Nováková',
    jobTitle: 'Manažerka kvality',
    department: 'Kancelář tajemníka',
  },
  { email: 'petr.svoboda@urad.example', displayName: 'Petr Svoboda' },
  { email: 'sean.obrien@urad.example', displayName: "Seán O'Brien" },
];

/** A client configured the way the Kvalita repositories configure @pnp/sp 4 in Node. */
export function client(siteUrl: string, userEmail?: string): SPFI {
  const sp = spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetch(),
    DefaultParse(),
    RequestDigest(),
  );
  return userEmail ? sp.using(InjectHeaders({ 'X-Kvalita-Emulator-User': userEmail })) : sp;
}

export async function start(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ directory: PEOPLE, ...options });
}

/** A raw request digest, for tests that talk HTTP without @pnp/sp. */
export async function digest(siteUrl: string): Promise<string> {
  const response = await fetch(`${siteUrl}/_api/contextinfo`, {
    method: 'POST',
    headers: { Accept: 'application/json;odata=nometadata' },
  });
  const body = (await response.json()) as { FormDigestValue: string };
  return body.FormDigestValue;
}

/** The SharePoint error an @pnp/sp call was rejected with: HTTP status and odata.error message. */
export async function spError(
  promise: Promise<unknown>,
): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status?: number; response?: Response; message?: string };
    if (e.response) {
      const text = await e.response.clone().text();
      const body = JSON.parse(text) as {
        'odata.error'?: { code: string; message: { value: string } };
        error?: { code: string; message: { value: string } };
      };
      const inner = body['odata.error'] ?? body.error;
      return {
        status: e.status ?? e.response.status,
        code: inner?.code ?? '',
        message: inner?.message.value ?? '',
      };
    }
    throw error;
  }
  throw new Error('Expected the call to fail.');
}
