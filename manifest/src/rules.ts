import { z } from 'zod';
import type { Issue } from './issues';

/**
 * Teams rules the JSON schema does not express. Each one is written down in Microsoft's manifest
 * documentation; breaking it gets the package rejected at upload or the app misbehaving in Teams.
 * Meant for a manifest that already passed the schema; it is still read through a loose zod shape,
 * so an unexpected document gives issues, never a crash.
 */

const url = z.string();
const command = z.looseObject({ title: z.string() });
const manifestShape = z.looseObject({
  $schema: z.string().optional(),
  manifestVersion: z.string(),
  version: z.string(),
  name: z.looseObject({ short: z.string(), full: z.string().optional() }),
  description: z.looseObject({ short: z.string(), full: z.string() }),
  developer: z.looseObject({ websiteUrl: url, privacyUrl: url, termsOfUseUrl: url }),
  localizationInfo: z
    .looseObject({
      defaultLanguageTag: z.string(),
      additionalLanguages: z.array(z.looseObject({ languageTag: z.string(), file: z.string() })).optional(),
    })
    .optional(),
  staticTabs: z
    .array(z.looseObject({ entityId: z.string(), contentUrl: url.optional(), websiteUrl: url.optional() }))
    .optional(),
  configurableTabs: z.array(z.looseObject({ configurationUrl: url })).optional(),
  bots: z
    .array(z.looseObject({ commandLists: z.array(z.looseObject({ commands: z.array(command) })).optional() }))
    .optional(),
  validDomains: z.array(z.string()).optional(),
  webApplicationInfo: z.looseObject({ id: z.string(), resource: z.string().optional() }).optional(),
});
type Manifest = z.infer<typeof manifestShape>;

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const SCHEMA_VERSION = /\/json-schemas\/teams\/v(\d+\.\d+|DevPreview)\//;

const MANIFEST = 'manifest.json';

function issue(path: string, message: string, file = MANIFEST): Issue {
  return { file, path, message };
}

/** Does a validDomains entry (host, host:port or *.domain) cover the URL's host? */
function domainCovers(entry: string, target: URL): boolean {
  const wanted = entry.toLowerCase();
  if (wanted.startsWith('*.')) return target.hostname.endsWith(wanted.slice(1));
  return wanted.includes(':') ? wanted === target.host : wanted === target.hostname;
}

function checkVersions(manifest: Manifest, issues: Issue[]): void {
  const schemaVersion = manifest.$schema ? SCHEMA_VERSION.exec(manifest.$schema)?.[1] : undefined;
  if (manifest.$schema && schemaVersion !== manifest.manifestVersion) {
    issues.push(
      issue(
        '/$schema',
        `points at schema v${schemaVersion ?? '?'} but manifestVersion is ${manifest.manifestVersion}`,
      ),
    );
  }
  if (!SEMVER.test(manifest.version)) {
    issues.push(
      issue('/version', `"${manifest.version}" must be a semver version MAJOR.MINOR.PATCH, e.g. 1.0.0`),
    );
  }
}

function checkTexts(
  name: Manifest['name'],
  description: Manifest['description'],
  file: string,
  issues: Issue[],
): void {
  if (name.full !== undefined && name.full === name.short) {
    issues.push(issue('/name/full', 'must differ from name.short', file));
  }
  if (description.full === description.short) {
    issues.push(issue('/description/full', 'must differ from description.short', file));
  } else if (description.full.includes(description.short)) {
    issues.push(issue('/description/full', 'must not repeat description.short', file));
  }
}

function checkUrls(manifest: Manifest, issues: Issue[]): void {
  const domains = manifest.validDomains ?? [];
  const seen = new Set<string>();
  domains.forEach((domain, index) => {
    if (/^[a-z]+:\/\/|[/?#]/i.test(domain)) {
      issues.push(
        issue(`/validDomains/${index}`, `"${domain}" must be a domain only, without scheme or path`),
      );
    }
    if (seen.has(domain.toLowerCase()))
      issues.push(issue(`/validDomains/${index}`, `"${domain}" is listed twice`));
    seen.add(domain.toLowerCase());
  });

  const https = (path: string, value: string | undefined, mustBeValidDomain: boolean) => {
    if (value === undefined) return;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      issues.push(issue(path, `"${value}" is not a URL`));
      return;
    }
    if (parsed.protocol !== 'https:') issues.push(issue(path, `"${value}" must use https://`));
    if (mustBeValidDomain && !domains.some((domain) => domainCovers(domain, parsed))) {
      issues.push(
        issue(path, `host ${parsed.host} is not in validDomains, so Teams will not load it in the tab`),
      );
    }
  };
  https('/developer/websiteUrl', manifest.developer.websiteUrl, false);
  https('/developer/privacyUrl', manifest.developer.privacyUrl, false);
  https('/developer/termsOfUseUrl', manifest.developer.termsOfUseUrl, false);
  manifest.configurableTabs?.forEach((tab, index) => {
    https(`/configurableTabs/${index}/configurationUrl`, tab.configurationUrl, true);
  });
  manifest.staticTabs?.forEach((tab, index) => {
    https(`/staticTabs/${index}/contentUrl`, tab.contentUrl, true);
    https(`/staticTabs/${index}/websiteUrl`, tab.websiteUrl, false);
  });

  const entityIds = new Set<string>();
  manifest.staticTabs?.forEach((tab, index) => {
    if (entityIds.has(tab.entityId))
      issues.push(issue(`/staticTabs/${index}/entityId`, `"${tab.entityId}" is used by two tabs`));
    entityIds.add(tab.entityId);
  });

  // Teams SSO: the Application ID URI of the Entra app is api://<domain of the tab>/<client id>.
  const app = manifest.webApplicationInfo;
  if (app?.resource !== undefined) {
    const match = /^api:\/\/([^/]+)\/(.+)$/.exec(app.resource);
    if (!match) {
      issues.push(
        issue(
          '/webApplicationInfo/resource',
          `"${app.resource}" must look like api://<tab domain>/<client id>`,
        ),
      );
    } else {
      const [, domain = '', clientId = ''] = match;
      if (clientId.toLowerCase() !== app.id.toLowerCase()) {
        issues.push(
          issue(
            '/webApplicationInfo/resource',
            `must end with the client id ${app.id}, ends with ${clientId}`,
          ),
        );
      }
      if (!domains.some((entry) => entry.toLowerCase() === domain.toLowerCase())) {
        issues.push(issue('/webApplicationInfo/resource', `domain ${domain} must be listed in validDomains`));
      }
    }
  }
}

