import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { SPO_MAX_FILE_SIZE, SPO_MAX_REQUEST_BYTES } from '../src/options';
import { client, spError, start } from './helpers';

function bytes(length: number, seed = 0): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 13 + seed) % 256));
}

describe('file size limits', () => {
  it('defaults to SharePoint Online: 250 GB a file, 262,144,000 bytes a request', () => {
    expect(SPO_MAX_FILE_SIZE).toBe(268_435_456_000);
    expect(SPO_MAX_REQUEST_BYTES).toBe(262_144_000);
  });

  describe('with lowered limits', () => {
    let emulator: RunningEmulator;
    let sp: SPFI;
    const library = '/sites/kvalita/Limity';
    const folder = () => sp.web.getFolderByServerRelativePath(library);
    const file = (name: string) => sp.web.getFileByServerRelativePath(`${library}/${name}`);

    beforeAll(async () => {
      emulator = await start({ maxFileBytes: 2_000, maxFileSize: 4_000 });
      sp = client(emulator.siteUrl);
      await sp.web.lists.ensure('Limity', '', 101, false, { EnableVersioning: true });
    });
    afterAll(async () => {
      await emulator.close();
    });

    it('refuses one request above the request limit and takes the same file in fragments', async () => {
      const refused = await spError(
        folder().files.addUsingPath('a.bin', new Blob([bytes(3_000)]), { Overwrite: true }),
      );
      expect(refused).toEqual({
        status: 400,
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: 'The request message is too big. The server does not allow messages larger than 2000 bytes.',
      });
      expect((await spError(file('a.bin')())).status).toBe(404);
      await folder().files.addChunked('a.bin', new Blob([bytes(3_000)]), {
        Overwrite: true,
        chunkSize: 1_000,
      });
      expect(Buffer.from(await file('a.bin').getBuffer())).toEqual(bytes(3_000));
    });

    it('refuses a file above the file size limit however it comes, and keeps what was there', async () => {
      await folder().files.addUsingPath('b.bin', new Blob([bytes(1_500, 1)]), { Overwrite: true });
      const chunked = await spError(
        file('b.bin').setContentChunked(new Blob([bytes(4_500)]), { chunkSize: 1_000 }),
      );
      expect(chunked.status).toBe(500);
      expect(chunked.message).toContain('4000 bytes');
      expect(Buffer.from(await file('b.bin').getBuffer())).toEqual(bytes(1_500, 1));
      expect(await file('b.bin').select('UIVersionLabel')()).toMatchObject({ UIVersionLabel: '1.0' });
      // Exactly at the limit is fine.
      await file('b.bin').setContentChunked(new Blob([bytes(4_000)]), { chunkSize: 1_000 });
      expect((await file('b.bin').select('Length')()).Length).toBe('4000');
    });
  });

  it('keeps content that came in fragments in parts and sends it back whole', async () => {
    const emulator = await start();
    try {
      const sp = client(emulator.siteUrl);
      await sp.web.lists.ensure('Velke', '', 101);
      const content = bytes(9 * 1024 * 1024 + 17, 3);
      await sp.web
        .getFolderByServerRelativePath('/sites/kvalita/Velke')
        .files.addChunked('video.bin', new Blob([content]), { Overwrite: true, chunkSize: 5 * 1024 * 1024 });
      const file = sp.web.getFileByServerRelativePath('/sites/kvalita/Velke/video.bin');
      expect((await file.select('Length')()).Length).toBe(String(content.length));
      const response = await fetch(
        `${emulator.siteUrl}/_api/web/getFileByServerRelativePath(decodedurl='/sites/kvalita/Velke/video.bin')/$value`,
      );
      expect(response.headers.get('content-length')).toBe(String(content.length));
      expect(Buffer.from(await response.arrayBuffer()).equals(content)).toBe(true);
    } finally {
      await emulator.close();
    }
  });
});
