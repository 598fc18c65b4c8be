import { build, type BuildOptions, type Metafile } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/*
 * Builds the tab into teams-app/dist: index.html, app.js (an ES module; the Teams SDK is split into
 * a chunk loaded only inside a frame) and meta.json (esbuild's metafile, for size analysis).
 * The app service serves this folder at /tab/, so every URL in it is relative.
 */
const appDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(appDir, 'dist');

const common: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  // Workspace packages (@kvalita/core) resolve to their TypeScript sources.
  conditions: ['source'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
};

export async function buildTab(): Promise<void> {
  await cleanOutput();
  const result = await build({
    ...common,
    entryPoints: { app: join(appDir, 'src/main.tsx') },
    outdir: outDir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
  });
  await writeFile(join(outDir, 'meta.json'), JSON.stringify(result.metafile));
  await copyFile(join(appDir, 'index.html'), join(outDir, 'index.html'));
  if (result.metafile === undefined) throw new Error('esbuild gave no metafile');
  await reportSizes(Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')));
  await reportInitialSize(result.metafile);
}

/** app.js and the chunks it imports statically: what the browser loads before the first render. */
async function reportInitialSize(metafile: Metafile): Promise<void> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  const entry = Object.keys(metafile.outputs).find((file) => file.endsWith('/app.js'));
  if (entry !== undefined) visit(entry);
  let total = 0;
  for (const file of seen) total += gzipSync(await readFile(file)).length;
  console.log(`${'Initial JavaScript (app.js + static imports)'.padEnd(40)} ${kilobytes(total)} gzip`);
}

/** Removes the previous bundle, so no stale chunk is ever served. */
async function cleanOutput(): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
}

async function reportSizes(files: readonly string[]): Promise<void> {
  let total = 0;
  for (const file of files) {
    const gzipped = gzipSync(await readFile(file)).length;
    total += gzipped;
    console.log(`${relative(appDir, file).padEnd(40)} ${kilobytes(gzipped)} gzip`);
  }
  console.log(`${'JavaScript in total'.padEnd(40)} ${kilobytes(total)} gzip`);
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildTab();
}
