import {
  DEMO_OFFICE_NAME,
  DEMO_PEOPLE,
  createService,
  demoAuthenticator,
  listen,
  seedDemoOffice,
  type SeedReport,
} from '@kvalita/bot';
import { connectSharePoint, provisionLists } from '@kvalita/sharepoint';
import { startEmulator } from '@kvalita/sharepoint-emulator';

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
}

export interface LocalStack {
  readonly emulatorSiteUrl: string;
  readonly serviceUrl: string;
  readonly seed: SeedReport;
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
    const seed = await seedDemoOffice(sp, provisioned);
    const app = createService({
      mode: 'local',
      sp,
      authenticator: demoAuthenticator,
      respondentKeySecret: options.respondentKeySecret,
      bot: { appId: '', appPassword: '', tenantId: '', appType: 'MultiTenant' },
      tabDirectory: options.tabDirectory,
      officeName: DEMO_OFFICE_NAME,
      ...(options.now ? { now: options.now } : {}),
      log,
    });
    const service = await listen(app, options.servicePort ?? 0, '127.0.0.1');
    return {
      emulatorSiteUrl: emulator.siteUrl,
      serviceUrl: service.url,
      seed,
      stop: async () => {
        await service.close();
        await emulator.close();
      },
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
