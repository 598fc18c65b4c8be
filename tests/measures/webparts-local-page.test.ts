import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startSharePointPage, type RunningSharePointPage } from '../../scripts/local/sharepoint-page';
import { axeViolations, launchChromium } from '../support/browser';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/*
 * The SharePoint web parts (Opatření and Přehled opatření) on their local page in headless Chromium,
 * against the real local stack: the page's components call the measures API of the app service as
 * the chosen demo person, exactly as in SharePoint they call it with the user's Entra token.
 */

const TIMEOUT = 180_000;

let stack: LocalStack | undefined;
let sharePointPage: RunningSharePointPage | undefined;
let browser: Browser | undefined;
const pageErrors: string[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  sharePointPage = await startSharePointPage({ serviceUrl: stack.serviceUrl, port: 0 });
  browser = await launchChromium();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await sharePointPage?.close();
  await stack?.stop();
}, TIMEOUT);

async function openPage(query: string): Promise<Page> {
  if (browser === undefined || sharePointPage === undefined) throw new Error('The page did not start.');
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${sharePointPage.url}${query}`);
  return page;
}

describe('the SharePoint web parts on the local page', () => {
  it('reaches the measures API of the service through the page, signed in as a demo person', async () => {
    if (sharePointPage === undefined) throw new Error('The page did not start.');
    const reply = await fetch(new URL('/api/measures', sharePointPage.url), {
      headers: { Authorization: 'Demo jana.novakova@lipova.example', Accept: 'application/json' },
    });
    expect(reply.status).toBe(200);
  });

  it(
    'shows the dashboard and the register to the quality manager, opens a detail panel by keyboard, axe clean',
    async () => {
      const page = await openPage('?as=jana.novakova@lipova.example');

      const dashboard = page.getByRole('region', { name: 'Přehled opatření' });
      await dashboard.getByText('Otevřená').waitFor();
      await dashboard.getByRole('img', { name: /^Opatření podle stavu:/ }).waitFor();
      await dashboard.getByRole('img', { name: /^Opatření podle kritéria CAF:/ }).waitFor();

      const register = page.getByRole('region', { name: 'Opatření', exact: true });
      const table = register.getByRole('table', { name: 'Opatření' });
      await table.waitFor();
      expect(await table.getByRole('row').count()).toBeGreaterThan(1);
      expect(await axeViolations(page)).toEqual([]);

      // A measure in progress is open, so the quality manager may act on it.
      // Keyboard only: focus its title button and open it with Enter.
      const first = table
        .getByRole('row')
        .filter({ hasText: 'Probíhá' })
        .first()
        .getByRole('rowheader')
        .getByRole('button');
      const title = (await first.textContent()) ?? '';
      await first.focus();
      await page.keyboard.press('Enter');

      const panel = page.getByRole('dialog', { name: title });
      await panel.getByRole('heading', { name: 'Historie' }).waitFor();
      // Focus moved into the panel, and the quality manager is offered what the reply allows.
      expect(await panel.evaluate((element) => element.contains(element.ownerDocument.activeElement))).toBe(
        true,
      );
      await panel.getByRole('heading', { name: 'Co můžete udělat' }).waitFor();
      expect(await panel.getByRole('button', { name: 'Zrušit opatření' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      // Escape closes the panel and gives focus back to the page.
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows the register as a board by PDCA phase, axe clean',
    async () => {
      const page = await openPage('?as=lucie.dvorakova@lipova.example&view=board');

      const register = page.getByRole('region', { name: 'Opatření', exact: true });
      await register.getByRole('heading', { name: /^Fáze Plánuj \(\d+\)$/ }).waitFor();
      for (const phase of ['Dělej', 'Kontroluj', 'Jednej']) {
        expect(
          await register.getByRole('heading', { name: new RegExp(`^Fáze ${phase} \\(\\d+\\)$`) }).count(),
        ).toBe(1);
      }
      expect(await axeViolations(page)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows the same web parts in English for an employee, with no new-measure button for a reader',
    async () => {
      const page = await openPage('?as=alena.nemcova@lipova.example&lang=en');

      await page.getByRole('region', { name: 'Measures overview' }).getByText('Overdue').first().waitFor();
      const register = page.getByRole('region', { name: 'Measures', exact: true });
      await register.getByRole('status').waitFor();
      expect(await register.getByRole('button', { name: 'New measure' }).count()).toBe(0);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await axeViolations(page)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'reports progress from the detail panel through the service, and the history shows it',
    async () => {
      const page = await openPage('?as=jana.novakova@lipova.example');
      const table = page.getByRole('table', { name: 'Opatření' });
      const open = table
        .getByRole('row')
        .filter({ hasText: 'Probíhá' })
        .first()
        .getByRole('rowheader')
        .getByRole('button');
      const title = (await open.textContent()) ?? '';
      await open.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog', { name: title });

      await panel.getByRole('button', { name: 'Vykázat plnění' }).click();
      await panel.getByLabel('Plnění v procentech (0–100)').fill('65');
      await panel.getByLabel('Poznámka').fill('Školení proběhlo ve dvou odděleních');
      await panel.getByRole('button', { name: 'Vykázat plnění' }).press('Enter');

      await panel.getByText('Uloženo.').waitFor();
      await panel.getByText('Školení proběhlo ve dvou odděleních').waitFor();
      expect(await panel.getByText('Vykázáno plnění').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
