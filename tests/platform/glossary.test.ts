import { describe, expect, it } from '@jest/globals';
import { cs, en } from '@kvalita/core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * docs/glossary.md: one Czech term for one thing. These are the variants it rules out; each says
 * which term to use instead, so a failure tells the fix.
 */
const CZECH_VARIANTS: readonly { readonly variant: RegExp; readonly use: string }[] = [
  { variant: /rozptyl/i, use: 'rozpětí (max − min); rozptyl is the variance' },
  { variant: /oblast\p{L}*\s+(?:ke\s+)?zlepšení/iu, use: 'oblasti pro zlepšení' },
  { variant: /jemně\s+(?:vy)?laděn|podrobné\s+hodnocení|detailní\s+hodnocení/iu, use: 'jemné hodnocení' },
  { variant: /akční\p{L}*\s+plán|plán\p{L}*\s+zlepšení/iu, use: 'plán zlepšování' },
  { variant: /tým\p{L}*\s+sebehodnocení|sebehodnotící|sebehodnoticí\s+tým/iu, use: 'hodnoticí tým' },
  { variant: /hodnotící/iu, use: 'hodnoticí (spelling)' },
  { variant: /konsens/iu, use: 'konsenzus' },
];

const ENGLISH_VARIANTS: readonly { readonly variant: RegExp; readonly use: string }[] = [
  { variant: /variance/i, use: 'spread' },
  { variant: /action plan/i, use: 'improvement plan' },
  { variant: /areas to improve|improvement areas/i, use: 'areas for improvement' },
  { variant: /fine[- ]grained|detailed scoring/i, use: 'fine-tuned scoring' },
];

const root = process.cwd();

/** Where Czech texts live: catalogues, CAF data, the tab, the bot's cards and report, list schemas, SPFx, the manifest. */
const SOURCES = [
  'core/src',
  'teams-app/src',
  'bot/src',
  'sharepoint/src',
  'spfx-webparts/src',
  'manifest/locales',
  'manifest/manifest.template.json',
];

function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return filesUnder(child);
    return /\.(ts|tsx|js|json)$/.test(entry.name) ? [join(root, child)] : [];
  });
}

/** Every line of the sources with a Czech variant, as "file:line: text → use X". */
function czechVariantsInSources(): string[] {
  return SOURCES.flatMap(filesUnder).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        // A choice's former labels exist to read what was stored before the wording was fixed.
        (line.includes('formerLabels') ? [] : CZECH_VARIANTS)
          .filter(({ variant }) => variant.test(line))
          .map(({ use }) => `${relative(root, file)}:${index + 1}: ${line.trim()} → use ${use}`),
      ),
  );
}

function variantsIn(
  catalogue: Readonly<Record<string, string>>,
  variants: readonly { readonly variant: RegExp; readonly use: string }[],
): string[] {
  return Object.entries(catalogue).flatMap(([key, text]) =>
    variants.filter(({ variant }) => variant.test(text)).map(({ use }) => `${key}: ${text} → use ${use}`),
  );
}

describe('one glossary (docs/glossary.md)', () => {
  it('the Czech catalogue uses the glossary’s terms only', () => {
    expect(variantsIn(cs, CZECH_VARIANTS)).toEqual([]);
  });

  it('the English catalogue uses the glossary’s terms only', () => {
    expect(variantsIn(en, ENGLISH_VARIANTS)).toEqual([]);
  });

  it('no Czech text anywhere in the sources (data, cards, report, lists, web parts, manifest) uses a variant', () => {
    expect(czechVariantsInSources()).toEqual([]);
  });

  it('the scan would catch a variant (it reads the files it names)', () => {
    const scanned = SOURCES.flatMap(filesUnder).map((file) => relative(root, file));
    for (const expected of [
      'core/src/i18n/cs.ts',
      'core/src/i18n/areas/surveys-chat.cs.ts',
      'sharepoint/src/caf/lists/assessment-team.ts',
      'bot/src/caf/report/report-sections.ts',
      'manifest/locales/cs.json',
    ])
      expect(scanned).toContain(expected);
    expect(variantsIn({ sample: 'Rozptyl hodnocení' }, CZECH_VARIANTS)).toHaveLength(1);
    expect(variantsIn({ sample: 'Oblasti pro zlepšení' }, CZECH_VARIANTS)).toEqual([]);
  });

  it('says the same thing for a chat survey’s audience as the tab: útvar', () => {
    expect(cs['bot.survey.notForYou']).toContain('útvar');
  });
});
