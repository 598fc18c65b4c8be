import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type LocalStack } from '../support/e2e-stack';
import { launchChromium } from './browser';
import { settledAxeViolations as axeViolations } from './caf-support';

/*
 * The survey pages in headless Chromium against the real local stack: the quality manager starts
 * a survey from a template, previews the real card (the adaptivecards renderer), saves and
 * publishes it with the keyboard, and reads results; axe finds nothing on any of these pages.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 180_000;
const MANAGER = 'Ing. Jana Nováková';

let stack: LocalStack | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
const pageProblems: string[] = [];

function currentPage(): Page {
  if (page === undefined) throw new Error('The page did not open.');
  return page;
}

beforeAll(async () => {
  stack = await startTestStack({ tab: true });
  const tab = await fetch(`${stack.serviceUrl}/tab/`);
  if (!tab.ok)
    throw new Error(`The service answers ${tab.status} at /tab/: build the tab first (npm run build:tab).`);
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      pageProblems.push(`CSP: ${message.text()}`);
    }
  });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, TIMEOUT);

describe('pulse surveys in Chromium', () => {
  it(
    'the quality manager opens the survey list',
    async () => {
      const tab = currentPage();
      await tab.goto(`${stack?.serviceUrl ?? ''}/tab/`);
      await tab.getByRole('combobox', { name: 'Přihlásit se jako' }).click();
      await tab.getByRole('option', { name: new RegExp(MANAGER) }).click();
      await tab.getByRole('heading', { level: 1, name: 'Model CAF 2020' }).waitFor();
      await tab
        .getByRole('navigation', { name: 'Oblasti aplikace' })
        .getByRole('button', { name: 'Průzkumy' })
        .click();
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

  it('threw no errors and broke no Content-Security-Policy rule', () => {
    expect(pageProblems).toEqual([]);
  });
});
