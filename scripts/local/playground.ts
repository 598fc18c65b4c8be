import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startTeamsLanguageRelay } from './teams-language';

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
function userYaml(user: PlaygroundUser, indent: string): string[] {
  // Academic titles (Ing., Mgr., Bc.) are not names.
  const [givenName = user.name, ...rest] = user.name.split(' ').filter((part) => !part.endsWith('.'));
  return [
    `id: ${user.id}`,
    `name: "${user.name}"`,
    `userPrincipleName: ${user.email}`,
    `aadObjectId: ${user.aadObjectId}`,
    `givenName: "${givenName}"`,
    `surname: "${rest.join(' ')}"`,
    `email: ${user.email}`,
  ].map((line) => indent + line);
}

function writeConfig(folder: string, user: PlaygroundUser, others: readonly PlaygroundUser[]): void {
  mkdirSync(folder, { recursive: true });
  // The playground's config schema wants exactly five other users.
  if (others.length < 5) throw new Error('Agents Playground needs five other users in its config');
  const yaml = [
    'version: "0.1.1"',
    'tenantId: 00000000-0000-0000-0000-0000000000001',
    'bot:',
    '  id: 00000000-0000-0000-0000-00000000000011',
    '  name: Kvalita',
    'currentUser:',
    ...userYaml(user, '  '),
    'users:',
    ...others
      .slice(0, 5)
      .flatMap((other) =>
        userYaml(other, '    ').map((line, index) => (index === 0 ? `  - ${line.trim()}` : line)),
      ),
    // The playground fills the __…__ ids itself; Kvalita uses the personal chat only so far.
    'personalChat:',
    '  id: __PERSONAL_CHAT_ID__',
    'groupChat:',
    '  id: __GROUP_CHAT_ID__',
    '  name: Kvalita',
    'team:',
    '  id: team-id',
    '  name: Městský úřad',
    '  aadGroupId: 00000000-0000-0000-0000-000000000031',
    '  channels:',
    '    - id: channel-general-id',
    '      name: Obecné',
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

/** The serviceUrl Agents Playground on this port puts on its activities (set explicitly at start). */
export function playgroundServiceUrl(port: number): string {
  return `http://localhost:${port}/_connector`;
}

export async function startPlayground(options: {
  readonly botEndpoint: string;
  readonly port: number;
  readonly folder: string;
  readonly user: PlaygroundUser;
  readonly otherUsers: readonly PlaygroundUser[];
  /** The Teams language the person chats in; Czech (cs-CZ), as in the demo office, unless told. */
  readonly language?: string;
  readonly output?: (chunk: string) => void;
}): Promise<RunningPlayground> {
  writeConfig(options.folder, options.user, options.otherUsers);
  const relay = await startTeamsLanguageRelay(options.botEndpoint, options.language ?? 'cs-CZ');
  // Resolved from the repository root (npm scripts and jest run there); works in ESM and CommonJS alike.
  const cli = createRequire(join(process.cwd(), 'package.json')).resolve(
    '@microsoft/m365agentsplayground/cli.js',
  );
  const child = spawn(
    process.execPath,
    [
      cli,
      '-e',
      relay.url,
      '-c',
      'msteams',
      '-p',
      String(options.port),
      '--service-url',
      playgroundServiceUrl(options.port),
      '--disable-telemetry',
    ],
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
    await relay.stop();
    throw error;
  }
  return {
    url,
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      });
      await relay.stop();
    },
  };
}

/** The demo people as playground users: stable ids, the chosen one signed in. */
export function playgroundUsers(
  people: readonly { email: string; displayName: string }[],
  currentEmail: string,
): { user: PlaygroundUser; otherUsers: PlaygroundUser[] } {
  const all = people.map((person, index) => ({
    id: `user-id-${index}`,
    name: person.displayName,
    email: person.email,
    aadObjectId: `00000000-0000-0000-0000-${String(20 + index).padStart(13, '0')}`,
  }));
  const user = all.find((candidate) => candidate.email === currentEmail);
  if (!user) throw new Error(`${currentEmail} is not a demo person`);
  return { user, otherUsers: all.filter((candidate) => candidate !== user) };
}
