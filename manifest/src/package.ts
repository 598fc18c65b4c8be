// npm run package:teams -- [--env NAME | --env-file PATH]: validate the manifest offline and write
// the Teams app package. Exit code 1 and every problem on stderr when something is wrong.
import { isAbsolute, relative, resolve } from 'node:path';
import { parseCommand, USAGE, UsageError } from './args';
import { buildAppPackage } from './build';
import { formatIssue, PackagingError } from './issues';

/** Paths below the current folder are shown relative to it, others in full. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

async function main(): Promise<number> {
  try {
    const command = parseCommand(process.argv.slice(2));
    if (command.kind === 'help') {
      console.log(USAGE);
      return 0;
    }
    // Relative to the repository root, where npm runs the script (and where Node itself looks
    // for a file after --env-file, see manifest/README.md).
    const env =
      command.env.kind === 'file' ? { kind: 'file' as const, path: resolve(command.env.path) } : command.env;
    const result = await buildAppPackage({
      manifestDir: resolve(import.meta.dirname, '..'),
      env,
      environment: process.env,
    });
    const fromEnvironment = result.values.filter((v) => v.source === 'environment').map((v) => v.name);
    console.log(
      `Teams app package for "${result.envName}" (manifest ${result.manifestVersion}, values from ${shown(result.envFile)})`,
    );
    if (fromEnvironment.length > 0)
      console.log(`  overridden by environment variables: ${fromEnvironment.join(', ')}`);
    console.log(`  contains ${result.files.join(', ')}`);
    console.log(`  wrote ${shown(result.zipPath)} (${result.size} bytes)`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 1;
    }
    if (error instanceof PackagingError) {
      console.error(error.message);
      for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
