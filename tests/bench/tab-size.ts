import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The tab's initial JavaScript (entry plus the chunks it imports statically), gzipped; budget 250 KB. */
export function tabSize(): string[][] {
  const dist = join(process.cwd(), 'teams-app', 'dist');
  try {
    const meta = JSON.parse(readFileSync(join(dist, 'meta.json'), 'utf8')) as {
      outputs: Record<string, { imports: { path: string; kind: string }[]; entryPoint?: string }>;
    };
    // The entry is named by its content hash (app-<hash>.js).
    const entry = Object.keys(meta.outputs).find((file) => /(^|\/)app(-[A-Z0-9]{8})?\.js$/.test(file));
    if (!entry) return [['tab initial JS', 'no app.js in the build', '']];
    const initial = new Set<string>([entry]);
    for (const file of initial) {
      for (const imported of meta.outputs[file]?.imports ?? []) {
        if (imported.kind === 'import-statement') initial.add(imported.path);
      }
    }
    // esbuild names outputs relative to the folder it ran in: the repository root or teams-app/.
    const fileOf = (output: string) =>
      existsSync(join(process.cwd(), output))
        ? join(process.cwd(), output)
        : join(process.cwd(), 'teams-app', output);
    const bytes = [...initial].reduce((sum, file) => sum + gzipSync(readFileSync(fileOf(file))).length, 0);
    const kb = bytes / 1000;
    return [
      [
        'tab initial JS (gzip, budget 250 KB)',
        `${kb.toFixed(1)} KB`,
        kb <= 250 ? 'within budget' : 'OVER BUDGET',
      ],
    ];
  } catch {
    return [['tab initial JS', 'not built: run npm run build:tab', '']];
  }
}
