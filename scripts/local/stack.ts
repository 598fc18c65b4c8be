import {
  TrustedServiceUrls,
  createService,
  demoAuthenticator,
  listen,
  startSchedulerLoop,
  type ProactiveSend,
  type SchedulerLoop,
  type ServiceOptions,
  type WaveRunnerOptions,
} from '@kvalita/bot';
import { SiteContext, connectSharePoint, provisionLists } from '@kvalita/sharepoint';
import { startEmulator } from '@kvalita/sharepoint-emulator';
import { DEMO_OFFICE_NAME, DEMO_OPEN_DATA, DEMO_PEOPLE } from './demo/office';
import { publishDemoOpenData } from './demo/demo-opendata';
import { seedDemoOffice, type SeedReport } from './demo/seed';

export interface LocalStackOptions {
  /** SQLite file of the local SharePoint; ':memory:' for tests. */
  readonly dataFile: string;
  readonly emulatorPort?: number;
  readonly servicePort?: number;
  /** Keyed-hash secret for survey answers; stable across restarts so "answered once" holds. */
  readonly respondentKeySecret: string;
  /** Built tab folder, or null for none. */
  readonly tabDirectory: string | null;
  readonly now?: () => Date;
  readonly log?: (line: string) => void;
  /** How often the survey scheduler runs (it also runs at start); a minute by default. */
  readonly schedulerIntervalMs?: number;
  /** Survey fan-out tuning; tests shorten the waits. */
  readonly delivery?: WaveRunnerOptions;
  /** How long the chat keeps a survey it read (tests: 0, so a survey closed by hand shows closed at once). */
  readonly surveyCacheMs?: number;
  /** How proactive cards reach a chat (tests capture them); the Bot Connector otherwise. */
  readonly proactiveSend?: ProactiveSend;
  /** The Teams app's id, for deep links in cards. */
  readonly teamsAppId?: string;
  /** How long one call to the chat service may take (tests shorten it); 10 s by default. */
  readonly connectorTimeoutMs?: number;
  /** Measures in chat (the register and the measures service the reminders and their cards use). */
  readonly measuresChat?: ServiceOptions['measuresChat'];
  /** Whether the scheduler sends the documents' cards (on by default; tests of other features turn it off). */
  readonly documentsChat?: boolean;
  /** Whether the scheduler sends 360 feedback's cards (on by default; tests of other features turn it off). */
  readonly feedbackChat?: boolean;
  /**
   * Whether the demo office publishes its open data at start (on by default: the catalogue shows at
   * once; tests of other features turn it off, it reads every feature's results).
   */
  readonly openDataDemo?: boolean;
}

export interface LocalStack {
  readonly emulatorSiteUrl: string;
  readonly serviceUrl: string;
  readonly seed: SeedReport;
  /** The survey scheduler's loop: `tickNow()` runs a pass at once (tests, after publishing). */
  readonly scheduler: SchedulerLoop;
  /**
   * Lets the bot answer activities from this chat service (a local Agents Playground's serviceUrl);
   * activities naming any other serviceUrl are refused, as no Bot Framework token is checked locally.
   */
  trustChatService(serviceUrl: string): void;
  stop(): Promise<void>;
}

/**
 * Kvalita locally with no tenant: the SharePoint emulator, the lists provisioned from the schemas,
 * the demo office seeded, and the app service (bot + API + tab) on loopback.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.log ?? (() => undefined);
  const emulator = await startEmulator({
    port: options.emulatorPort ?? 0,
    dataFile: options.dataFile,
    directory: DEMO_PEOPLE.map((person) => ({ email: person.email, displayName: person.displayName })),
  });
  try {
    const sp = connectSharePoint(emulator.siteUrl);
    const provisioned = await provisionLists(sp, { locale: 'cs', log: (line) => log(`provision: ${line}`) });
    const seed = await seedDemoOffice(
      new SiteContext(sp),
      provisioned,
      options.respondentKeySecret,
      (options.now ?? (() => new Date()))(),
    );
    const now = options.now ?? (() => new Date());
    const trustedServiceUrls = new TrustedServiceUrls();
    // The catalogue's addresses are the service's own, known once it listens (port 0 in tests).
    let publicUrl = '';
    const { app, scheduler, openData } = createService({
      mode: 'local',
      trustedServiceUrls,
      sp,
      authenticator: demoAuthenticator,
      respondentKeySecret: options.respondentKeySecret,
      bot: { appId: '', appPassword: '', tenantId: '', appType: 'MultiTenant' },
      tabDirectory: options.tabDirectory,
      officeName: DEMO_OFFICE_NAME,
      openData: {
        publisher: {
          ...DEMO_OPEN_DATA,
          get publicUrl() {
            return publicUrl;
          },
        },
      },
      now,
      log,
      ...(options.delivery ? { delivery: options.delivery } : {}),
      ...(options.surveyCacheMs !== undefined ? { surveyCacheMs: options.surveyCacheMs } : {}),
      ...(options.proactiveSend ? { proactiveSend: options.proactiveSend } : {}),
      ...(options.teamsAppId ? { teamsAppId: options.teamsAppId } : {}),
      ...(options.connectorTimeoutMs ? { connectorTimeoutMs: options.connectorTimeoutMs } : {}),
      ...(options.measuresChat ? { measuresChat: options.measuresChat } : {}),
      ...(options.documentsChat === false ? { documentsChat: false } : {}),
      ...(options.feedbackChat === false ? { feedbackChat: false } : {}),
    });
    const service = await listen(app, options.servicePort ?? 0, '127.0.0.1');
    publicUrl = service.url.replace(/\/+$/, '');
    if (options.openDataDemo !== false) await publishDemoOpenData(openData);
    // Surveys open, remind and close on time: a pass at start, then every minute, never overlapping.
    const loop = startSchedulerLoop({
      tick: (at) => scheduler.tick(at),
      now,
      log,
      ...(options.schedulerIntervalMs ? { intervalMs: options.schedulerIntervalMs } : {}),
    });
    return {
      emulatorSiteUrl: emulator.siteUrl,
      serviceUrl: service.url,
      seed,
      scheduler: loop,
      trustChatService: (serviceUrl) => trustedServiceUrls.add(serviceUrl),
      stop: async () => {
        // The scheduler first: a tick in progress still needs SharePoint and the bot.
        await loop.stop();
        await service.close();
        await emulator.close();
      },
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
