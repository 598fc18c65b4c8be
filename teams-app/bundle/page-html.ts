import type { Metafile } from 'esbuild';
import { relative, resolve } from 'node:path';

/** The entry script as the template names it; the build puts in the content-hashed file. */
const ENTRY_TAG = '<script type="module" src="./app.js"></script>';

/**
 * The page for a bundle: the template with its entry script pointing at the content-hashed entry
 * file, preceded by `modulepreload` links for the chunks the entry imports statically, so the
 * browser fetches them side by side with the entry instead of after it has parsed it.
 */
export function pageHtml(template: string, metafile: Metafile, entry: string, outDir: string): string {
  if (!template.includes(ENTRY_TAG)) throw new Error(`The page template has no ${ENTRY_TAG}`);
  const script = entryOutput(metafile, entry);
  const url = (file: string) => `./${relative(outDir, resolve(file)).split('\\').join('/')}`;
  const preloads = staticImports(metafile, script).map(
    (file) => `<link rel="modulepreload" href="${url(file)}" />`,
  );
  const tags = [...preloads, `<script type="module" src="${url(script)}"></script>`];
  return template.replace(ENTRY_TAG, tags.join('\n    '));
}

/**
 * The output file built from the source `entry`. (Every lazily imported module counts as an entry
 * point in the metafile too.) Metafile paths are relative to the directory esbuild ran in.
 */
export function entryOutput(metafile: Metafile, entry: string): string {
  const found = Object.entries(metafile.outputs).find(
    ([, output]) => output.entryPoint !== undefined && resolve(output.entryPoint) === resolve(entry),
  );
  if (found === undefined) throw new Error(`esbuild reported no output for ${entry}`);
  return found[0];
}

/** The chunks `file` imports statically, directly or through one another, in load order. */
export function staticImports(metafile: Metafile, file: string): string[] {
  const seen = new Set<string>([file]);
  const visit = (current: string) => {
    for (const imported of metafile.outputs[current]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || imported.external || seen.has(imported.path)) continue;
      seen.add(imported.path);
      visit(imported.path);
    }
  };
  visit(file);
  seen.delete(file);
  return [...seen];
}
