import type { ProactiveSend } from '@kvalita/bot';
import { DEMO_PEOPLE } from '../../scripts/local/demo/office';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/local/free-port';
import {
  playgroundServiceUrl,
  playgroundUsers,
  startPlayground,
  type RunningPlayground,
} from '../../scripts/local/playground';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../scripts/local/stack';

export { startLocalStack };
export type { LocalStack };

export const TEST_RESPONDENT_SECRET = 'test-secret-of-at-least-thirty-two-characters';

/**
 * The local stack with SharePoint in memory and a fixed test secret, as tests use it. The survey
 * scheduler runs once at start and then only when a test calls `stack.scheduler.tickNow()`. The
 * demo office's documents to confirm and review, and its running 360 cycle's cards, are sent to
 * chat only when a test asks (`documentsChat`, `feedbackChat`), so a chat test of another feature
 * sees only its own cards. The demo's open data is published only when a test asks (`openDataDemo`).
 */
export function startTestStack(
  options: {
    tab?: boolean;
    now?: () => Date;
    proactiveSend?: ProactiveSend;
    teamsAppId?: string;
    connectorTimeoutMs?: number;
    measuresChat?: LocalStackOptions['measuresChat'];
    documentsChat?: boolean;
    feedbackChat?: boolean;
    openDataDemo?: boolean;
  } = {},
): Promise<LocalStack> {
  return startLocalStack({
    dataFile: ':memory:',
    respondentKeySecret: TEST_RESPONDENT_SECRET,
    tabDirectory: options.tab ? join(process.cwd(), 'teams-app', 'dist') : null,
    schedulerIntervalMs: 24 * 60 * 60_000,
    surveyCacheMs: 0,
    ...(options.now ? { now: options.now } : {}),
    ...(options.proactiveSend ? { proactiveSend: options.proactiveSend } : {}),
    ...(options.teamsAppId ? { teamsAppId: options.teamsAppId } : {}),
    ...(options.connectorTimeoutMs ? { connectorTimeoutMs: options.connectorTimeoutMs } : {}),
    ...(options.measuresChat ? { measuresChat: options.measuresChat } : {}),
    documentsChat: options.documentsChat ?? false,
    feedbackChat: options.feedbackChat ?? false,
    openDataDemo: options.openDataDemo ?? false,
  });
}

/**
 * Agents Playground in a scratch folder, chatting with the stack's bot as the given demo person in
 * a Teams of that language; the stack trusts its serviceUrl.
 */
export async function startTestPlayground(
  stack: LocalStack,
  email: string,
  language = 'cs-CZ',
): Promise<RunningPlayground> {
  const port = await freePort();
  stack.trustChatService(playgroundServiceUrl(port));
  return startPlayground({
    botEndpoint: `${stack.serviceUrl}/api/messages`,
    language,
    port,
    folder: mkdtempSync(join(tmpdir(), 'kvalita-playground-')),
    ...playgroundUsers(DEMO_PEOPLE, email),
  });
}
