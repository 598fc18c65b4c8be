import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localizeModel } from '@kvalita/core';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type LocalStack } from '../support/e2e-stack';
import { axeViolations, launchChromium } from '../support/browser';

/*
 * The Teams tab in headless Chromium against the real local stack: SharePoint emulator, provisioned
 * lists, the seeded demo office and the app service serving the built tab at /tab/.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 120_000;
const czech = localizeModel('cs');
const english = localizeModel('en');
const subcriteriaCount = czech.reduce((count, criterion) => count + criterion.subcriteria.length, 0);

let stack: LocalStack | undefined;
let browser: Browser | undefined;
/** Errors the page threw and Content-Security-Policy violations, collected for the whole run. */
const pageProblems: string[] = [];

function tabUrl(query = ''): string {
  if (stack === undefined) throw new Error('The local stack did not start.');
  return `${stack.serviceUrl}/tab/${query}`;
}

async function openPage(): Promise<Page> {
  if (browser === undefined) throw new Error('Chromium did not start.');
  // A fresh context per test: nobody signed in, nothing remembered.
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      pageProblems.push(`CSP: ${message.text()}`);
    }
  });
  return page;
}

/** The texts of the subcriteria list items in the main landmark, in page order. */
async function subcriteriaTexts(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('listitem').allTextContents();
}

async function isFocused(page: Page, name: string): Promise<boolean> {
  return page
    .getByRole('combobox', { name })
    .evaluate((element) => element === element.ownerDocument.activeElement);
}

beforeAll(async () => {
  stack = await startTestStack({ tab: true });
  const tab = await fetch(tabUrl());
  if (!tab.ok)
    throw new Error(`The service answers ${tab.status} at /tab/: build the tab first (npm run build:tab).`);
  browser = await launchChromium();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, TIMEOUT);

describe('Teams tab in Chromium', () => {
  it(
    'signs in with the keyboard, shows the 28 subcriteria in Czech, then in English, with no axe violations',
    async () => {
      const page = await openPage();
      await page.goto(tabUrl());

      // Not signed in yet: the sign-in-as picker of local mode.
      const picker = page.getByRole('combobox', { name: 'Přihlásit se jako' });
      await picker.waitFor();
      expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['Kvalita']);
      expect(await axeViolations(page)).toEqual([]);

      // Keyboard only: Tab to the picker (past the language switch); a closed native select takes
      // the next person with ArrowDown at once.
      for (let presses = 0; presses < 5 && !(await isFocused(page, 'Přihlásit se jako')); presses++) {
        await page.keyboard.press('Tab');
      }
      expect(await isFocused(page, 'Přihlásit se jako')).toBe(true);
      const firstPersonText = (await picker.locator('option:not([disabled])').first().textContent()) ?? '';
      await page.keyboard.press('ArrowDown');

      await page.getByRole('heading', { level: 1, name: 'Model CAF 2020' }).waitFor();
      await page
        .getByRole('heading', { level: 3, name: 'Kritérium 9: Klíčové výsledky výkonnosti' })
        .waitFor();
      // The picker now shows that person (name, job title and department).
      const shown = await picker.locator('option:checked').textContent();
      expect(firstPersonText).not.toBe('');
      expect(shown).toBe(firstPersonText);
      await page.getByText(`9 kritérií, ${subcriteriaCount} subkritérií`).waitFor();
      const czechItems = await subcriteriaTexts(page);
      expect(czechItems).toHaveLength(28);
      const czechSubcriteria = czech.flatMap((criterion) => criterion.subcriteria);
      czechSubcriteria.forEach((subcriterion, index) => {
        expect(czechItems[index]).toContain(`${subcriterion.code}${subcriterion.title}`);
      });
      expect(await page.getByRole('note', { name: /Pracovní překlad/ }).count()).toBe(28);
      expect(await page.locator('html').getAttribute('lang')).toBe('cs');
      expect(await axeViolations(page)).toEqual([]);

      // Switch to English.
      await page.getByRole('combobox', { name: 'Jazyk' }).selectOption({ label: 'English' });
      await page.getByRole('heading', { level: 3, name: 'Criterion 1: Leadership' }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'CAF 2020 model' }).waitFor();
      const englishSubcriteria = english.flatMap((criterion) => criterion.subcriteria);
      await page.getByText(englishSubcriteria[0]?.title ?? '').waitFor();
      const englishItems = await subcriteriaTexts(page);
      expect(englishItems).toHaveLength(28);
      englishSubcriteria.forEach((subcriterion, index) => {
        expect(englishItems[index]).toContain(`${subcriterion.code}${subcriterion.title}`);
      });
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
    TIMEOUT,
  );

  it.each(['dark', 'contrast'])(
    'has no axe violations in the %s theme',
    async (theme) => {
      const page = await openPage();
      await page.goto(tabUrl(`?theme=${theme}`));
      await page.getByRole('combobox', { name: 'Přihlásit se jako' }).selectOption({ index: 1 });
      await page
        .getByRole('heading', { level: 3, name: 'Kritérium 9: Klíčové výsledky výkonnosti' })
        .waitFor();
      const background = await page
        .getByRole('main')
        .evaluate(
          (main) =>
            main.ownerDocument.defaultView?.getComputedStyle(main.parentElement ?? main).backgroundColor,
        );
      // Both themes paint the page dark (Teams dark #292929, high contrast black).
      expect(['rgb(41, 41, 41)', 'rgb(0, 0, 0)']).toContain(background);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
    TIMEOUT,
  );

  it('paints its header with the page itself, before any script has arrived', async () => {
    const page = await openPage();
    // As on a slow line where the scripts are still on their way: none of them arrives.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(tabUrl());
    const header = page.getByText('Kvalita', { exact: true });
    await header.waitFor();
    expect(await header.isVisible()).toBe(true);
    const color = await header.evaluate(
      (element) => element.ownerDocument.defaultView?.getComputedStyle(element).color,
    );
    expect(color).toBe('rgb(36, 36, 36)');
    const painted = await page.evaluate(() =>
      performance.getEntriesByName('first-contentful-paint').map((entry) => entry.startTime),
    );
    expect(painted).toHaveLength(1);
    await page.context().close();
  });

  it('threw no errors and broke no Content-Security-Policy rule', () => {
    expect(pageProblems).toEqual([]);
  });
});
