import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppPackage } from '../src/build';
import type { Issue } from '../src/issues';
import { PackagingError } from '../src/issues';
import { escapeLoneBrackets, loadBundledSchemas, validateAgainstSchema } from '../src/schema';
import { copyOfManifestDir, localEnv, manifestDir, schemaRoot, tempDir } from './helpers';

let builtManifest: Record<string, unknown>;
beforeAll(async () => {
  ({ manifest: builtManifest } = await buildAppPackage({
    manifestDir,
    env: localEnv,
    environment: {},
    schemaRoot,
    outDir: tempDir(),
  }));
});

/** A fresh copy of the filled local manifest, valid until a test breaks it. */
function validManifest(): Record<string, unknown> {
  return structuredClone(builtManifest);
}

const schemas = loadBundledSchemas(schemaRoot, '1.30');

async function schemaIssues(manifest: unknown): Promise<Issue[]> {
  return validateAgainstSchema(manifest, schemas.manifest, 'manifest.json');
}

/** Builds a scratch copy of manifest/ whose template was changed by `edit`; returns the failure. */
async function failureWithTemplate(edit: (template: Record<string, unknown>) => void) {
  const dir = copyOfManifestDir();
  const path = join(dir, 'manifest.template.json');
  const template = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(template);
  writeFileSync(path, JSON.stringify(template, null, 2));
  const outDir = tempDir();
  const error = await buildAppPackage({
    manifestDir: dir,
    env: localEnv,
    environment: {},
    schemaRoot,
    outDir,
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackagingError);
  expect(existsSync(join(outDir, 'appPackage.local.zip'))).toBe(false);
  return (error as PackagingError).issues;
}

describe('validation against the bundled Teams schema', () => {
  it('reports a missing required field with its path and the schema message', async () => {
    const manifest = validManifest();
    delete manifest.developer;
    expect(await schemaIssues(manifest)).toContainEqual({
      file: 'manifest.json',
      path: '/',
      message: expect.stringContaining("must have required property 'developer'"),
    });
  });

  it('reports a value of the wrong type', async () => {
    const manifest = validManifest();
    manifest.version = 1;
    expect(await schemaIssues(manifest)).toContainEqual({
      file: 'manifest.json',
      path: '/version',
      message: expect.stringContaining('must be string'),
    });
  });

  it('reports a manifestVersion that does not match the schema, and an id that is not a GUID', async () => {
    const manifest = validManifest();
    manifest.manifestVersion = '1.29';
    manifest.id = 'kvalita';
    const issues = await schemaIssues(manifest);
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: '/manifestVersion',
        message: expect.stringContaining('must be equal to constant'),
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/id', message: expect.stringContaining('must match pattern') }),
    );
  });

  it('reports properties the schema does not know', async () => {
    const manifest = validManifest();
    (manifest.bots as Record<string, unknown>[])[0]!.supportsFile = false;
    expect(await schemaIssues(manifest)).toContainEqual({
      file: 'manifest.json',
      path: '/bots/0',
      message: expect.stringMatching(/must NOT have additional properties.*supportsFile/),
    });
  });

  it('validates a language file against the localization schema of the same version', async () => {
    const issues = await validateAgainstSchema(
      { 'name.short': 'Kvalita', 'description.short': '', 'staticTab[0].name': 'CAF' },
      schemas.localization,
      'cs.json',
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'cs.json',
          path: '/',
          message: expect.stringContaining("'description.full'"),
        }),
        expect.objectContaining({
          path: '/description.short',
          message: expect.stringContaining('must match pattern'),
        }),
        expect.objectContaining({
          path: '/',
          message: expect.stringMatching(/additional properties.*staticTab\[0\]\.name/),
        }),
      ]),
    );
  });

  it('names the bundled versions when the manifest asks for one that is not bundled', () => {
    expect(() => loadBundledSchemas(schemaRoot, '1.18')).toThrow(/1\.18.*bundled: .*1\.17, 1\.19/);
  });

  it('compiles the localization schemas, whose patterns contain a lone "]"', () => {
    expect(escapeLoneBrackets('^a\\[\\b(1|2)\\b]\\.x$')).toBe('^a\\[\\b(1|2)\\b\\]\\.x$');
    expect(escapeLoneBrackets('^[a-z]+\\]$')).toBe('^[a-z]+\\]$');
    // The pattern exactly as the v1.30 localization schema writes it.
    const pattern = escapeLoneBrackets(
      '^activities.activityTypes\\[\\b([0-9]|[1-8][0-9]|9[0-9]|1[01][0-9]|12[0-7])\\b]\\.description$',
    );
    expect(new RegExp(pattern, 'u').test('activities.activityTypes[12].description')).toBe(true);
    expect(new RegExp(pattern, 'u').test('activities.activityTypes[128].description')).toBe(false);
  });
});

describe('packaging a broken template', () => {
  it('stops with the schema messages and writes no zip', async () => {
    const issues = await failureWithTemplate((template) => {
      delete template.description;
      template.accentColor = 'blue';
      (template.bots as Record<string, unknown>[])[0]!.scopes = ['personal', 'channel'];
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          file: 'manifest.json',
          path: '/',
          message: expect.stringContaining("must have required property 'description'"),
        },
        {
          file: 'manifest.json',
          path: '/accentColor',
          message: expect.stringContaining('must match pattern "^#[0-9a-fA-F]{6}$"'),
        },
        {
          file: 'manifest.json',
          path: '/bots/0/scopes/1',
          message: expect.stringContaining('must be equal to one of the allowed values'),
        },
      ]),
    );
  });

  it('rejects an app version that is not MAJOR.MINOR.PATCH, which the schema alone lets through', async () => {
    const issues = await failureWithTemplate((template) => {
      template.version = '1.0';
    });
    expect(issues).toEqual([
      {
        file: 'manifest.json',
        path: '/version',
        message: expect.stringContaining('semver version MAJOR.MINOR.PATCH'),
      },
    ]);
  });

  it('rejects a manifestVersion with no bundled schema', async () => {
    const issues = await failureWithTemplate((template) => {
      template.manifestVersion = '1.99';
    });
    expect(issues).toEqual([
      { file: 'manifest.json', path: '/manifestVersion', message: expect.stringContaining('1.30') },
    ]);
  });
});
