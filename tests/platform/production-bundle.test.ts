import { describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * `npm run serve` is what runs in production. Bundling its entry the way Node would load it shows
 * every source file it can reach: the demo office (people, cycles, answers) must not be among them.
 */
describe('the production host', () => {
  it('never loads the demo office data', async () => {
    const result = await build({
      entryPoints: [join(process.cwd(), 'scripts', 'serve.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      conditions: ['source'],
      logLevel: 'silent',
      // Our workspace packages are followed; third-party packages are not what this is about.
      plugins: [
        {
          name: 'external-third-party',
          setup(builder) {
            builder.onResolve({ filter: /^[^./]/ }, (args) =>
              args.path.startsWith('@kvalita/') ? undefined : { path: args.path, external: true },
            );
          },
        },
      ],
    });
    const sources = Object.keys(result.metafile.inputs);
    expect(sources.some((source) => source.endsWith('bot/src/service.ts'))).toBe(true);
    expect(
      sources.filter((source) => /demo\//.test(source) && !source.includes('demo-authenticator')),
    ).toEqual([]);
  });
});
