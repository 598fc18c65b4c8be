import type { Plugin } from 'esbuild';

/*
 * Why: Fluent UI's `tokens` is an object of some 470 entries, each `name: 'var(--name)'` (30 kB of
 * source), and any component style that reads one at run time pulls all of it into the start-up
 * code. Built from the name it is asked for, it gives the same strings for a few dozen bytes.
 * Nothing enumerates `tokens`; its entries are only ever read by name.
 */
const TOKENS_MODULE = /[\\/]node_modules[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]tokens\.js$/;

const CONTENTS = [
  'export const tokens = new Proxy(',
  '  {},',
  "  { get: (_target, name) => (typeof name === 'string' ? `var(--${name})` : undefined) },",
  ');',
].join('\n');

export function tokensPlugin(): Plugin {
  return {
    name: 'fluent-tokens',
    setup(build) {
      build.onLoad({ filter: TOKENS_MODULE }, () => ({ contents: CONTENTS, loader: 'js' }));
    },
  };
}
