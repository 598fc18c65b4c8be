import { describe, expect, it } from '@jest/globals';
import { settledAxeViolations as axeViolations } from '../caf/caf-support';
import { openArea, signInAs, useTabSession } from '../support/tab-session';

/*
 * The measures register in headless Chromium against the real local stack (the /api/measures
 * routes and the measures list): the quality manager opens the register, creates a measure with
 * the keyboard, approves and starts it after the confirmations, reports progress, and sees it on
 * the PDCA board; axe finds nothing on any of these pages.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 180_000;
const MANAGER = 'Ing. Jana Nováková';
const NOW = new Date('2026-11-23T12:00:00Z');
const TITLE = 'Objednávky na přepážku online (z prohlížeče)';

const session = useTabSession({ timeout: TIMEOUT, now: () => NOW, acceptDownloads: true });
const currentPage = () => session.page();

describe('the measures register in Chromium', () => {
  it(
    'opens the register with its tiles, filters and views',
    async () => {
      const tab = currentPage();
      await signInAs(tab, session.serviceUrl(), MANAGER);
      await openArea(tab, 'Opatření');
      await tab.getByRole('heading', { level: 1, name: 'Opatření' }).waitFor();
      await tab.getByRole('region', { name: 'Přehled' }).waitFor();
      await tab.getByRole('group', { name: 'Filtry' }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'creates a measure, with a message next to each missing field first',
    async () => {
      const tab = currentPage();
      await tab.getByRole('button', { name: 'Nové opatření' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Nové opatření' }).waitFor();
      await tab.getByRole('button', { name: 'Založit opatření' }).click();
      await tab.getByText('Formulář obsahuje chyby, opravte označená pole.').waitFor();
      expect(await axeViolations(tab)).toEqual([]);

      await tab.getByLabel(/^Název/).fill(TITLE);
      await tab.getByLabel(/^Termín/).fill('2027-03-31');
      await tab.getByLabel(/^Popis problému/).fill('Lidé se objednávají jen telefonem.');
      await tab.getByLabel(/^Očekávaný výsledek/).fill('Polovina objednávek online.');
      await tab.getByLabel(/^Kritérium účinnosti/).fill('Alespoň 50 % objednávek online za čtvrtletí.');
      await tab.getByRole('button', { name: 'Přidat krok' }).click();
      await tab.getByLabel(/^Krok 1/).fill('Vybrat objednávkový systém');
      await tab.getByRole('button', { name: 'Založit opatření' }).focus();
      await tab.keyboard.press('Enter');
      await tab.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await tab.getByText('Opatření je založeno.').waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'approves and starts it after confirmations saying what changes, then reports progress',
    async () => {
      const tab = currentPage();
      await tab.getByRole('button', { name: 'Schválit' }).click();
      const approve = tab.getByRole('dialog', { name: 'Schválit opatření?' });
      await approve.waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await approve.getByRole('button', { name: 'Ano, provést' }).click();
      await tab.getByText('Změna je uložena.').waitFor();

      await tab.getByRole('button', { name: 'Zahájit' }).click();
      await tab
        .getByRole('dialog', { name: 'Zahájit opatření?' })
        .getByRole('button', { name: 'Ano, provést' })
        .click();
      await tab.getByRole('button', { name: 'Zapsat průběh' }).waitFor();

      await tab.getByRole('button', { name: 'Zapsat průběh' }).click();
      const form = tab.getByRole('form', { name: 'Zapsat průběh' });
      await form.getByLabel(/^Plnění v procentech/).fill('30');
      await form.getByLabel(/^Fáze PDCA/).selectOption('do');
      await form.getByLabel(/^Co se udělalo/).fill('Systém vybrán.');
      await form.getByRole('checkbox', { name: 'Vybrat objednávkový systém' }).check();
      expect(await axeViolations(tab)).toEqual([]);
      await form.getByRole('button', { name: 'Zapsat' }).click();
      await tab.getByText('Systém vybrán.').waitFor();
      await tab.getByText('Vybrat objednávkový systém (hotovo)').waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows the measure on the PDCA board, reached with the keyboard',
    async () => {
      const tab = currentPage();
      await tab.getByRole('link', { name: 'Zpět na opatření' }).click();
      await tab
        .getByRole('navigation', { name: 'Zobrazení' })
        .getByRole('button', { name: 'Nástěnka PDCA' })
        .click();
      const doing = tab.getByRole('region', { name: /^Dělej/ });
      const card = doing.getByRole('link', { name: TITLE });
      await card.waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await card.focus();
      await tab.keyboard.press('Enter');
      await tab.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(session.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it.each(['dark', 'contrast'])(
    'has no axe violations on the register, its board and a measure in the %s theme',
    async (theme) => {
      const tab = currentPage();
      // The same browser context remembers the signed-in person (and the register's view).
      await tab.goto(`${session.serviceUrl()}/tab/?theme=${theme}#/measures`);
      await tab.getByRole('region', { name: 'Přehled' }).waitFor();
      await tab.getByRole('group', { name: 'Filtry' }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      const card = tab.getByRole('region', { name: /^Dělej/ }).getByRole('link', { name: TITLE });
      if (await card.count()) {
        await card.click();
      } else {
        await tab.getByRole('link', { name: TITLE }).first().click();
      }
      await tab.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      expect(session.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
