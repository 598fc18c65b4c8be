import { createInterface } from 'node:readline';
import {
  BotConversationsRepository,
  SiteContext,
  SurveyDeliveriesRepository,
  connectSharePoint,
} from '@kvalita/sharepoint';
// The delivery modules alone, not the whole service: a process starts in under two seconds.
import { systemClock } from '../../bot/src/platform/delivery/clock';
import { RateLimiter } from '../../bot/src/platform/delivery/rate-limiter';
import { WaveRunner } from '../../bot/src/platform/delivery/run-wave';
import { connectorRestSend } from '../support/connector-send';

/**
 * One app-service process of the crash scenario (crash.ts): the production fan-out (4 sends at
 * once, 50/s, claims in the local SharePoint given as the first argument), started warm and told
 * which wave to send by a line "<survey> <wave> <leaseMs>" on stdin, so the bench can kill it with
 * SIGKILL anywhere and start the next one at once. Prints the wave report as JSON when it is done.
 */
const [siteUrl] = process.argv.slice(2);
if (!siteUrl) throw new Error('usage: crash-child.ts <siteUrl>');
const site = new SiteContext(connectSharePoint(siteUrl));
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  const [survey = '', wave = '0', leaseMs = '0'] = line.trim().split(' ');
  const runner = new WaveRunner({
    deliveries: new SurveyDeliveriesRepository(site),
    conversations: new BotConversationsRepository(site),
    send: connectorRestSend(),
    activity: async (delivery) => ({ type: 'message', text: `${delivery.surveyKey} wave ${delivery.wave}` }),
    limiter: new RateLimiter(systemClock),
    clock: systemClock,
    random: Math.random,
    now: () => new Date(),
    options: { concurrency: 4, claimLeaseMs: Number(leaseMs) },
  });
  process.stdout.write(`${JSON.stringify(await runner.runWave(survey, Number(wave)))}\n`);
  break;
}
lines.close();
