import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { DigestIssuer } from './http/digest';
import { ApiPipeline } from './http/pipeline';
import { FaultInjector, type EmulatorFaults } from './http/faults';
import { createHttpServer } from './http/server';
import { resolveOptions, type EmulatorOptions } from './options';
import { Site } from './site/site';
import { openDatabase } from './store/database';

export type { EmulatorOptions } from './options';
export type { DirectoryEntry } from './site/directory';
export type { EmulatorFaults, FaultRule } from './http/faults';
export { EMULATOR_USER_HEADER } from './rest/context';

export interface RunningEmulator {
  /** Origin, e.g. http://127.0.0.1:5010 */
  readonly url: string;
  /** Absolute URL of the site, e.g. http://127.0.0.1:5010/sites/kvalita (what spfi() takes). */
  readonly siteUrl: string;
  /** Throttling on demand: matching requests get SharePoint Online's 429/503 instead of an answer. */
  readonly faults: EmulatorFaults;
  /** Stops listening, ends open connections and closes the data file. */
  close(): Promise<void>;
}

/** Starts the local SharePoint: SharePoint Online's REST API for one site, stored in SQLite. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const resolved = resolveOptions(options);
  if (resolved.dataFile !== ':memory:') mkdirSync(dirname(resolved.dataFile), { recursive: true });
  const db = openDatabase(resolved.dataFile);
  try {
    const site = new Site(db, {
      sitePath: resolved.sitePath,
      title: resolved.siteTitle,
      directory: resolved.directory,
      serviceAccount: resolved.serviceAccount,
      now: resolved.now,
      maxFileSize: resolved.maxFileSize,
    });
    const pipeline = new ApiPipeline(site, new DigestIssuer(site.digestSecret, resolved.now), resolved.log);
    const faults = new FaultInjector();
    const server = createHttpServer(pipeline, {
      maxBodyBytes: resolved.maxBodyBytes,
      maxFileBytes: resolved.maxFileBytes,
      sitePath: resolved.sitePath,
      listenHost: resolved.host,
      faults,
      log: resolved.log,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(resolved.port, resolved.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
    const url = `http://${host}:${port}`;
    let closing: Promise<void> | undefined;
    return {
      url,
      siteUrl: `${url}${resolved.sitePath}`,
      faults,
      close: () => {
        closing ??= new Promise<void>((resolve) => {
          server.close(() => {
            db.close();
            resolve();
          });
          server.closeAllConnections();
        });
        return closing;
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
