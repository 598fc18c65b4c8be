import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, digest, spError, start } from './helpers';

/** Bytes that differ from position to position, so a fragment out of place shows. */
function bytes(length: number, seed = 0): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 7 + seed) % 251));
}

/**
 * Chunked upload as @pnp/sp 4 sends it: `files.addChunked` adds an empty file, then
 * `setContentChunked` sends startUpload(uploadId=guid'…'), continueUpload(…,fileOffset=n) and
 * finishUpload(…,fileOffset=n), each with a fragment as the body.
 */
describe('chunked upload', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const library = '/sites/kvalita/Velke';
  const file = (name: string) => sp.web.getFileByServerRelativePath(`${library}/${name}`);
  const folder = () => sp.web.getFolderByServerRelativePath(library);

  /** A raw POST on a file's method (what PnPjs sends, without PnPjs deciding the order). */
  async function post(name: string, method: string, body: Buffer | string = '') {
    const url = `${emulator.siteUrl}/_api/web/getFileByServerRelativePath(decodedurl='${library}/${name}')/${method}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json;odata=nometadata',
        'X-RequestDigest': await digest(emulator.siteUrl),
      },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Velke', '', 101, false, { EnableVersioning: true, EnableMinorVersions: true });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('adds a file in fragments with files.addChunked', async () => {
    const content = bytes(2_500);
    const stages: string[] = [];
    const added = await folder().files.addChunked('velky.bin', new Blob([content]), {
      Overwrite: false,
      chunkSize: 1_000,
      progress: (p) => stages.push(p.stage),
    });
    expect(stages).toEqual(['starting', 'continue', 'finishing']);
    expect(added).toMatchObject({ Name: 'velky.bin', Length: '2500' });
    expect(Buffer.from(await file('velky.bin').getBuffer())).toEqual(content);
    // The empty file addChunked first adds is 0.1; the finished upload is the next draft.
    expect(await file('velky.bin').select('UIVersionLabel')()).toMatchObject({ UIVersionLabel: '0.2' });
    const versions = await file('velky.bin').versions();
    expect(versions.map((v: { VersionLabel: string; Size: number }) => [v.VersionLabel, v.Size])).toEqual([
      ['0.1', 0],
    ]);
  });

  it('replaces an existing file with setContentChunked, also for content smaller than one fragment', async () => {
    await file('velky.bin').setContentChunked(new Blob([bytes(3_000, 1)]), { chunkSize: 1_024 });
    expect(Buffer.from(await file('velky.bin').getBuffer())).toEqual(bytes(3_000, 1));
    await file('velky.bin').setContentChunked(new Blob(['malý']), { chunkSize: 1_024 });
    expect(await file('velky.bin').getText()).toBe('malý');
    expect(await file('velky.bin').select('UIVersionLabel')()).toMatchObject({ UIVersionLabel: '0.4' });
  });

  it('changes nothing visible until the upload finishes, and nothing at all when it is cancelled', async () => {
    await folder().files.addUsingPath('rozpracovany.txt', 'původní obsah', { Overwrite: true });
    const before = await file('rozpracovany.txt').select('UIVersionLabel', 'Length', 'ETag')();
    const id = 'd1b5c1a0-7b8e-4f7e-9a51-0c2f1e3d4b5a';
    expect(await post('rozpracovany.txt', `startUpload(uploadId=guid'${id}')`, 'novy ')).toEqual({
      status: 200,
      body: { value: '5' },
    });
    // A repeated start with the same id answers where the session is (StartUpload is idempotent).
    expect((await post('rozpracovany.txt', `startUpload(uploadId=guid'${id}')`, 'novy ')).body).toEqual({
      value: '5',
    });
    expect(
      await post('rozpracovany.txt', `continueUpload(uploadId=guid'${id}',fileOffset=5)`, 'obsah'),
    ).toEqual({
      status: 200,
      body: { value: '10' },
    });
    expect(await file('rozpracovany.txt').getText()).toBe('původní obsah');
    expect(await file('rozpracovany.txt').select('UIVersionLabel', 'Length', 'ETag')()).toEqual(before);
    expect(await file('rozpracovany.txt').versions()).toEqual([]);

    expect((await post('rozpracovany.txt', `cancelUpload(uploadId=guid'${id}')`)).status).toBe(200);
    expect(await file('rozpracovany.txt').getText()).toBe('původní obsah');
    const gone = await post('rozpracovany.txt', `finishUpload(uploadId=guid'${id}',fileOffset=10)`, '');
    expect(gone.status).toBe(404);
    expect(await file('rozpracovany.txt').select('UIVersionLabel', 'Length', 'ETag')()).toEqual(before);
  });

  it('refuses a fragment whose offset is not where the session is, and keeps the session', async () => {
    const id = '2f0e9c3b-4a5d-4e6f-8a7b-9c0d1e2f3a4b';
    await post('rozpracovany.txt', `startUpload(uploadId=guid'${id}')`, 'abc');
    const wrong = await post('rozpracovany.txt', `continueUpload(uploadId=guid'${id}',fileOffset=2)`, 'def');
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('offset 2');
    const finishedEarly = await post(
      'rozpracovany.txt',
      `finishUpload(uploadId=guid'${id}',fileOffset=6)`,
      'x',
    );
    expect(finishedEarly.status).toBe(400);
    expect(
      await post('rozpracovany.txt', `continueUpload(uploadId=guid'${id}',fileOffset=3)`, 'def'),
    ).toMatchObject({
      body: { value: '6' },
    });
    const done = await post('rozpracovany.txt', `finishUpload(uploadId=guid'${id}',fileOffset=6)`, 'ghi');
    expect(done).toMatchObject({ status: 200, body: { Name: 'rozpracovany.txt', Length: '9' } });
    expect(await file('rozpracovany.txt').getText()).toBe('abcdefghi');
  });

  it('keeps an upload id to the file it was started on, and a checked-out file to its holder', async () => {
    const id = '7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7';
    await post('rozpracovany.txt', `startUpload(uploadId=guid'${id}')`, 'x');
    expect((await post('velky.bin', `continueUpload(uploadId=guid'${id}',fileOffset=1)`, 'y')).status).toBe(
      404,
    );
    await post('rozpracovany.txt', `cancelUpload(uploadId=guid'${id}')`);

    await file('rozpracovany.txt').checkout();
    const petr = client(emulator.siteUrl, 'petr.svoboda@urad.example');
    const refused = await spError(
      petr.web
        .getFileByServerRelativePath(`${library}/rozpracovany.txt`)
        .setContentChunked(new Blob(['Petr']), {}),
    );
    expect(refused.status).toBe(500);
    expect(refused.message).toContain('is checked out for editing');
    await file('rozpracovany.txt').undoCheckout();
    expect(await file('rozpracovany.txt').getText()).toBe('abcdefghi');
  });
});
