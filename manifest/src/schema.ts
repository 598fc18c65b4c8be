import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Issue } from './issues';
import { PackagingError } from './issues';

/**
 * Microsoft's Teams manifest schemas as bundled in the npm package @microsoft/app-manifest
 * (build/json-schemas/teams/v1.x/). We read them from disk and hand them to
 * AppManifestUtils.validateAgainstSchema ourselves: given only a manifest, that function falls back
 * to downloading the schema when it cannot find its bundled copy, and packaging must work offline.
 */
export interface BundledSchemas {
  manifestVersion: string;
  manifest: object;
  localization: object;
}

/** build/json-schemas/teams inside the installed @microsoft/app-manifest, resolved from `fromDir`. */
export function locateSchemaRoot(fromDir: string): string {
  const require = createRequire(join(fromDir, 'package.json'));
  const root = join(
    dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build',
    'json-schemas',
    'teams',
  );
  if (!existsSync(root))
    throw new PackagingError(`@microsoft/app-manifest has no bundled Teams schemas at ${root}`);
  return root;
}

export function bundledManifestVersions(schemaRoot: string): string[] {
  return readdirSync(schemaRoot)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => {
      const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
      const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
      return aMajor - bMajor || aMinor - bMinor;
    });
}

/**
 * A few schema patterns are written for non-Unicode regular expressions (a lone `]`, as in
 * `\b]\.description$` of every localization schema), which ajv compiles with the `u` flag and
 * rejects. Escaping the lone bracket keeps the meaning the schema authors intended.
 */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i++;
    } else if (char === '[' && !inClass) {
      inClass = true;
      out += char;
    } else if (char === ']') {
      out += inClass ? char : '\\]';
      inClass = false;
    } else {
      out += char;
    }
  }
  return out;
}

function compilesWithUnicode(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function repairPatterns(node: unknown): unknown {
  const fix = (pattern: string) => (compilesWithUnicode(pattern) ? pattern : escapeLoneBrackets(pattern));
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'pattern' && typeof value === 'string') return [key, fix(value)];
      if (key === 'patternProperties' && value !== null && typeof value === 'object') {
        return [key, Object.fromEntries(Object.entries(value).map(([p, s]) => [fix(p), repairPatterns(s)]))];
      }
      return [key, repairPatterns(value)];
    }),
  );
}

function readSchema(path: string): object {
  // Same clean-up as AppManifestUtils.fetchSchema: some schemas carry \a and \v escapes JSON lacks.
  const text = readFileSync(path, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return repairPatterns(JSON.parse(text)) as object;
}

export function loadBundledSchemas(schemaRoot: string, manifestVersion: unknown): BundledSchemas {
  const available = bundledManifestVersions(schemaRoot);
  if (typeof manifestVersion !== 'string' || !available.includes(manifestVersion)) {
    throw new PackagingError(
      `manifestVersion ${JSON.stringify(manifestVersion)} has no schema bundled in @microsoft/app-manifest ` +
        `(bundled: ${available.join(', ')})`,
      [
        {
          file: 'manifest.json',
          path: '/manifestVersion',
          message: `must be one of ${available.join(', ')}`,
        },
      ],
    );
  }
  const dir = join(schemaRoot, `v${manifestVersion}`);
  return {
    manifestVersion,
    manifest: readSchema(join(dir, 'MicrosoftTeams.schema.json')),
    localization: readSchema(join(dir, 'MicrosoftTeams.Localization.schema.json')),
  };
}

/**
 * Validates a document with AppManifestUtils.validateAgainstSchema and turns its messages
 * ("/bots/0/botId must match pattern ...") into issues with the JSON path kept apart.
 */
export async function validateAgainstSchema(
  document: unknown,
  schema: object,
  file: string,
): Promise<Issue[]> {
  // The package types its arguments as manifests; a localization file is validated the same way.
  const messages = await AppManifestUtils.validateAgainstSchema(
    document as AppManifest,
    schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1],
  );
  return [...new Set(messages)].map((text) => {
    const match = /^(\S*) ([\s\S]*)$/.exec(text);
    return { file, path: match?.[1] || '/', message: match?.[2] ?? text };
  });
}
