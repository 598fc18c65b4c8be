import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppPackage } from '../src/build';
import { envNameOf, layeredLookup, parseEnvFile } from '../src/env';
import { PackagingError } from '../src/issues';
import { collectPlaceholders, fillPlaceholders, unfilledPaths } from '../src/placeholders';
import { localEnv, manifestDir, schemaRoot, tempDir } from './helpers';

const DEV_VALUES = [
  'TEAMS_APP_ID=0b7c3f1e-8a2d-4e59-b6c4-1d9e7f2a3b58',
  'BOT_ID=5e1a9c3d-7b2f-4d68-a0e4-3c8b6d1f9a27',
  'AAD_APP_CLIENT_ID=a6d4b2c8-3e1f-4a97-8b5c-2f7e9d0c1b34',
  'TAB_HOST=kvalita.mesto-example.cz',
];

function envFile(lines: readonly string[]): string {
  const path = join(tempDir(), '.env.dev');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<PackagingError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackagingError);
  return error as PackagingError;
}

function build(path: string, environment: Record<string, string> = {}) {
  return buildAppPackage({
    manifestDir,
    env: { kind: 'file', path },
    environment,
    schemaRoot,
    outDir: tempDir(),
  });
}

describe('env files', () => {
  it('reads KEY=value lines, comments, quotes and export', () => {
    expect(
      parseEnvFile(
        [
          '# comment',
          '',
          'A=1',
          'export B = two words ',
          'C="quoted # kept"',
          "D='x'",
          'E=value # note',
          'F=',
        ].join('\n'),
        '.env.test',
      ),
    ).toEqual({ A: '1', B: 'two words', C: 'quoted # kept', D: 'x', E: 'value', F: '' });
  });

  it('rejects a line that is not KEY=value, naming the line', () => {
    expect(() => parseEnvFile('A=1\nTAB_HOST kvalita.cz\n', '.env.dev')).toThrow(PackagingError);
    try {
      parseEnvFile('A=1\nTAB_HOST kvalita.cz\n', '.env.dev');
    } catch (error) {
      expect((error as PackagingError).issues[0]?.message).toMatch(/^line 2: expected KEY=value/);
    }
  });

  it('names the package after the env file', () => {
    expect(envNameOf({ kind: 'name', name: 'local' })).toBe('local');
    expect(envNameOf({ kind: 'file', path: '/x/.env.prod' })).toBe('prod');
    expect(envNameOf({ kind: 'file', path: '/x/tenant a.env' })).toBe('tenant-a');
  });
});

describe('where placeholder values come from', () => {
  it('prefers a real environment variable over the env file over the defaults, ignoring empty values', () => {
    const lookup = layeredLookup({
      environment: { TAB_HOST: 'from-env.cz', BOT_ID: '' },
      envFile: { TAB_HOST: 'from-file.cz', BOT_ID: 'file-bot', APP_VERSION: '2.0.0' },
      defaults: { APP_VERSION: '0.1.0', OTHER: 'default' },
    });
    expect(lookup('TAB_HOST')).toEqual({ value: 'from-env.cz', source: 'environment' });
    expect(lookup('BOT_ID')).toEqual({ value: 'file-bot', source: 'env file' });
    expect(lookup('APP_VERSION')).toEqual({ value: '2.0.0', source: 'env file' });
    expect(lookup('OTHER')).toEqual({ value: 'default', source: 'default' });
    expect(lookup('MISSING')).toBeUndefined();
  });

  it('builds a production package from an env file, with environment variables overriding it', async () => {
    const path = envFile([...DEV_VALUES, 'APP_VERSION=1.2.0']);
    const result = await build(path, { TAB_HOST: 'kvalita.azurewebsites.net', APP_VERSION: '1.2.3' });
    expect(result.envName).toBe('dev');
    expect(result.manifest).toMatchObject({
      id: '0b7c3f1e-8a2d-4e59-b6c4-1d9e7f2a3b58',
      version: '1.2.3',
      validDomains: ['kvalita.azurewebsites.net'],
      staticTabs: [{ contentUrl: 'https://kvalita.azurewebsites.net/tab/index.html' }, {}, {}],
      webApplicationInfo: {
        resource: 'api://kvalita.azurewebsites.net/a6d4b2c8-3e1f-4a97-8b5c-2f7e9d0c1b34',
      },
    });
    expect(result.values).toEqual(
      expect.arrayContaining([
        { name: 'TAB_HOST', source: 'environment' },
        { name: 'APP_VERSION', source: 'environment' },
        { name: 'BOT_ID', source: 'env file' },
      ]),
    );
  });

  it('takes the app version from manifest/package.json when no env sets it', async () => {
    const result = await buildAppPackage({
      manifestDir,
      env: localEnv,
      environment: {},
      schemaRoot,
      outDir: tempDir(),
    });
    expect(result.values).toContainEqual({ name: 'APP_VERSION', source: 'default' });
  });
});

