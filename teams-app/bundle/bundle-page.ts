import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageHtml } from './page-html';
import { precompress } from './precompress';
import { replyShapesPlugin } from './reply-shapes-plugin';
import { sourcesPlugin } from './sources-plugin';
import { tokensPlugin } from './tokens-plugin';

/** How every browser file of the tab is compiled (also the separately built modules). */
export const browserOptions: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  // Workspace packages (@kvalita/core) resolve to their TypeScript sources.
  conditions: ['source'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  // Czech texts as UTF-8 (served with charset=utf-8), not as \u escapes twice their size.
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
};

export interface PageOptions {
  /** The page's script (React root). */
  readonly entry: string;
  /** The HTML template; its `<script src="./app.js">` becomes the hashed entry. */
  readonly template: string;
  readonly outDir: string;
  readonly plugins?: readonly Plugin[];
}

/**
 * Bundles a page the way the service serves the tab: code split into chunks, every script named by
 * its content hash (so it can be cached for good), the page preloading the chunks the entry needs,
 * and a brotli and a gzip copy beside each text file. The bench builds its blank page with it too.
 */
export async function bundlePage({ entry, template, outDir, plugins = [] }: PageOptions): Promise<Metafile> {
  const result = await build({
    ...browserOptions,
    plugins: [...plugins, tokensPlugin(), replyShapesPlugin(), sourcesPlugin(entry)],
    entryPoints: { app: entry },
    outdir: outDir,
    splitting: true,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
  });
  if (result.metafile === undefined) throw new Error('esbuild gave no metafile');
  await writeFile(join(outDir, 'meta.json'), JSON.stringify(result.metafile));
  const html = pageHtml(await readFile(template, 'utf8'), result.metafile, entry, outDir);
  await writeFile(join(outDir, 'index.html'), html);
  await precompress(outDir);
  return result.metafile;
}
