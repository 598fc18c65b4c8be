import { parseArgs } from 'node:util';

export type Locale = 'cs' | 'en';

export type PrivateKeySource = { readonly file: string } | { readonly pem: string };

export type ProvisionCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'emulator'; readonly siteUrl: string; readonly locale: Locale }
  | {
      readonly kind: 'site';
      readonly siteUrl: string;
      readonly locale: Locale;
      readonly tenantId: string;
      readonly clientId: string;
      readonly thumbprint: string;
      readonly privateKey: PrivateKeySource;
    };

/** A mistake in the command line or environment; the message says what to change. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Creates or updates Kvalita's lists and libraries on a SharePoint site (safe to run again).

  npm run provision -- --site https://<tenant>.sharepoint.com/sites/<site> \\
      --tenant <tenant id or domain> --client-id <app id> \\
      --thumbprint <certificate thumbprint> --private-key <key.pem> [--locale cs|en]
  npm run provision -- --emulator http://127.0.0.1:5010/sites/kvalita [--locale cs|en]

Each option of --site may come from the environment instead:
  KVALITA_TENANT_ID, KVALITA_CLIENT_ID, KVALITA_CERT_THUMBPRINT,
  KVALITA_CERT_PRIVATE_KEY_FILE (a PEM file) or KVALITA_CERT_PRIVATE_KEY (the PEM itself).
--locale is the site's language (default cs): list and column titles are written in it.`;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const THUMBPRINT = /^([0-9a-f]{40}|[0-9a-f]{64})$/i;
const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|\[::1\])$/i;

function parseUrl(value: string, option: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new UsageError(
      `${option} must be a full URL, e.g. https://contoso.sharepoint.com/sites/kvalita (got "${value}").`,
    );
  }
}

function siteUrlOf(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Reads the command line (and, for a real site, the environment) of `npm run provision`.
 * Everything is checked before anything connects, so a typo costs no half-done run.
 */
export function parseProvisionArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ProvisionCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        site: { type: 'string' },
        emulator: { type: 'string' },
        tenant: { type: 'string' },
        'client-id': { type: 'string' },
        thumbprint: { type: 'string' },
        'private-key': { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values;
  if (values.help) return { kind: 'help' };

  const locale = values.locale ?? 'cs';
  if (locale !== 'cs' && locale !== 'en')
    throw new UsageError(`--locale must be cs or en (got "${locale}").`);

  if ((values.site === undefined) === (values.emulator === undefined)) {
    throw new UsageError(
      'Give exactly one of --site <SharePoint site URL> or --emulator <local emulator site URL>.',
    );
  }

  if (values.emulator !== undefined) {
    const url = parseUrl(values.emulator, '--emulator');
    if (url.protocol !== 'http:' || !LOOPBACK.test(url.hostname)) {
      throw new UsageError(
        '--emulator must be the local emulator on this machine, e.g. http://127.0.0.1:5010/sites/kvalita.',
      );
    }
    return { kind: 'emulator', siteUrl: siteUrlOf(url), locale };
  }

  const url = parseUrl(values.site as string, '--site');
  if (url.protocol !== 'https:')
    throw new UsageError('--site must be an https:// SharePoint Online site URL.');

  const tenantId = values.tenant ?? env['KVALITA_TENANT_ID'];
  const clientId = values['client-id'] ?? env['KVALITA_CLIENT_ID'];
  const thumbprint = (values.thumbprint ?? env['KVALITA_CERT_THUMBPRINT'])?.replace(/[\s:]/g, '');
  const keyFile = values['private-key'] ?? env['KVALITA_CERT_PRIVATE_KEY_FILE'];
  const keyPem = env['KVALITA_CERT_PRIVATE_KEY'];

  const missing = [
    tenantId ? null : '--tenant (or KVALITA_TENANT_ID)',
    clientId ? null : '--client-id (or KVALITA_CLIENT_ID)',
    thumbprint ? null : '--thumbprint (or KVALITA_CERT_THUMBPRINT)',
    keyFile || keyPem ? null : '--private-key (or KVALITA_CERT_PRIVATE_KEY_FILE / KVALITA_CERT_PRIVATE_KEY)',
  ].filter((item): item is string => item !== null);
  if (missing.length > 0) {
    throw new UsageError(
      `Connecting to ${siteUrlOf(url)} needs the Entra app's certificate: missing ${missing.join(', ')}.`,
    );
  }
  if (!GUID.test(tenantId as string) && !TENANT_DOMAIN.test(tenantId as string)) {
    throw new UsageError(
      '--tenant must be the tenant id (a GUID) or its domain, e.g. contoso.onmicrosoft.com.',
    );
  }
  if (!GUID.test(clientId as string))
    throw new UsageError('--client-id must be the app registration’s application (client) id, a GUID.');
  if (!THUMBPRINT.test(thumbprint as string)) {
    throw new UsageError(
      '--thumbprint must be the certificate’s SHA-256 (64 hex digits) or SHA-1 (40 hex digits) thumbprint.',
    );
  }
  return {
    kind: 'site',
    siteUrl: siteUrlOf(url),
    locale,
    tenantId: tenantId as string,
    clientId: clientId as string,
    thumbprint: thumbprint as string,
    // A file given on the command line wins over a key in the environment.
    privateKey: keyFile ? { file: keyFile } : { pem: keyPem as string },
  };
}