describe('missing and invalid values', () => {
  it('names every placeholder without a value', async () => {
    const error = await failure(
      build(envFile(['TEAMS_APP_ID=0b7c3f1e-8a2d-4e59-b6c4-1d9e7f2a3b58', 'BOT_ID='])),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      '${{TAB_HOST}}',
      '${{BOT_ID}}',
      '${{AAD_APP_CLIENT_ID}}',
    ]);
    expect(error.issues[0]?.message).toMatch(
      /has no value: set TAB_HOST in .*\.env\.dev or as an environment variable/,
    );
  });

  it.each([
    ['TAB_HOST', 'https://kvalita.cz', 'without the scheme'],
    ['TAB_HOST', 'kvalita.cz/tab', 'without a path'],
    ['TAB_HOST', 'kvalita.cz:99999', 'invalid port'],
    ['TAB_HOST', 'kvalita_.cz', 'not a valid host name'],
    ['BOT_ID', 'my-bot', 'must be a GUID'],
    ['TEAMS_APP_ID', '{0b7c3f1e-8a2d-4e59-b6c4-1d9e7f2a3b58}', 'must be a GUID'],
    ['APP_VERSION', '1.0', 'MAJOR.MINOR.PATCH'],
  ])('rejects %s=%s', async (name, value, message) => {
    const error = await failure(build(envFile(DEV_VALUES), { [name]: value }));
    expect(error.issues).toEqual([
      { file: 'environment', path: `\${{${name}}}`, message: expect.stringContaining(message) },
    ]);
  });

  it('says how to create a missing env file from its sample', async () => {
    const error = await failure(
      buildAppPackage({
        manifestDir,
        env: { kind: 'name', name: 'dev' },
        environment: {},
        schemaRoot,
        outDir: tempDir(),
      }),
    );
    expect(error.message).toMatch(/\.env\.dev does not exist: copy \.env\.dev\.sample to \.env\.dev/);
  });
});

describe('placeholders', () => {
  it('are found and filled inside JSON strings only, so values cannot break the JSON', () => {
    const template = {
      url: 'https://${{HOST}}/x',
      list: ['${{ID}}', 3],
      nested: { both: '${{ID}}@${{HOST}}' },
    };
    expect(collectPlaceholders(template)).toEqual(['HOST', 'ID']);
    const filled = fillPlaceholders(
      template,
      new Map([
        ['HOST', 'a"b'],
        ['ID', '1'],
      ]),
    );
    expect(filled).toEqual({ url: 'https://a"b/x', list: ['1', 3], nested: { both: '1@a"b' } });
    expect(unfilledPaths(filled)).toEqual([]);
  });

  it('leaves no unnoticed placeholder behind', () => {
    expect(unfilledPaths({ a: ['ok', '${{ tab-host }}'], b: { 'c/d': '${{X' } })).toEqual([
      '/a/1',
      '/b/c~1d',
    ]);
  });
});
