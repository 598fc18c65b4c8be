import {
  createService,
  entraAuthenticator,
  listen,
  startSchedulerLoop,
  type EntraOptions,
  type RunningServer,
  type SchedulerLoop,
} from '@kvalita/bot';
import { AccessTokenBearer, connectSharePoint } from '@kvalita/sharepoint';
import { certificateTokenSource } from '@kvalita/sharepoint/app-only';
import type { SPFI } from '@pnp/sp';
import type { ProductionSettings } from './settings';

export interface ProductionHost {
  readonly server: RunningServer;
  readonly scheduler: SchedulerLoop;
  /** Stops the scheduler first (a tick in progress still needs SharePoint and the bot), then HTTP. */
  stop(): Promise<void>;
}

export interface ProductionHostDeps {
  readonly readFile: (path: string) => Promise<string>;
  readonly log: (line: string) => void;
  /** The site connection; by default app-only with the certificate (tests pass the local SharePoint). */
  readonly connect?: (settings: ProductionSettings, privateKeyPem: string) => SPFI;
  /** Token signing keys; by default Entra's published keys for the tenant. */
  readonly signingKeys?: EntraOptions['keys'];
  readonly tabDirectory: string | null;
  readonly host?: string;
  readonly now?: () => Date;
}

function certificateConnection(settings: ProductionSettings, privateKeyPem: string): SPFI {
  const source = certificateTokenSource(settings.KVALITA_SITE_URL, {
    tenantId: settings.KVALITA_TENANT_ID,
    clientId: settings.KVALITA_CLIENT_ID,
    thumbprint: settings.KVALITA_CERT_THUMBPRINT,
    privateKeyPem,
  });
  return connectSharePoint(settings.KVALITA_SITE_URL, AccessTokenBearer(source));
}

/**
 * The app service as it runs in production: Teams SSO tokens verified against Entra, the Azure Bot
 * credentials, an app-only SharePoint connection, and the survey scheduler every minute.
 */
export async function startProductionHost(
  settings: ProductionSettings,
  deps: ProductionHostDeps,
): Promise<ProductionHost> {
  const privateKeyPem =
    settings.KVALITA_CERT_PRIVATE_KEY ?? (await deps.readFile(settings.KVALITA_CERT_PRIVATE_KEY_FILE ?? ''));
  if (!privateKeyPem.includes('PRIVATE KEY'))
    throw new Error('The certificate private key must be PEM (-----BEGIN PRIVATE KEY-----).');
  const sp = (deps.connect ?? certificateConnection)(settings, privateKeyPem);
  const now = deps.now ?? (() => new Date());
  const { app, scheduler } = createService({
    mode: 'production',
    sp,
    authenticator: () =>
      entraAuthenticator({
        tenantId: settings.KVALITA_TENANT_ID,
        clientId: settings.KVALITA_SSO_CLIENT_ID,
        applicationIdUri: settings.KVALITA_SSO_APP_ID_URI,
        unassigned: settings.KVALITA_UNASSIGNED_USERS,
        ...(deps.signingKeys ? { keys: deps.signingKeys } : {}),
      }),
    respondentKeySecret: settings.KVALITA_RESPONDENT_SECRET,
    bot: {
      appId: settings.MicrosoftAppId,
      appPassword: settings.MicrosoftAppPassword ?? '',
      tenantId: settings.MicrosoftAppTenantId,
      appType: settings.MicrosoftAppType,
    },
    tabDirectory: deps.tabDirectory,
    officeName: settings.KVALITA_OFFICE_NAME,
    openData: {
      publisher: {
        officeName: settings.KVALITA_OFFICE_NAME,
        ico: settings.KVALITA_OFFICE_ICO,
        ruianMunicipality: settings.KVALITA_OFFICE_RUIAN,
        contactEmail: settings.KVALITA_OPENDATA_CONTACT,
        publicUrl: settings.KVALITA_PUBLIC_URL.replace(/\/+$/, ''),
      },
    },
    ...(settings.KVALITA_TEAMS_APP_ID ? { teamsAppId: settings.KVALITA_TEAMS_APP_ID } : {}),
    ...(settings.KVALITA_GROUP_THRESHOLD ? { surveyGroupThreshold: settings.KVALITA_GROUP_THRESHOLD } : {}),
    measures: {
      hideOtherDepartments: settings.KVALITA_MEASURES_HIDE_OTHER_DEPARTMENTS === 'true',
      reminderDays: settings.KVALITA_MEASURE_REMINDER_DAYS,
    },
    documents: {
      settings: {
        acknowledgementReminderDays: settings.KVALITA_DOCUMENT_ACK_REMINDER_DAYS,
        acknowledgementEscalationDays: settings.KVALITA_DOCUMENT_ACK_ESCALATION_DAYS,
      },
    },
    now,
    log: deps.log,
  });
  const server = await listen(app, settings.PORT, deps.host ?? '0.0.0.0');
  const loop = startSchedulerLoop({ tick: (at) => scheduler.tick(at), now, log: deps.log });
  deps.log(`Kvalita is listening on ${server.url} for ${settings.KVALITA_SITE_URL}`);
  return {
    server,
    scheduler: loop,
    stop: async () => {
      await loop.stop();
      await server.close();
    },
  };
}
