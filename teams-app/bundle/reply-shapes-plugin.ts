import type { Plugin } from 'esbuild';

const SHAPES_MODULE = /[\\/]teams-app[\\/]src[\\/]platform[\\/]api[\\/]start-reply-shapes\.ts$/;

/**
 * The first page's reply shapes as data: the module derives them from core's zod schemas, which
 * is done here, once, at build time (the build runs the TypeScript sources), so the bundle has
 * the result and not zod. Same function, same schemas: tests check the module as it runs.
 */
export function replyShapesPlugin(): Plugin {
  return {
    name: 'reply-shapes',
    setup(build) {
      build.onLoad({ filter: SHAPES_MODULE }, async (args) => {
        const { startReplyShapes } = (await import(args.path)) as { startReplyShapes: unknown };
        return {
          contents: `export const startReplyShapes = ${JSON.stringify(startReplyShapes)};`,
          loader: 'js',
        };
      });
    },
  };
}
