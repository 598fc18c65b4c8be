import { parseArgs } from 'node:util';
import type { EnvSelection } from './env';

export type Command = { kind: 'help' } | { kind: 'build'; env: EnvSelection };

export const USAGE = `Usage: npm run package:teams -- [--env NAME | --env-file PATH]

Builds manifest/build/appPackage.<env>.zip, the Teams app package.
  --env NAME        fill placeholders from manifest/env/.env.NAME (default: local)
  --env-file PATH   fill placeholders from this file instead
Environment variables override values from the env file.`;

export class UsageError extends Error {}

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        env: { type: 'string' },
        'env-file': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { env, 'env-file': envFile, help } = parsed.values;
  if (help) return { kind: 'help' };
  if (env !== undefined && envFile !== undefined)
    throw new UsageError('use either --env or --env-file, not both');
  if (envFile !== undefined) return { kind: 'build', env: { kind: 'file', path: envFile } };
  return { kind: 'build', env: { kind: 'name', name: env ?? 'local' } };
}
