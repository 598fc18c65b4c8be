import { DEMO_OFFICE_NAME, DEMO_PEOPLE } from './local/demo/office';
import { join } from 'node:path';
import { playgroundServiceUrl, playgroundUsers, startPlayground } from './local/playground';
import { localSecret } from './local/secret';
import { startSharePointPage } from './local/sharepoint-page';
import { startLocalStack } from './local/stack';

/**
 * `npm start`: Kvalita locally with no tenant and no internet. Data stays in .data/, so a second
 * start reuses it. Ports can be moved with KVALITA_PORT, KVALITA_SHAREPOINT_PORT, KVALITA_PLAYGROUND_PORT,
 * KVALITA_SHAREPOINT_PAGE_PORT.
 */
const dataFolder = '.data';
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const log = (line: string) => console.log(`  ${line}`);

async function main(): Promise<void> {
  console.log(`Kvalita – starting locally (${DEMO_OFFICE_NAME}, demo data in ${dataFolder}/)`);
  const stack = await startLocalStack({
    dataFile: join(dataFolder, 'sharepoint.sqlite'),
    emulatorPort: port('KVALITA_SHAREPOINT_PORT', 5010),
    servicePort: port('KVALITA_PORT', 3978),
    respondentKeySecret: localSecret(join(dataFolder, 'respondent-key.secret')),
    tabDirectory: join('teams-app', 'dist'),
    log,
  });
  const chatUser =
    DEMO_PEOPLE.find((person) => person.email.startsWith('marie.prochazkova')) ?? DEMO_PEOPLE[0];
  if (!chatUser) throw new Error('The demo office has no people');
  const playgroundPort = port('KVALITA_PLAYGROUND_PORT', 56150);
  // The bot answers no other chat service: locally no Bot Framework token says who is calling.
  stack.trustChatService(playgroundServiceUrl(playgroundPort));
  const playground = await startPlayground({
    botEndpoint: `${stack.serviceUrl}/api/messages`,
    port: playgroundPort,
    folder: join(dataFolder, 'playground'),
    ...playgroundUsers(DEMO_PEOPLE, chatUser.email),
  });
  const sharePointPage = await startSharePointPage({
    serviceUrl: stack.serviceUrl,
    port: port('KVALITA_SHAREPOINT_PAGE_PORT', 5020),
  });

  console.log(
    [
      '',
      'Kvalita is running:',
      `  Teams tab (browser)          ${stack.serviceUrl}/tab/`,
      `  App service health           ${stack.serviceUrl}/api/health`,
      `  Bot endpoint                 ${stack.serviceUrl}/api/messages`,
      `  Agents Playground (chat)     ${playground.url}   (signed in as ${chatUser.displayName})`,
      `  Local SharePoint site        ${stack.emulatorSiteUrl}`,
      `  SharePoint web parts (page)  ${sharePointPage.url}`,
      `  Open data (no sign-in)       ${stack.serviceUrl}/opendata/katalog.jsonld`,
      '  Survey scheduler             opens, sends, reminds and closes survey waves every minute',
      `  Demo seeded: ${stack.seed.departments} departments, ${stack.seed.people} people, ${stack.seed.measuresAdded} new measures, ${stack.seed.cyclesAdded} new CAF cycles, ${stack.seed.surveysAdded} new surveys, ${stack.seed.documentsAdded} new controlled documents, ${stack.seed.feedbackCyclesAdded} new 360° cycles, ${stack.seed.mysteryCampaignsAdded} new mystery-shopping campaigns`,
      '',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Kvalita…');
    await playground.stop();
    await sharePointPage.close();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
