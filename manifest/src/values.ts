import { z } from 'zod';
import type { Issue } from './issues';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

const guid = (what: string) =>
  z.string().regex(GUID, `must be a GUID like 3f2c9a4e-0b1d-4c6e-9f7a-2d5b8e1c4a60 (${what})`);

/** A host name with an optional port, no scheme and no path: kvalita.example.cz, localhost:3978. */
const host = z.string().superRefine((value, context) => {
  const fail = (message: string) => context.addIssue({ code: 'custom', message });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    return fail(`must be a host without the scheme: drop "${value.split('//')[0]}//"`);
  if (/[/?#]/.test(value)) return fail('must be a host only, without a path, query or trailing slash');
  const [name = '', port, ...rest] = value.split(':');
  if (rest.length > 0) return fail('must be host or host:port');
  if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) {
    return fail(`has an invalid port "${port}"`);
  }
  if (name.length > 253 || !name.split('.').every((label) => HOST_LABEL.test(label))) {
    return fail(`"${name}" is not a valid host name`);
  }
});

/**
 * Values the manifest needs in a particular form. The schema would reject most of these too, but
 * later and less clearly (a bad TAB_HOST surfaces as a broken URL in five places).
 */
const KNOWN: Record<string, z.ZodType<string>> = {
  TEAMS_APP_ID: guid('the Teams app id: generate one once and keep it for every version of the app'),
  BOT_ID: guid('the Microsoft App ID of the Azure Bot'),
  AAD_APP_CLIENT_ID: guid('the Application (client) ID of the Entra app registration'),
  TAB_HOST: host,
  APP_VERSION: z.string().regex(SEMVER, 'must be MAJOR.MINOR.PATCH, e.g. 1.0.0 (Teams requires semver)'),
};

/** Other placeholders only need to be non-empty and free of placeholder syntax. */
const anyValue = z
  .string()
  .min(1)
  .refine(
    (value) => !value.includes('${{'),
    'must not contain ${{ (a placeholder inside a value is not filled)',
  );

export function validatePlaceholderValues(
  values: ReadonlyMap<string, string>,
  sourceOf: (name: string) => string,
): Issue[] {
  const issues: Issue[] = [];
  for (const [name, value] of values) {
    const result = (KNOWN[name] ?? anyValue).safeParse(value);
    if (result.success) continue;
    for (const problem of result.error.issues) {
      issues.push({
        file: sourceOf(name),
        path: `\${{${name}}}`,
        message: `${name}="${value}" ${problem.message}`,
      });
    }
  }
  return issues;
}
