import { readFile } from 'node:fs/promises';
import { runProvision } from './provision/main';

// `npm run provision -- --help`. The work and its checks live in provision/ (tested there).
process.exitCode = await runProvision(process.argv.slice(2), process.env, {
  readFile: (path) => readFile(path, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
