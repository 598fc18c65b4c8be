import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
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

/*
 * Modules built on their own. esbuild puts every module reachable from two entries into a shared
 * chunk the app loads at start: core's zod schemas, reachable through core's index, would land
 * there. Built separately and imported as external files, they load only when used.
 */
const SEPARATE_MODULES: Readonly<Record<string, string>> = {
  'validation/newCycle': 'chunks/validation-newCycle',
};

const separateModules: Plugin = {
  name: 'separate-modules',
  setup(builder) {
    builder.onResolve({ filter: /validation\/newCycle$/ }, () => ({
      // Relative to the importing chunk in dist/chunks/.
      path: './validation-newCycle.js',
      external: true,
    }));
  },
};

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
  const separate = await build({
    ...common,
    entryPoints: Object.fromEntries(
      Object.entries(SEPARATE_MODULES).map(([source, output]) => [
        output,
        join(appDir, 'src', `${source}.ts`),
      ]),
    ),
    outdir: outDir,
  });
  const result = await build({
    ...common,
    plugins: [separateModules],
    entryPoints: { app: join(appDir, 'src/main.tsx') },
    outdir: outDir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
  });
  await writeFile(join(outDir, 'meta.json'), JSON.stringify(result.metafile));
  await copyFile(join(appDir, 'index.html'), join(outDir, 'index.html'));
  if (separate.metafile === undefined || result.metafile === undefined)
    throw new Error('esbuild gave no metafile');
  const outputs = { ...separate.metafile.outputs, ...result.metafile.outputs };
  await reportSizes(Object.keys(outputs).filter((file) => file.endsWith('.js')));
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
