import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * What the browser loads as text. Source maps and esbuild's metafile are left out: only developer
 * tools ask for them, and they are the bulk of the folder.
 */
const COMPRESSED_EXTENSIONS = new Set(['.js', '.html', '.css', '.json', '.svg', '.txt']);
const NEVER_COMPRESSED = new Set(['meta.json']);

/**
 * Writes `<file>.br` and `<file>.gz` beside every text asset in `directory` (recursively), once at
 * build time with the slowest, smallest settings, so the service never compresses per request.
 * A variant that would not be smaller is not written; the service then sends the file itself.
 */
export async function precompress(directory: string): Promise<void> {
  const files = await readdir(directory, { recursive: true, withFileTypes: true });
  await Promise.all(
    files
      .filter((entry) => entry.isFile() && COMPRESSED_EXTENSIONS.has(extname(entry.name)))
      .filter((entry) => !NEVER_COMPRESSED.has(entry.name))
      .map(async (entry) => {
        const file = join(entry.parentPath, entry.name);
        const content = await readFile(file);
        const [br, gz] = await Promise.all([
          brotli(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
          gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        if (br.length < content.length) await writeFile(`${file}.br`, br);
        if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
      }),
  );
}
