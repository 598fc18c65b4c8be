import type { DirectoryEntry } from './site/directory';

export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. Default 0. */
  readonly port?: number;
  /** Interface to listen on. Default 127.0.0.1 (the emulator is local-only). */
  readonly host?: string;
  /** SQLite file, created if missing; ':memory:' keeps nothing. Default ':memory:'. */
  readonly dataFile?: string;
  /** Server-relative URL of the site. Default '/sites/kvalita'. */
  readonly sitePath?: string;
  /** Title of the site's web. Default 'Kvalita'. */
  readonly siteTitle?: string;
  /** People the emulated tenant knows: web/ensureuser only finds these (and the service account). */
  readonly directory?: readonly DirectoryEntry[];
  /** The account acting when a request names no user. Default kvalita-service@kvalita.local. */
  readonly serviceAccount?: DirectoryEntry;
  /** Largest request body accepted (JSON, $batch), in bytes; larger ones get 413. Default 10 MiB. */
  readonly maxBodyBytes?: number;
  /**
   * Largest file upload accepted in one request, in bytes; larger ones get SharePoint Online's 400
   * "The request message is too big". Default 262,144,000 (SharePoint Online's own limit).
   */
  readonly maxFileBytes?: number;
  /**
   * Largest file, in bytes, however it is uploaded (chunked uploads included); larger ones are
   * refused. Default 268,435,456,000 (250 GB, SharePoint Online's limit); tests lower it.
   */
  readonly maxFileSize?: number;
  /** Clock for Created/Modified and digests. Default: the system clock. */
  readonly now?: () => Date;
  /** Receives one line per request. Default: silent. */
  readonly log?: (line: string) => void;
}

export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly dataFile: string;
  readonly sitePath: string;
  readonly siteTitle: string;
  readonly directory: readonly DirectoryEntry[];
  readonly serviceAccount: DirectoryEntry;
  readonly maxBodyBytes: number;
  readonly maxFileBytes: number;
  readonly maxFileSize: number;
  readonly now: () => Date;
  readonly log: (line: string) => void;
}

/** SharePoint Online refuses a single request (an upload included) above 262,144,000 bytes. */
export const SPO_MAX_REQUEST_BYTES = 262_144_000;

/** SharePoint Online's largest file: 250 GB. */
export const SPO_MAX_FILE_SIZE = 250 * 1024 ** 3;

export const DEFAULT_SERVICE_ACCOUNT: DirectoryEntry = {
  email: 'kvalita-service@kvalita.local',
  displayName: 'Kvalita Service',
};

export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  const sitePath = (options.sitePath ?? '/sites/kvalita').replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9._~\-/]+$/.test(sitePath))
    throw new Error(
      `sitePath must be a server-relative path such as /sites/kvalita, not '${options.sitePath ?? ''}'.`,
    );
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`port must be an integer from 0 to 65535, not ${String(options.port)}.`);
  return {
    port,
    host: options.host ?? '127.0.0.1',
    dataFile: options.dataFile ?? ':memory:',
    sitePath,
    siteTitle: options.siteTitle ?? 'Kvalita',
    directory: options.directory ?? [],
    serviceAccount: options.serviceAccount ?? DEFAULT_SERVICE_ACCOUNT,
    maxBodyBytes: options.maxBodyBytes ?? 10 * 1024 * 1024,
    maxFileBytes: options.maxFileBytes ?? SPO_MAX_REQUEST_BYTES,
    maxFileSize: options.maxFileSize ?? SPO_MAX_FILE_SIZE,
    now: options.now ?? (() => new Date()),
    log: options.log ?? (() => undefined),
  };
}
