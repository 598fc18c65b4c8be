import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { digest } from './helpers';

// tsx's loader in this very process (tsx's own CLI would run the script in a child that outlives a SIGKILL).
const TSX_LOADER = pathToFileURL(
  join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'loader.mjs'),
).href;
const CLI = join(__dirname, '..', 'src', 'cli.ts');
const started: ChildProcess[] = [];
const FILE_BYTES = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256));

interface Running {
  readonly child: ChildProcess;
  readonly siteUrl: string;
  readonly exited: Promise<number | null>;
}

/** Starts `npm run emulator`'s entry point on a free port and waits for it to print the site URL. */
function runCli(dataFile: string): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--import', TSX_LOADER, CLI, '--port', '0', '--data', dataFile, '--quiet'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  started.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The emulator did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /SharePoint emulator: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, siteUrl: match[1] as string, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`The emulator exited with ${String(code)}: ${output}`)));
  });
}

async function addItem(siteUrl: string, title: string): Promise<number> {
  const headers = {
    Accept: 'application/json;odata=nometadata',
    'Content-Type': 'application/json',
    'X-RequestDigest': await digest(siteUrl),
  };
  await fetch(`${siteUrl}/_api/web/lists`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ Title: 'Journal' }),
  });
  const response = await fetch(`${siteUrl}/_api/web/lists/getByTitle('Journal')/items`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ Title: title }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { Id: number }).Id;
}

describe('command line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sp-emulator-cli-'));
  afterEach(() => {
    for (const child of started.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prints the site URL, serves it, and stops cleanly on SIGTERM', async () => {
    const running = await runCli(join(folder, 'clean', 'sharepoint.sqlite'));
    expect(running.siteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/kvalita$/);
    const web = await fetch(`${running.siteUrl}/_api/web`, {
      headers: { Accept: 'application/json;odata=nometadata' },
    });
    expect(((await web.json()) as { Url: string }).Url).toBe(running.siteUrl);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  }, 30_000);

  it('keeps an acknowledged write when the process is killed (kill -9)', async () => {
    const dataFile = join(folder, 'killed', 'sharepoint.sqlite');
    const first = await runCli(dataFile);
    const id = await addItem(first.siteUrl, 'survives');
    const requestDigest = await digest(first.siteUrl);
    await fetch(`${first.siteUrl}/_api/web/lists`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-RequestDigest': requestDigest },
      body: JSON.stringify({ Title: 'Archive', BaseTemplate: 101 }),
    });
    const upload = await fetch(
      `${first.siteUrl}/_api/web/getFolderByServerRelativePath(decodedurl='/sites/kvalita/Archive')/files/addUsingPath(decodedurl='note.bin',overwrite=true)`,
      { method: 'POST', headers: { 'X-RequestDigest': requestDigest }, body: FILE_BYTES },
    );
    expect(upload.status).toBe(200);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await runCli(dataFile);
    const content = await fetch(
      `${second.siteUrl}/_api/web/getFileByServerRelativePath(decodedurl='/sites/kvalita/Archive/note.bin')/$value`,
    );
    expect(Buffer.from(await content.arrayBuffer()).equals(FILE_BYTES)).toBe(true);
    const response = await fetch(
      `${second.siteUrl}/_api/web/lists/getByTitle('Journal')/items(${id})?$select=Title`,
      { headers: { Accept: 'application/json;odata=nometadata' } },
    );
    expect(await response.json()).toMatchObject({ Id: id, Title: 'survives' });
    second.child.kill('SIGTERM');
    await second.exited;
  }, 30_000);
});
