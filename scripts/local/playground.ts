import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface PlaygroundUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly aadObjectId: string;
}

export interface RunningPlayground {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Microsoft 365 Agents Playground reads the Teams context (users, tenant) from
 * .m365agentsplayground.yml in its working folder; the current user is a demo person, so the bot
 * can find them in the seeded directory.
 */
function writeConfig(folder: string, user: PlaygroundUser): void {
  mkdirSync(folder, { recursive: true });
  const [givenName = user.name, ...rest] = user.name.split(' ');
  const yaml = [
    'version: "0.1.1"',
    'tenantId: 00000000-0000-0000-0000-0000000000001',
    'bot:',
    '  id: 00000000-0000-0000-0000-00000000000011',
    '  name: Kvalita',
    'currentUser:',
    `  id: ${user.id}`,
    `  name: "${user.name}"`,
    `  userPrincipleName: ${user.email}`,
    `  aadObjectId: ${user.aadObjectId}`,
    `  givenName: "${givenName}"`,
    `  surname: "${rest.join(' ')}"`,
    `  email: ${user.email}`,
    'users: []',
    '',
  ].join('\n');
  writeFileSync(join(folder, '.m365agentsplayground.yml'), yaml);
}

async function waitForPing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Agents Playground exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/_debug/ping`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Agents Playground did not answer on ${url} within ${timeoutMs} ms`);
}

export async function startPlayground(options: {
  readonly botEndpoint: string;
  readonly port: number;
  readonly folder: string;
  readonly user: PlaygroundUser;
  readonly output?: (chunk: string) => void;
}): Promise<RunningPlayground> {
  writeConfig(options.folder, options.user);
  // Resolved from the repository root (npm scripts and jest run there); works in ESM and CommonJS alike.
  const cli = createRequire(join(process.cwd(), 'package.json')).resolve('@microsoft/m365agentsplayground/cli.js');
  const child = spawn(
    process.execPath,
    [cli, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'],
    {
      cwd: options.folder,
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const forward = (chunk: Buffer) => options.output?.(chunk.toString());
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForPing(url, child, 60_000);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
