import { DEMO_PEOPLE } from '@kvalita/bot';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/local/free-port';
import { playgroundUsers, startPlayground, type RunningPlayground } from '../../scripts/local/playground';
import { startLocalStack, type LocalStack } from '../../scripts/local/stack';

export { startLocalStack };
export type { LocalStack };

/** The local stack with SharePoint in memory and a fixed test secret, as tests use it. */
export function startTestStack(options: { tab?: boolean; now?: () => Date } = {}): Promise<LocalStack> {
  return startLocalStack({
    dataFile: ':memory:',
    respondentKeySecret: 'test-secret-of-at-least-thirty-two-characters',
    tabDirectory: options.tab ? join(process.cwd(), 'teams-app', 'dist') : null,
    ...(options.now ? { now: options.now } : {}),
  });
}

/** Agents Playground in a scratch folder, chatting as the given demo person. */
export async function startTestPlayground(botEndpoint: string, email: string): Promise<RunningPlayground> {
  return startPlayground({
    botEndpoint,
    port: await freePort(),
    folder: mkdtempSync(join(tmpdir(), 'kvalita-playground-')),
    ...playgroundUsers(DEMO_PEOPLE, email),
  });
}
