// The SPFx solution pins its own toolchain (React 17, TypeScript 5.8, Heft), so it keeps its own
// lockfile and node_modules. The root install installs it too, so one `npm ci` sets up everything.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.env.KVALITA_SKIP_SPFX === '1') {
  console.log('spfx-webparts: install skipped (KVALITA_SKIP_SPFX=1)');
  process.exit(0);
}
if (!existsSync('spfx-webparts/package.json')) process.exit(0);
const command = existsSync('spfx-webparts/package-lock.json') ? 'ci' : 'install';
console.log(`spfx-webparts: npm ${command} (own toolchain, about a minute)`);
const result = spawnSync('npm', [command, '--no-audit', '--no-fund'], {
  cwd: 'spfx-webparts',
  stdio: 'inherit',
  env: { ...process.env, npm_config_workspaces: 'false' },
});
process.exit(result.status ?? 1);
