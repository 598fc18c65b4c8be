import {
  AccessTokenBearer,
  connectSharePoint,
  provisionLists,
  type ListProvisionResult,
} from '@kvalita/sharepoint';
import { certificateTokenSource } from '@kvalita/sharepoint/app-only';
import type { SPFI } from '@pnp/sp';
import { USAGE, UsageError, parseProvisionArgs, type ProvisionCommand } from './args';

export interface ProvisionIo {
  readonly readFile: (path: string) => Promise<string>;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** The SPFI a command targets: the emulator trusts loopback; a real site gets an app-only token. */
export async function connectFor(
  command: Exclude<ProvisionCommand, { kind: 'help' }>,
  io: ProvisionIo,
): Promise<SPFI> {
  if (command.kind === 'emulator') return connectSharePoint(command.siteUrl);
  const privateKeyPem =
    'file' in command.privateKey ? await io.readFile(command.privateKey.file) : command.privateKey.pem;
  if (!privateKeyPem.includes('PRIVATE KEY')) {
    throw new UsageError(
      'The private key must be PEM (-----BEGIN PRIVATE KEY-----), the key of the certificate uploaded to the app.',
    );
  }
  const source = certificateTokenSource(command.siteUrl, {
    tenantId: command.tenantId,
    clientId: command.clientId,
    thumbprint: command.thumbprint,
    privateKeyPem,
  });
  return connectSharePoint(command.siteUrl, AccessTokenBearer(source));
}

function summary(results: readonly ListProvisionResult[]): string {
  const created = results.filter((result) => result.created).length;
  const changed = results.filter(
    (result) =>
      !result.created &&
      result.fieldsAdded.length + result.fieldsUpdated.length + result.settingsUpdated.length > 0,
  ).length;
  if (created === 0 && changed === 0) return `All ${results.length} lists are up to date; nothing changed.`;
  return `${results.length} lists: ${created} created, ${changed} updated, ${results.length - created - changed} unchanged.`;
}

/** `npm run provision`: returns the exit code (0 done, 1 failed, 2 usage). */
export async function runProvision(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: ProvisionIo,
): Promise<number> {
  let command: ProvisionCommand;
  try {
    command = parseProvisionArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  try {
    const sp = await connectFor(command, io);
    io.out(`Provisioning ${command.siteUrl} (${command.locale}) …`);
    const results = await provisionLists(sp, { locale: command.locale, log: io.out });
    io.out(summary(results));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    io.err(`Provisioning failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
