import { describe, expect, it } from '@jest/globals';
import { BOT_COMMANDS, HELP_CARD_TAB, commandsIn, helpCard, type CommandScope } from '@kvalita/bot';
import { translate, type Locale } from '@kvalita/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestCommandList {
  readonly scopes: readonly CommandScope[];
  readonly commands: readonly { readonly title: string; readonly description: string }[];
}

interface Manifest {
  readonly staticTabs: readonly { readonly entityId: string; readonly name?: string }[];
  readonly bots: readonly {
    readonly scopes: readonly CommandScope[];
    readonly commandLists: readonly ManifestCommandList[];
  }[];
}

const folder = join(process.cwd(), 'manifest');
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.template.json'), 'utf8')) as Manifest;
const czech = JSON.parse(readFileSync(join(folder, 'locales', 'cs.json'), 'utf8')) as Record<string, string>;
const lists = manifest.bots[0]?.commandLists ?? [];
const SCOPES: readonly CommandScope[] = ['personal', 'team', 'groupChat'];

/** What Teams offers in a scope and language: the template's strings, or cs.json's for Czech. */
function offered(scope: CommandScope, locale: Locale): { title: string; description: string }[] {
  return lists.flatMap((list, listIndex) =>
    list.scopes.includes(scope)
      ? list.commands.map((command, index) => {
          const key = `bots[0].commandLists[${listIndex}].commands[${index}]`;
          return locale === 'en'
            ? { title: command.title, description: command.description }
            : {
                title: czech[`${key}.title`] ?? command.title,
                description: czech[`${key}.description`] ?? command.description,
              };
        })
      : [],
  );
}

describe('the Teams manifest offers what the bot does', () => {
  it.each(SCOPES.flatMap((scope) => (['cs', 'en'] as const).map((locale) => [scope, locale] as const)))(
    'commands in %s chats (%s) are exactly the bot’s, with the bot’s titles and descriptions',
    (scope, locale) => {
      expect(offered(scope, locale)).toEqual(
        commandsIn(scope).map((command) => ({
          title: translate(locale, command.title),
          description: translate(locale, command.description),
        })),
      );
    },
  );

  it('installs the bot in every scope one of its commands is offered in', () => {
    const used = new Set(BOT_COMMANDS.flatMap((command) => command.scopes));
    expect([...(manifest.bots[0]?.scopes ?? [])].sort()).toEqual([...used].sort());
  });

  it('names in the help card the tab the manifest has, in both languages', () => {
    const index = manifest.staticTabs.findIndex((tab) => tab.entityId === HELP_CARD_TAB.entityId);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(manifest.staticTabs[index]?.name).toBe(HELP_CARD_TAB.name.en);
    expect(czech[`staticTabs[${index}].name`] ?? manifest.staticTabs[index]?.name).toBe(
      HELP_CARD_TAB.name.cs,
    );
    for (const locale of ['cs', 'en'] as const) {
      const shown = JSON.stringify(helpCard(locale, 'personal'));
      expect(shown).toContain(HELP_CARD_TAB.name[locale]);
      // Features the app does not have are not promised.
      expect(shown).not.toMatch(/akční plán|action plan|360|pulz|pulse|mystery|dokument|document/i);
    }
  });

  it('lists in the help card the commands of its scope, and no survey button where surveys are not offered', () => {
    const personal = JSON.stringify(helpCard('cs', 'personal'));
    expect(personal).toContain('průzkum — Otevřené průzkumy');
    expect(personal).toContain('nápověda — Přehled toho, co umím');
    const team = helpCard('en', 'team');
    expect(JSON.stringify(team)).toContain('help — Show what I can do');
    expect(JSON.stringify(team)).not.toContain('survey —');
    expect(team.actions).toBeUndefined();
  });
});
