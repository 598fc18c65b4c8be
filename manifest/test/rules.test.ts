import { beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { buildAppPackage } from '../src/build';
import { formatIssue } from '../src/issues';
import { checkTeamsRules } from '../src/rules';
import { localEnv, manifestDir, schemaRoot, tempDir } from './helpers';

type Doc = Record<string, unknown>;

let built: { manifest: Doc; cs: Doc };
beforeAll(async () => {
  const result = await buildAppPackage({
    manifestDir,
    env: localEnv,
    environment: {},
    schemaRoot,
    outDir: tempDir(),
  });
  const zip = await JSZip.loadAsync(readFileSync(result.zipPath));
  built = { manifest: result.manifest, cs: JSON.parse(await zip.file('cs.json')!.async('string')) as Doc };
});

/** Fresh copies of the filled local manifest and its Czech strings, as they go into the zip. */
function localPackage(): { manifest: Doc; cs: Doc } {
  return structuredClone(built);
}

const bot = (manifest: Doc) => (manifest.bots as { commandLists: { commands: { title: string }[] }[] }[])[0]!;

describe('Teams rules beyond the schema', () => {
  it('pass for the real manifest', () => {
    const { manifest, cs } = localPackage();
    expect(checkTeamsRules(manifest, new Map([['cs.json', cs]]))).toEqual([]);
  });

  it('want unique command titles, also after translation', () => {
    const { manifest, cs } = localPackage();
    bot(manifest).commandLists[0]!.commands[1]!.title = 'Help';
    cs['bots[0].commandLists[0].commands[1].title'] = 'nápověda';
    const issues = checkTeamsRules(manifest, new Map([['cs.json', cs]]));
    expect(issues.map(formatIssue)).toEqual([
      'manifest.json /bots/0/commandLists/0/commands: command "Help" is listed twice',
      'cs.json /bots/0/commandLists/0/commands: command "nápověda" is listed twice in this language',
    ]);
  });

  it('want the tab served from a valid domain over https, and SSO on that domain', () => {
    const { manifest, cs } = localPackage();
    manifest.validDomains = ['kvalita.example.cz'];
    const issues = checkTeamsRules(manifest, new Map([['cs.json', cs]])).map(formatIssue);
    expect(issues).toEqual([
      'manifest.json /configurableTabs/0/configurationUrl: host localhost:3978 is not in validDomains, so Teams will not load it in the tab',
      'manifest.json /staticTabs/0/contentUrl: host localhost:3978 is not in validDomains, so Teams will not load it in the tab',
      'manifest.json /webApplicationInfo/resource: domain localhost:3978 must be listed in validDomains',
    ]);
  });

  it('want the SSO resource to end with the client id', () => {
    const { manifest } = localPackage();
    (manifest.webApplicationInfo as Doc).resource =
      'api://localhost:3978/00000000-0000-0000-0000-000000000000';
    expect(checkTeamsRules(manifest, new Map()).map(formatIssue)).toEqual([
      'manifest.json /webApplicationInfo/resource: must end with the client id c3a8e5f2-1b4d-4f6a-8e2c-5d7b9a1c3e60, ends with 00000000-0000-0000-0000-000000000000',
    ]);
  });

  it('want translations only of what the manifest has, in a file of the same schema version', () => {
    const { manifest, cs } = localPackage();
    cs['staticTabs[3].name'] = 'Navíc';
    cs.$schema =
      'https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.Localization.schema.json';
    expect(checkTeamsRules(manifest, new Map([['cs.json', cs]])).map(formatIssue)).toEqual([
      'cs.json /$schema: must be the v1.30 localization schema, like the manifest',
      'cs.json /staticTabs[3].name: translates staticTabs[3].name, which the manifest does not have',
    ]);
  });

  it('want distinct short and full texts, in every language', () => {
    const { manifest, cs } = localPackage();
    cs['description.full'] = `${cs['description.short'] as string}. Více v aplikaci.`;
    (manifest.name as Doc).full = 'Kvalita';
    expect(checkTeamsRules(manifest, new Map([['cs.json', cs]])).map(formatIssue)).toEqual([
      'manifest.json /name/full: must differ from name.short',
      'cs.json /description/full: must not repeat description.short',
    ]);
  });

  it('want a static tab entity id used once and a $schema matching manifestVersion', () => {
    const { manifest } = localPackage();
    (manifest.staticTabs as Doc[])[2]!.entityId = 'caf';
    manifest.$schema = 'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json';
    expect(checkTeamsRules(manifest, new Map()).map(formatIssue)).toEqual([
      'manifest.json /$schema: points at schema v1.22 but manifestVersion is 1.30',
      'manifest.json /staticTabs/2/entityId: "caf" is used by two tabs',
    ]);
  });
});
