import { describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppPackage } from '../src/build';
import { bundledManifestVersions } from '../src/schema';
import { localEnv, manifestDir, schemaRoot, tempDir } from './helpers';

async function buildLocal(environment: Record<string, string> = {}) {
  return buildAppPackage({ manifestDir, env: localEnv, environment, schemaRoot, outDir: tempDir() });
}

describe('the real template with the local env file', () => {
  it('passes the bundled schema and the Teams rules and becomes appPackage.local.zip', async () => {
    const result = await buildLocal();
    expect(result.envName).toBe('local');
    expect(result.zipPath).toMatch(/appPackage\.local\.zip$/);
    expect(existsSync(result.zipPath)).toBe(true);
    expect(result.size).toBe(readFileSync(result.zipPath).length);
  });

  it('declares manifest schema 1.30, which @microsoft/app-manifest bundles for offline validation', async () => {
    const result = await buildLocal();
    expect(result.manifestVersion).toBe('1.30');
    expect(bundledManifestVersions(schemaRoot)).toContain('1.30');
    expect(result.manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
    );
  });

  it('describes the CAF tab, the bot with its commands and Teams SSO for the local host', async () => {
    const { manifest } = await buildLocal();
    expect(manifest).toMatchObject({
      id: '4b1e6a0c-2f7d-4c3e-9a58-0c6d1f2e3a41',
      version: JSON.parse(readFileSync(join(manifestDir, 'package.json'), 'utf8')).version,
      name: { short: 'Kvalita' },
      localizationInfo: {
        defaultLanguageTag: 'en',
        additionalLanguages: [{ languageTag: 'cs', file: 'cs.json' }],
      },
      staticTabs: [
        {
          entityId: 'caf',
          name: 'CAF',
          contentUrl: 'https://localhost:3978/tab/index.html',
          scopes: ['personal'],
        },
        { entityId: 'conversations' },
        { entityId: 'about' },
      ],
      bots: [
        {
          botId: '9d2f4c71-5a3b-4e8c-b1d6-7e0a2c4f6b19',
          scopes: ['personal', 'team', 'groupChat'],
          supportsFiles: false,
        },
      ],
      validDomains: ['localhost:3978'],
      webApplicationInfo: {
        id: 'c3a8e5f2-1b4d-4f6a-8e2c-5d7b9a1c3e60',
        resource: 'api://localhost:3978/c3a8e5f2-1b4d-4f6a-8e2c-5d7b9a1c3e60',
      },
    });
    const titles = (
      manifest.bots as { commandLists: { commands: { title: string }[] }[] }[]
    )[0]?.commandLists.flatMap((list) => list.commands.map((command) => command.title));
    expect(titles).toEqual(['help', 'survey', 'help']);
  });
});

describe('the app package zip', () => {
  it('holds manifest.json, both icons and the Czech strings at its root, with every placeholder filled', async () => {
    const result = await buildLocal();
    const zip = await JSZip.loadAsync(readFileSync(result.zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'cs.json', 'manifest.json', 'outline.png']);

    const manifestText = await zip.file('manifest.json')!.async('string');
    expect(manifestText).not.toContain('${{');
    expect(JSON.parse(manifestText)).toEqual(result.manifest);

    const cs = JSON.parse(await zip.file('cs.json')!.async('string')) as Record<string, string>;
    expect(cs['name.full']).toBe('Kvalita – řízení kvality CAF 2020');
    expect(cs['bots[0].commandLists[0].commands[0].title']).toBe('nápověda');
    expect(cs['bots[0].commandLists[0].commands[1].title']).toBe('průzkum');

    for (const icon of ['color.png', 'outline.png']) {
      const packed = await zip.file(icon)!.async('nodebuffer');
      expect(packed.equals(readFileSync(join(manifestDir, 'icons', icon)))).toBe(true);
    }
  });

  it('is byte-identical when built twice from the same inputs', async () => {
    const first = await buildLocal();
    const second = await buildLocal();
    expect(readFileSync(second.zipPath).equals(readFileSync(first.zipPath))).toBe(true);
  });
});