function duplicateTitles(titles: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const title of titles) {
    const key = title.trim().toLocaleLowerCase();
    if (seen.has(key)) duplicates.add(title);
    seen.add(key);
  }
  return [...duplicates];
}

function checkCommands(
  manifest: Manifest,
  localizations: ReadonlyMap<string, unknown>,
  issues: Issue[],
): void {
  manifest.bots?.forEach((bot, botIndex) => {
    bot.commandLists?.forEach((list, listIndex) => {
      const path = `/bots/${botIndex}/commandLists/${listIndex}/commands`;
      for (const title of duplicateTitles(list.commands.map((c) => c.title))) {
        issues.push(issue(path, `command "${title}" is listed twice`));
      }
      for (const [file, strings] of localizations) {
        const localized = list.commands.map((c, commandIndex) => {
          const key = `bots[${botIndex}].commandLists[${listIndex}].commands[${commandIndex}].title`;
          const value = (strings as Record<string, unknown>)[key];
          return typeof value === 'string' ? value : c.title;
        });
        for (const title of duplicateTitles(localized)) {
          issues.push(issue(path, `command "${title}" is listed twice in this language`, file));
        }
      }
    });
  });
}

/** "bots[0].commandLists[1].commands[0].title" → does that element exist in the manifest? */
function keyExists(manifest: unknown, key: string): boolean {
  let node: unknown = manifest;
  for (const part of key.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match || node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[match[1] ?? ''];
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) {
      if (!Array.isArray(node)) return false;
      node = node[Number(index[1])];
    }
  }
  return node !== undefined;
}

function checkLocalizations(
  manifest: Manifest,
  raw: unknown,
  localizations: ReadonlyMap<string, unknown>,
  issues: Issue[],
): void {
  const info = manifest.localizationInfo;
  if (!info) return;
  const tags = new Set([info.defaultLanguageTag.toLowerCase()]);
  info.additionalLanguages?.forEach((language, index) => {
    const tag = language.languageTag.toLowerCase();
    if (tags.has(tag)) {
      issues.push(
        issue(
          `/localizationInfo/additionalLanguages/${index}/languageTag`,
          `"${language.languageTag}" is already covered (the default language or listed twice)`,
        ),
      );
    }
    tags.add(tag);
  });
  for (const [file, strings] of localizations) {
    if (strings === null || typeof strings !== 'object') continue;
    const record = strings as Record<string, unknown>;
    const schema = typeof record.$schema === 'string' ? SCHEMA_VERSION.exec(record.$schema)?.[1] : undefined;
    if (schema !== manifest.manifestVersion) {
      issues.push(
        issue(
          '/$schema',
          `must be the v${manifest.manifestVersion} localization schema, like the manifest`,
          file,
        ),
      );
    }
    for (const key of Object.keys(record)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (!keyExists(raw, key))
        issues.push(issue(`/${key}`, `translates ${key}, which the manifest does not have`, file));
    }
    const localizedName = {
      short: typeof record['name.short'] === 'string' ? record['name.short'] : manifest.name.short,
      full: typeof record['name.full'] === 'string' ? record['name.full'] : manifest.name.full,
    };
    const localizedDescription = {
      short:
        typeof record['description.short'] === 'string'
          ? record['description.short']
          : manifest.description.short,
      full:
        typeof record['description.full'] === 'string'
          ? record['description.full']
          : manifest.description.full,
    };
    checkTexts(localizedName, localizedDescription, file, issues);
  }
}

/**
 * @param manifest the filled manifest.json
 * @param localizations additional-language files by package file name (e.g. "cs.json")
 */
export function checkTeamsRules(manifest: unknown, localizations: ReadonlyMap<string, unknown>): Issue[] {
  const parsed = manifestShape.safeParse(manifest);
  if (!parsed.success) {
    // Only reached when the caller skipped the schema: report instead of checking half a manifest.
    return parsed.error.issues.map((problem) =>
      issue(`/${problem.path.join('/')}`, `cannot check the Teams rules: ${problem.message}`),
    );
  }
  const issues: Issue[] = [];
  checkVersions(parsed.data, issues);
  checkTexts(parsed.data.name, parsed.data.description, MANIFEST, issues);
  checkUrls(parsed.data, issues);
  checkCommands(parsed.data, localizations, issues);
  checkLocalizations(parsed.data, manifest, localizations, issues);
  return issues;
}
