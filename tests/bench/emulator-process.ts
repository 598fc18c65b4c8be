import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The local SharePoint in a process of its own (`npm run emulator`), so this process's CPU time is
 * the service's alone: what the aggregation costs the app service, not SQLite's work for it.
 */
export async function emulatorProcess(
  directory: readonly string[],
): Promise<{ siteUrl: string; close(): Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'kvalita-bench-'));
  const file = join(folder, 'directory.json');
  await writeFile(
    file,
    JSON.stringify(directory.map((address) => ({ email: address, displayName: address }))),
  );
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=source',
      'sharepoint-emulator/src/cli.ts',
      '--port',
      '0',
      '--data',
      ':memory:',
      '--directory',
      file,
      '--quiet',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const siteUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /SharePoint emulator: (\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`the emulator stopped (${code}): ${output}`)));
  });
  return {
    siteUrl,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
