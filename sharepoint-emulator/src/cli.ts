import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startEmulator, type DirectoryEntry } from './index';

/**
 * `npm run emulator`: the local SharePoint on its own.
 *   --port <n>          default 5010
 *   --data <file>       default .data/sharepoint.sqlite
 *   --directory <file>  JSON array of { email, displayName } people ensureuser may find
 *   --quiet             no request log
 * Tests and local tools can inject throttling (429/503) through the loopback-only admin endpoint
 * POST/GET/DELETE /_emulator/faults (see README).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5010' },
      data: { type: 'string', default: '.data/sharepoint.sqlite' },
      directory: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, not '${values.port}'.`);
  const directory = values.directory ? readDirectory(values.directory) : [];
  const emulator = await startEmulator({
    port,
    dataFile: values.data,
    directory,
    log: values.quiet ? undefined : (line) => console.log(line),
  });
  console.log(`SharePoint emulator: ${emulator.siteUrl} (data: ${values.data})`);
  const stop = (signal: string) => {
    console.log(`${signal}: stopping`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

function readDirectory(file: string): DirectoryEntry[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file} must hold a JSON array of { email, displayName }.`);
  return parsed.map((entry: unknown, index) => {
    const e = entry as Partial<DirectoryEntry> | null;
    if (!e || typeof e.email !== 'string' || typeof e.displayName !== 'string') {
      throw new Error(`${file}: entry ${index} needs a string email and displayName.`);
    }
    return {
      email: e.email,
      displayName: e.displayName,
      ...(e.jobTitle ? { jobTitle: e.jobTitle } : {}),
      ...(e.department ? { department: e.department } : {}),
    };
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
