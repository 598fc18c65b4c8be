import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempDir } from './helpers';

const PLACEHOLDERS = ['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID', 'TAB_HOST', 'APP_VERSION'];

/** Runs `npm run package:teams -- ...args` the way the root script does: tsx manifest/src/package.ts. */
function packageTeams(args: string[], overrides: Record<string, string> = {}) {
  const environment: Record<string, string | undefined> = { ...process.env, ...overrides };
  for (const name of PLACEHOLDERS) if (!(name in overrides)) delete environment[name];
  const run = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['manifest/src/package.ts', ...args], {
    cwd: repoRoot,
    env: environment,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run package:teams', () => {
  it('packages the local env by default and prints the zip path and size', () => {
    const run = packageTeams([]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/manifest 1\.30, values from manifest\/env\/\.env\.local/);
    expect(run.stdout).toMatch(/wrote manifest\/build\/appPackage\.local\.zip \(\d+ bytes\)/);
    expect(existsSync(join(repoRoot, 'manifest', 'build', 'appPackage.local.zip'))).toBe(true);
  });

  it('fails with the schema message and its JSON path when the manifest breaks the schema', () => {
    // A semver version, so it passes the value check, but longer than the schema's 256 characters.
    const run = packageTeams(['--env', 'local'], { APP_VERSION: `1.0.${'1'.repeat(300)}` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/app package not written: 1 problem/);
    expect(run.stderr).toContain('manifest.json /version: must NOT have more than 256 characters');
    expect(run.stdout).toBe('');
  });

  it('fails naming a placeholder with no value in the chosen env file', () => {
    const file = join(tempDir(), '.env.tenant');
    writeFileSync(file, 'TEAMS_APP_ID=0b7c3f1e-8a2d-4e59-b6c4-1d9e7f2a3b58\nTAB_HOST=kvalita.example.cz\n');
    const run = packageTeams(['--env-file', file], { BOT_ID: '5e1a9c3d-7b2f-4d68-a0e4-3c8b6d1f9a27' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('${{AAD_APP_CLIENT_ID}}: has no value: set AAD_APP_CLIENT_ID in');
    expect(run.stderr).not.toContain('BOT_ID');
  });

  it('rejects unknown options with the usage text', () => {
    const run = packageTeams(['--environment', 'dev']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Unknown option '--environment'[\s\S]*Usage: npm run package:teams/);
  });
});
