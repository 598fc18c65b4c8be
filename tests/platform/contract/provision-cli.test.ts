import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ALL_LISTS } from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import { UsageError, parseProvisionArgs } from '../../../scripts/provision/args';
import { runProvision, type ProvisionIo } from '../../../scripts/provision/main';

const SITE = 'https://lipova.sharepoint.com/sites/kvalita';
const TENANT = '11111111-2222-3333-4444-555555555555';
const APP = '66666666-7777-8888-9999-000000000000';
const THUMB = 'ab'.repeat(32);
const site = [
  '--site',
  SITE,
  '--tenant',
  TENANT,
  '--client-id',
  APP,
  '--thumbprint',
  THUMB,
  '--private-key',
  'kvalita.pem',
];

function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: ProvisionIo = {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io: value, out, err };
}

describe('npm run provision: arguments', () => {
  it('reads a real site with its certificate from options', () => {
    expect(parseProvisionArgs([...site, '--locale', 'en'], {})).toEqual({
      kind: 'site',
      siteUrl: SITE,
      locale: 'en',
      tenantId: TENANT,
      clientId: APP,
      thumbprint: THUMB,
      privateKey: { file: 'kvalita.pem' },
    });
  });

  it('takes what the command line leaves out from the environment, the key even as PEM text', () => {
    const command = parseProvisionArgs(['--site', `${SITE}/`], {
      KVALITA_TENANT_ID: 'lipova.onmicrosoft.com',
      KVALITA_CLIENT_ID: APP,
      KVALITA_CERT_THUMBPRINT: 'AB:CD:'.repeat(10),
      KVALITA_CERT_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----',
    });
    expect(command).toMatchObject({
      siteUrl: SITE,
      locale: 'cs',
      tenantId: 'lipova.onmicrosoft.com',
      thumbprint: 'ABCD'.repeat(10),
      privateKey: { pem: '-----BEGIN PRIVATE KEY-----' },
    });
  });

  it('reads the emulator and help', () => {
    expect(parseProvisionArgs(['--emulator', 'http://127.0.0.1:5010/sites/kvalita'], {})).toEqual({
      kind: 'emulator',
      siteUrl: 'http://127.0.0.1:5010/sites/kvalita',
      locale: 'cs',
    });
    expect(parseProvisionArgs(['--help'], {})).toEqual({ kind: 'help' });
  });

  it.each<[string, string[], RegExp]>([
    ['nothing', [], /exactly one of --site .* or --emulator/],
    ['both --site and --emulator', [...site, '--emulator', 'http://127.0.0.1:1/sites/x'], /exactly one/],
    ['a host without scheme', ['--site', 'lipova.sharepoint.com'], /full URL/],
    ['plain http for a site', ['--site', 'http://lipova.sharepoint.com/sites/kvalita'], /https/],
    [
      'a site without credentials',
      ['--site', SITE],
      /missing --tenant .*--client-id .*--thumbprint .*--private-key/,
    ],
    [
      'a malformed thumbprint',
      [...site.slice(0, 6), '--thumbprint', 'xyz', '--private-key', 'k.pem'],
      /64 hex digits.*40/,
    ],
    [
      'a malformed tenant',
      ['--site', SITE, '--tenant', 'nope', '--client-id', APP, '--thumbprint', THUMB, '--private-key', 'k'],
      /tenant id/,
    ],
    [
      'a client id that is no GUID',
      ['--site', SITE, '--tenant', TENANT, '--client-id', 'app', '--thumbprint', THUMB, '--private-key', 'k'],
      /client\) id/,
    ],
    [
      'an emulator elsewhere on the network',
      ['--emulator', 'http://10.0.0.5:5010/sites/kvalita'],
      /on this machine/,
    ],
    [
      'an unknown locale',
      ['--emulator', 'http://127.0.0.1:5010/sites/kvalita', '--locale', 'de'],
      /cs or en/,
    ],
    [
      'a misspelt option',
      ['--emulator', 'http://127.0.0.1:5010/sites/kvalita', '--tenantt', 'x'],
      /Unknown option/,
    ],
  ])('refuses %s with a clear message', (_label, argv, message) => {
    expect(() => parseProvisionArgs(argv, {})).toThrow(UsageError);
    expect(() => parseProvisionArgs(argv, {})).toThrow(message);
  });
});

describe('npm run provision: runs', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dataFile: ':memory:' });
  }, 30_000);
  afterAll(() => emulator.close());

  it('provisions a running emulator, and a second run changes nothing', async () => {
    const first = io();
    expect(await runProvision(['--emulator', emulator.siteUrl], {}, first.io)).toBe(0);
    const lists = ALL_LISTS.length;
    expect(first.out.at(-1)).toBe(`${lists} lists: ${lists} created, 0 updated, 0 unchanged.`);
    expect(first.out.some((line) => line.startsWith('KvalitaCycleHistory: created'))).toBe(true);
    expect(first.out.some((line) => line.startsWith('KvalitaMeasures: created'))).toBe(true);
    const second = io();
    expect(await runProvision(['--emulator', emulator.siteUrl, '--locale', 'cs'], {}, second.io)).toBe(0);
    expect(second.out.at(-1)).toBe(`All ${lists} lists are up to date; nothing changed.`);
    // Two provisioning runs of every list: seconds on a busy machine.
  }, 60_000);

  it('exits 2 with usage on a mistake, and 2 on a key that is not PEM, before any network call', async () => {
    const usage = io();
    expect(await runProvision(['--site', SITE], {}, usage.io)).toBe(2);
    expect(usage.err.join('\n')).toMatch(/missing --tenant[\s\S]*npm run provision -- --site/);
    const badKey = io({ 'kvalita.pem': 'not a key' });
    expect(await runProvision(site, {}, badKey.io)).toBe(2);
    expect(badKey.err.join('\n')).toMatch(/PEM/);
  });

  it('exits 1 with the reason when the site cannot be provisioned', async () => {
    const failing = io();
    const url = `${emulator.url}/sites/missing-site`;
    expect(await runProvision(['--emulator', url], {}, failing.io)).toBe(1);
    expect(failing.err.join('\n')).toMatch(/^Provisioning failed: /);
  });
});
