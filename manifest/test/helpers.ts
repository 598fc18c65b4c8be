import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { locateSchemaRoot } from '../src/schema';

/** The real manifest folder (manifest/), found from this file. */
export const manifestDir = resolve(__dirname, '..');
export const repoRoot = resolve(manifestDir, '..');
export const schemaRoot = locateSchemaRoot(manifestDir);

export function tempDir(prefix = 'kvalita-manifest-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A scratch copy of the manifest folder's inputs, for tests that break one of them. */
export function copyOfManifestDir(): string {
  const dir = tempDir();
  for (const entry of ['manifest.template.json', 'package.json', 'locales', 'icons', 'env']) {
    cpSync(join(manifestDir, entry), join(dir, entry), { recursive: true });
  }
  return dir;
}

/** The values of manifest/env/.env.local, for tests that build with an explicit environment. */
export const localEnv = { kind: 'name', name: 'local' } as const;
