import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startProductionHost } from './production/host';
import { SettingsError, readProductionSettings } from './production/settings';

// `npm run serve`: the app service in production, configured by App Service settings (the variables
// are listed in the README and checked by production/settings.ts). Locally, `npm start` runs
// everything on the embedded SharePoint instead.
try {
  const settings = readProductionSettings(process.env);
  const host = await startProductionHost(settings, {
    readFile: (path) => readFile(path, 'utf8'),
    log: (line) => console.log(line),
    tabDirectory: settings.KVALITA_TAB_DIR ?? join(process.cwd(), 'teams-app', 'dist'),
  });
  const shutdown = () => {
    void host.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
} catch (error) {
  console.error(error instanceof SettingsError ? error.message : error);
  process.exitCode = 1;
}
