import type { Metafile } from 'esbuild';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePage } from './bundle/bundle-page';
import { entryOutput, staticImports } from './bundle/page-html';

/*
 * Builds the tab into teams-app/dist: index.html (loads the entry and preloads its chunks),
 * app-<hash>.js and chunks/*-<hash>.js (ES modules; the Teams SDK is a chunk loaded only inside a
 * frame), a .br and a .gz copy of each, and meta.json (esbuild's metafile, for size analysis).
 * The app service serves this folder at /tab/, so every URL in it is relative.
 */
const appDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(appDir, 'dist');

export interface BuildTabOptions {
  /** Print the size of each script (the default); the bench builds quietly. */
  readonly report?: boolean;
}

export async function buildTab({ report = true }: BuildTabOptions = {}): Promise<void> {
  await cleanOutput();
  const entry = join(appDir, 'src/main.tsx');
  const metafile = await bundlePage({
    entry,
    template: join(appDir, 'index.html'),
    outDir,
  });
  if (!report) return;
  await reportSizes(Object.keys(metafile.outputs).filter((file) => file.endsWith('.js')));
  await reportInitialSize(entryOutput(metafile, entry), metafile);
}

/** The entry and the chunks it imports statically: what the browser loads before the first render. */
async function reportInitialSize(entry: string, metafile: Metafile): Promise<void> {
  let total = 0;
  for (const file of [entry, ...staticImports(metafile, entry)]) total += await brotliSize(file);
  console.log(`${'Initial JavaScript (entry + static imports)'.padEnd(44)} ${kilobytes(total)} brotli`);
}

/** Removes the previous bundle, so no stale chunk is ever served. */
async function cleanOutput(): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
}

async function reportSizes(files: readonly string[]): Promise<void> {
  let total = 0;
  for (const file of files) {
    const size = await brotliSize(file);
    total += size;
    console.log(`${relative(appDir, file).padEnd(44)} ${kilobytes(size)} brotli`);
  }
  console.log(`${'JavaScript in total'.padEnd(44)} ${kilobytes(total)} brotli`);
}

/** What the file costs on the wire: the brotli copy beside it, or the file where none was smaller. */
async function brotliSize(file: string): Promise<number> {
  try {
    return (await stat(`${file}.br`)).size;
  } catch {
    return (await stat(file)).size;
  }
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildTab();
}
