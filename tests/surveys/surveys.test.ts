import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { settledAxeViolations as axeViolations } from '../caf/caf-support';
import { openArea, signInAs, useTabSession } from '../support/tab-session';

/*
 * The survey pages in headless Chromium against the real local stack: the quality manager starts
 * a survey from a template, previews the real card (the adaptivecards renderer), saves and
 * publishes it with the keyboard, and reads results; axe finds nothing on any of these pages.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 180_000;
const MANAGER = 'Ing. Jana Nováková';
// The service's clock: Monday 23 November 2026, 13:00 in Prague. The demo wellbeing pulse (weekly,
// seeded relative to this clock) then has six closed waves of anonymous answers and a seventh open
// since 08:00 this morning.
const NOW = new Date('2026-11-23T12:00:00Z');
const PULSE = 'Týdenní pulz: pohoda v práci';

const session = useTabSession({ timeout: TIMEOUT, now: () => NOW, acceptDownloads: true });
const currentPage = () => session.page();

describe('pulse surveys in Chromium', () => {
  it(
    'the quality manager opens the survey list',
    async () => {
      const tab = currentPage();
      await signInAs(tab, session.serviceUrl(), MANAGER);
      await openArea(tab, 'Průzkumy');
      await tab.getByRole('heading', { level: 1, name: 'Průzkumy' }).waitFor();
      await tab.getByRole('button', { name: 'Nový průzkum' }).waitFor();
      await tab.getByText(/Průzkumy, nejnovější nahoře|Zatím tu není žádný průzkum/).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'starts from the eNPS template, previews the real card in both languages',
    async () => {
      const tab = currentPage();
      await tab.getByRole('button', { name: 'Nový průzkum' }).click();
      const templates = tab.getByRole('region', { name: 'Začněte šablonou, nebo od nuly' });
      await templates.waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await templates.getByRole('button', { name: /^Použít šablonu .*eNPS/ }).click();
      await tab.getByRole('textbox', { name: /Název \(česky\)/ }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);

      await tab.getByRole('button', { name: 'Náhled karty' }).click();
      const czech = tab.getByRole('region', { name: 'Karta v češtině' });
      const english = tab.getByRole('region', { name: 'Karta v angličtině' });
      await czech.locator('.ac-adaptiveCard').waitFor();
      await english.locator('.ac-adaptiveCard').waitFor();
      expect(await czech.textContent()).toContain('jako zaměstnavatele');
      expect(await english.textContent()).toContain('employer');
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'saves and publishes with the keyboard after a confirmation',
    async () => {
      const tab = currentPage();
      const title = tab.getByRole('textbox', { name: /Název \(česky\)/ });
      await title.fill('');
      await title.focus();
      await tab.keyboard.type('Pulz eNPS z prohlížeče');
      await tab.getByRole('button', { name: 'Uložit koncept' }).focus();
      await tab.keyboard.press('Enter');
      await tab.getByText('Koncept je uložen.').waitFor();
      expect(await axeViolations(tab)).toEqual([]);

      await tab.getByRole('button', { name: 'Zveřejnit' }).focus();
      await tab.keyboard.press('Enter');
      const dialog = tab.getByRole('dialog', { name: 'Zveřejnit průzkum?' });
      await dialog.waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await dialog.getByRole('button', { name: 'Ano, zveřejnit' }).focus();
      await tab.keyboard.press('Enter');
      await tab.getByText(/Průzkum je zveřejněn/).waitFor();
      const row = tab.getByRole('row', { name: /Pulz eNPS z prohlížeče/ });
      expect(await row.textContent()).toContain('Naplánovaný');
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows a survey’s results page',
    async () => {
      const tab = currentPage();
      await tab.getByRole('button', { name: 'Výsledky průzkumu Pulz eNPS z prohlížeče' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Pulz eNPS z prohlížeče' }).waitFor();
      await tab.getByRole('button', { name: 'Stáhnout .xlsx' }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  /** From anywhere in the tab: the survey list, then the demo pulse's results. */
  async function openPulseResults(tab: Page) {
    await openArea(tab, 'Průzkumy');
    await tab.getByRole('button', { name: `Výsledky průzkumu ${PULSE}` }).click();
    await tab.getByRole('heading', { level: 1, name: PULSE }).waitFor();
    await tab.getByRole('heading', { level: 2, name: /^Vlna 6:/ }).waitFor();
  }

  it(
    'shows the demo pulse’s latest closed wave: figures, hidden small sections, trends and texts',
    async () => {
      const tab = currentPage();
      await tab.goto(`${session.serviceUrl()}/tab/`);
      await openPulseResults(tab);
      // The past waves were answered before the bot sent anything: a count, and why there is no rate.
      expect(await tab.getByText(/^Počet odpovědí: \d+\. Návratnost nelze spočítat/).textContent()).toMatch(
        /Počet odpovědí: (\d\d)\./,
      );
      const first = tab.getByRole('region', { name: /^1\. Tento týden jsem se v práci cítil/ });
      const distribution = first.getByRole('table', { name: 'Rozložení odpovědí na otázku 1' });
      expect(await distribution.getByRole('row').count()).toBe(6);
      expect(await first.textContent()).toMatch(/Průměr\s*[1-5],\d/);
      // Texts: every closed demo wave has well over ten respondents.
      expect(
        await tab.getByRole('list', { name: 'Textové odpovědi na otázku 3' }).getByRole('listitem').count(),
      ).toBeGreaterThan(0);

      const departments = tab.getByRole('table', { name: 'Výsledky podle útvarů' });
      // Every department of the office is listed; the four-person section is hidden.
      expect(await departments.getByRole('row').count()).toBe(7);
      expect(await departments.getByRole('row', { name: /Oddělení sociální práce/ }).textContent()).toContain(
        'skryto (malá skupina)',
      );
      expect(await departments.getByRole('row', { name: /Odbor sociálních věcí/ }).textContent()).toMatch(
        /Odbor sociálních věcí\d+/,
      );

      // Trends: six closed waves with figures, the wave in progress a gap.
      const trend = tab.getByRole('table', { name: 'Vývoj otázky 1 v číslech' });
      expect(await trend.getByRole('row', { name: /^Vlna 3 / }).textContent()).toMatch(/[1-5],\d/);
      expect(await trend.getByRole('row', { name: /^Vlna 7 / }).textContent()).toContain('skryto');
      expect(await tab.getByRole('img', { name: /Průměr otázky 1 ve vlnách/ }).count()).toBe(1);
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'withholds every figure of the wave still in progress',
    async () => {
      const tab = currentPage();
      await tab.getByRole('combobox', { name: 'Vlna' }).selectOption('7');
      await tab.getByText(/^Výsledky se zobrazí po uzavření vlny/).waitFor();
      expect(await tab.getByRole('table', { name: 'Výsledky podle útvarů' }).count()).toBe(0);
      expect(await tab.getByRole('region', { name: /^1\. Tento týden/ }).count()).toBe(0);
      expect(await axeViolations(tab)).toEqual([]);
      await tab.getByRole('combobox', { name: 'Vlna' }).selectOption('6');
      await tab.getByRole('heading', { level: 2, name: /^Vlna 6:/ }).waitFor();
    },
    TIMEOUT,
  );

  it(
    'downloads the .xlsx with no figure of a hidden section',
    async () => {
      const tab = currentPage();
      const [download] = await Promise.all([
        tab.waitForEvent('download'),
        tab.getByRole('button', { name: 'Stáhnout .xlsx' }).click(),
      ]);
      // The browser turns the colon, not allowed in file names, into an underscore.
      expect(download.suggestedFilename()).toBe('Týdenní pulz_ pohoda v práci.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const rows = (sheet: string) => {
        const found: unknown[][] = [];
        workbook.getWorksheet(sheet)?.eachRow((row) => found.push((row.values as unknown[]).slice(1)));
        return found;
      };
      const section = rows('Útvary').filter((row) => row[1] === 'Oddělení sociální práce');
      expect(section).toHaveLength(6);
      for (const row of section) expect(row.slice(2)).toEqual([undefined, 'skryto na ochranu malých skupin']);
      const shown = rows('Útvary').filter((row) => row[1] === 'Odbor sociálních věcí');
      expect(shown.some((row) => typeof row[2] === 'number' && typeof row[4] === 'number')).toBe(true);
      expect(rows('Přehled').find((row) => row[0] === 7)?.[6]).toBe(
        'zatím skryty – vlna ještě probíhá; dosavadní odpovědi zaokrouhleny dolů na násobek 5',
      );
      expect(rows('Textové odpovědi').length).toBeGreaterThan(1);
    },
    TIMEOUT,
  );

  it.each(['dark', 'contrast'])(
    'has no axe violations on the demo pulse’s results in the %s theme',
    async (theme) => {
      const tab = currentPage();
      // The same browser context remembers the signed-in person.
      await tab.goto(`${session.serviceUrl()}/tab/?theme=${theme}`);
      await openPulseResults(tab);
      await tab.getByRole('table', { name: 'Výsledky podle útvarů' }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it('threw no errors and broke no Content-Security-Policy rule', () => {
    expect(session.problems).toEqual([]);
  });
});
