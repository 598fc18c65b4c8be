import { z } from 'zod';

/**
 * What the app service needs in production, read from the App Service settings (environment).
 * Every problem is reported at once, by variable name, before anything starts: a half-configured
 * service must not start answering Teams.
 */
const text = z.string().trim().min(1);
const guid = text.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

const settingsSchema = z.object({
  // SharePoint: the Kvalita site and the Entra app (certificate) the service reads and writes it with.
  KVALITA_SITE_URL: text.url().refine((url) => url.startsWith('https://'), 'must be an https:// site URL'),
  KVALITA_TENANT_ID: guid,
  KVALITA_CLIENT_ID: guid,
  KVALITA_CERT_THUMBPRINT: text.transform((value) => value.replace(/[\s:]/g, '')),
  KVALITA_CERT_PRIVATE_KEY: text.optional(),
  KVALITA_CERT_PRIVATE_KEY_FILE: text.optional(),
  // Teams SSO for the tab: the app the tab's token is issued for.
  KVALITA_SSO_CLIENT_ID: guid,
  KVALITA_SSO_APP_ID_URI: text.regex(/^api:\/\//, 'must start with api://'),
  // A tenant account with no Kvalita app role: refused (default), or an employee where the office chooses so.
  KVALITA_UNASSIGNED_USERS: z.enum(['refuse', 'employee']).default('refuse'),
  // The Azure Bot (names as Azure Bot Service documents them for App Service settings).
  MicrosoftAppId: guid,
  MicrosoftAppPassword: text.optional(),
  MicrosoftAppTenantId: guid,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  // Survey privacy: the keyed-hash secret (keep it stable: changing it forgets who answered).
  KVALITA_RESPONDENT_SECRET: text.min(32, 'must be at least 32 characters'),
  KVALITA_GROUP_THRESHOLD: z.coerce.number().int().min(3, 'is never below 3').optional(),
  KVALITA_OFFICE_NAME: text.max(120),
  // Open data: the office's IČO (the publisher in the national catalogue), the RÚIAN code of the
  // municipality the data cover, the contact for the data, and the public https address of this
  // service (the files are served under <address>/opendata).
  KVALITA_OFFICE_ICO: text.regex(/^\d{8}$/, 'must be the 8-digit IČO'),
  KVALITA_OFFICE_RUIAN: text.regex(/^\d{1,10}$/, 'must be the RÚIAN code of the municipality (digits)'),
  KVALITA_OPENDATA_CONTACT: text.email('must be an e-mail address'),
  KVALITA_PUBLIC_URL: text
    .url()
    .refine((url) => url.startsWith('https://'), 'must be the https:// address the service is reached at'),
  // Measures: employees and heads see only their own departments' measures (an office's choice).
  KVALITA_MEASURES_HIDE_OTHER_DEPARTMENTS: z.enum(['true', 'false']).default('false'),
  // Days before a measure's deadline its owner is reminded in chat.
  KVALITA_MEASURE_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  // Controlled documents: days after a version takes effect before a person who has not confirmed
  // it is reminded in chat, and before their head of department is told (later than the reminder).
  KVALITA_DOCUMENT_ACK_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  KVALITA_DOCUMENT_ACK_ESCALATION_DAYS: z.coerce.number().int().min(2).max(120).default(14),
  KVALITA_TAB_DIR: text.optional(),
  // The Teams app's id (the manifest's TEAMS_APP_ID): CAF report cards link to the cycle in the tab.
  KVALITA_TEAMS_APP_ID: guid.optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
});

export type ProductionSettings = z.infer<typeof settingsSchema>;

export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Kvalita cannot start, the settings are incomplete:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
    );
    this.name = 'SettingsError';
  }
}

/** Rules between variables, checked on the raw environment so they are reported with all the others. */
function crossProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  const set = (name: string) => (env[name] ?? '').trim() !== '';
  const problems: string[] = [];
  if (set('KVALITA_CERT_PRIVATE_KEY') === set('KVALITA_CERT_PRIVATE_KEY_FILE'))
    problems.push(
      'KVALITA_CERT_PRIVATE_KEY set exactly one of KVALITA_CERT_PRIVATE_KEY (PEM text) and KVALITA_CERT_PRIVATE_KEY_FILE',
    );
  if (env['MicrosoftAppType'] !== 'UserAssignedMSI' && !set('MicrosoftAppPassword'))
    problems.push('MicrosoftAppPassword is required unless MicrosoftAppType is UserAssignedMSI');
  const days = (name: string, fallback: number) => (set(name) ? Number(env[name]) : fallback);
  const reminder = days('KVALITA_DOCUMENT_ACK_REMINDER_DAYS', 7);
  const escalation = days('KVALITA_DOCUMENT_ACK_ESCALATION_DAYS', 14);
  if (Number.isFinite(reminder) && Number.isFinite(escalation) && escalation <= reminder)
    problems.push(
      'KVALITA_DOCUMENT_ACK_ESCALATION_DAYS must be more than KVALITA_DOCUMENT_ACK_REMINDER_DAYS (the person is reminded before their head is told)',
    );
  return problems;
}

/** Reads the settings; SettingsError lists every missing or malformed variable (never its value). */
export function readProductionSettings(
  env: Readonly<Record<string, string | undefined>>,
): ProductionSettings {
  const parsed = settingsSchema.safeParse(env);
  const problems = [
    ...(parsed.error?.issues ?? []).map((issue) => {
      const name = String(issue.path[0] ?? 'settings');
      return issue.code === 'invalid_type' && issue.input === undefined
        ? `${name} is missing`
        : `${name} ${issue.message}`;
    }),
    ...crossProblems(env),
  ];
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new SettingsError(problems);
}
