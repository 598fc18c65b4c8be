import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PackagingError } from './issues';

/** Which env file fills the placeholders: `--env NAME` (manifest/env/.env.NAME) or `--env-file PATH`. */
export type EnvSelection = { kind: 'name'; name: string } | { kind: 'file'; path: string };

export type ValueSource = 'environment' | 'env file' | 'default';

export interface PlaceholderValue {
  value: string;
  source: ValueSource;
}

export type Lookup = (name: string) => PlaceholderValue | undefined;

const ENV_NAME = /^[a-z0-9][a-z0-9_-]*$/i;
const LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

/**
 * Parses a dotenv-style file: `KEY=value` lines, `#` comments, blank lines, optional `export `,
 * values optionally in single or double quotes (a `#` inside quotes is kept). A line that is
 * none of these is an error with its line number, rather than a silently ignored setting.
 */
export function parseEnvFile(text: string, fileLabel: string): Record<string, string> {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = LINE.exec(line);
    if (!match) {
      problems.push(`line ${index + 1}: expected KEY=value, got "${line}"`);
      return;
    }
    const [, key = '', rawValue = ''] = match;
    let value = rawValue.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
      value = value.slice(1, -1);
    } else {
      value = value.replace(/\s+#.*$/, ''); // trailing comment after an unquoted value
    }
    values[key] = value;
  });
  if (problems.length > 0) {
    throw new PackagingError(
      `${fileLabel} is not a valid env file`,
      problems.map((message) => ({ file: fileLabel, path: '', message })),
    );
  }
  return values;
}

/** The name the package is built for: the zip is appPackage.<name>.zip. */
export function envNameOf(selection: EnvSelection): string {
  if (selection.kind === 'name') return selection.name;
  const name = basename(selection.path)
    .replace(/^\.env\.?/, '')
    .replace(/\.env$/, '')
    .replace(/[^a-z0-9_-]+/gi, '-');
  return name === '' ? 'custom' : name;
}

/** Finds and reads the selected env file; says how to create it when it is missing. */
export function readEnvSelection(
  manifestDir: string,
  selection: EnvSelection,
  show: (path: string) => string = (path) => path,
): { path: string; values: Record<string, string> } {
  let path: string;
  if (selection.kind === 'name') {
    if (!ENV_NAME.test(selection.name)) {
      throw new PackagingError(
        `--env "${selection.name}" is not an environment name (letters, digits, - and _ only)`,
      );
    }
    path = join(manifestDir, 'env', `.env.${selection.name}`);
    if (!existsSync(path)) {
      const sample = `${path}.sample`;
      throw new PackagingError(
        existsSync(sample)
          ? `${show(path)} does not exist: copy ${basename(sample)} to ${basename(path)} and fill in the values`
          : `${show(path)} does not exist: create it (see manifest/README.md) or pass --env-file PATH`,
      );
    }
  } else {
    path = selection.path;
    if (!existsSync(path)) throw new PackagingError(`env file ${show(path)} does not exist`);
  }
  return { path, values: parseEnvFile(readFileSync(path, 'utf8'), show(path)) };
}

/**
 * Placeholder values in three layers: a real environment variable wins over the env file, which
 * wins over the defaults (e.g. APP_VERSION from manifest/package.json). An empty value counts as
 * unset, so `BOT_ID=` in a file is reported as missing rather than packaged as "".
 */
export function layeredLookup(layers: {
  environment: Readonly<Record<string, string | undefined>>;
  envFile: Readonly<Record<string, string>>;
  defaults: Readonly<Record<string, string>>;
}): Lookup {
  return (name) => {
    const fromEnvironment = layers.environment[name];
    if (fromEnvironment !== undefined && fromEnvironment !== '') {
      return { value: fromEnvironment, source: 'environment' };
    }
    const fromFile = layers.envFile[name];
    if (fromFile !== undefined && fromFile !== '') return { value: fromFile, source: 'env file' };
    const fallback = layers.defaults[name];
    if (fallback !== undefined && fallback !== '') return { value: fallback, source: 'default' };
    return undefined;
  };
}
