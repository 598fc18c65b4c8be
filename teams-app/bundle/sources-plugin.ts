import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BarrelIndex, inScope, loaderFor } from './direct-imports';
import { StylesAhead } from './styles-ahead';

/** Marks the plugin's own resolve calls, so they do not come back to it. */
const OWN_RESOLVE = Symbol('sources-plugin');

/**
 * How the page's sources are bundled, beyond esbuild's defaults:
 *
 * - our makeStyles calls are compiled at build time (see styles-ahead.ts);
 * - imports from barrels go to the modules that define the names (see direct-imports.ts), so a
 *   lazily loaded page's modules stay in its own chunk;
 * - every lazily loaded module of ours also imports the entry. Why: esbuild makes one chunk per
 *   set of entry points reaching a module, so the modules the entry shares with one page, with two
 *   pages, with the Teams SDK… each became a small chunk of their own, all loaded at start (nine
 *   files, each a request with its own headers). Reached from every lazy entry, all the entry's
 *   modules form one chunk. Nothing runs twice: the entry is evaluated once, before any of them.
 */
export function sourcesPlugin(entry: string): Plugin {
  return {
    name: 'sources',
    setup(build) {
      const barrels = new BarrelIndex(build);
      const styles = new StylesAhead();
      const lazyEntries = new Set<string>();
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === OWN_RESOLVE) return undefined;
        const { path, namespace, importer, resolveDir, kind } = args;
        const result = await build.resolve(path, {
          importer,
          namespace,
          resolveDir,
          kind,
          pluginData: OWN_RESOLVE,
        });
        if (result.errors.length === 0 && !result.external) lazyEntries.add(result.path);
        return result;
      });
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        if (args.namespace !== 'file' || !inScope(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const ours = !args.path.split('\\').join('/').includes('/node_modules/');
        let contents = await barrels.rewrite(
          args.path,
          ours ? await styles.compile(args.path, source) : source,
        );
        // At the end, so every line keeps its number for the source map.
        if (lazyEntries.has(args.path)) contents += `\nimport ${JSON.stringify(resolve(entry))};\n`;
        return { contents, loader: loaderFor(args.path) };
      });
    },
  };
}
