import { describe, expect, it } from '@jest/globals';
import { settledAxeViolations as axeViolations } from './caf-support';
import { openArea, signInAs, useTabSession } from '../support/tab-session';

/*
 * The comparison of a CAF cycle's results in headless Chromium against the local stack: the page
 * says which cycle the change is measured against and whose choice it is; the quality manager
 * chooses another with the keyboard, confirms what changes, and goes back to the default rule.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 180_000;
const CYCLE = 'Sebehodnocení CAF 2026';
const BY_DEFAULT =
  'Změna se měří oproti cyklu Sebehodnocení CAF 2024 (2. 9. 2024 – 13. 12. 2024): je to poslední uzavřený a schválený cyklus se stejným rozsahem a metodou (výchozí volba).';
const CHOSEN =
  'Změna se měří oproti cyklu Sebehodnocení CAF 2024 (2. 9. 2024 – 13. 12. 2024), který pro srovnání zvolil(a) manažer/ka kvality.';

const session = useTabSession({ timeout: TIMEOUT });
const currentPage = () => session.page();

async function openResults(person: string): Promise<void> {
  const tab = currentPage();
  await signInAs(tab, session.serviceUrl(), person);
  await openArea(tab, 'Sebehodnocení');
  await tab.getByRole('link', { name: CYCLE }).click();
  await tab.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
  await tab
    .getByRole('navigation', { name: 'Stránky cyklu' })
    .getByRole('button', { name: 'Výsledky' })
    .click();
}

describe('the cycle a CAF cycle is compared with, in Chromium', () => {
  it(
    'says which cycle by the default rule, and the team leader gets no chooser',
    async () => {
      const tab = currentPage();
      await openResults('Bc. Lucie Dvořáková');
      await tab.getByText(BY_DEFAULT).waitFor();
      expect(await tab.getByRole('combobox', { name: 'Porovnat s' }).count()).toBe(0);
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'lets the quality manager choose with the keyboard, after a confirmation, and go back to the default',
    async () => {
      const tab = currentPage();
      await openResults('Ing. Jana Nováková');
      await tab.getByText(BY_DEFAULT).waitFor();
      const select = tab.getByRole('combobox', { name: 'Porovnat s' });
      expect(await axeViolations(tab)).toEqual([]);
      await select.focus();
      await select.selectOption({
        label: 'Sebehodnocení CAF 2024 (2. 9. 2024 – 13. 12. 2024) – výchozí volba',
      });
      await tab.keyboard.press('Tab');
      const save = tab.getByRole('button', { name: 'Uložit srovnání' });
      expect(await save.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
      await tab.keyboard.press('Enter');
      const dialog = tab.getByRole('dialog', { name: 'Změnit cyklus, se kterým se porovnává?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('se bude měřit oproti cyklu Sebehodnocení CAF 2024.');
      expect(await axeViolations(tab)).toEqual([]);
      await dialog.getByRole('button', { name: 'Změnit srovnání' }).focus();
      await tab.keyboard.press('Enter');
      await tab.getByText(CHOSEN).waitFor();
      await tab.getByText('Srovnání je uloženo.').waitFor();
      expect(await axeViolations(tab)).toEqual([]);

      await select.selectOption({
        label: 'výchozí (poslední uzavřený a schválený cyklus se stejným rozsahem a metodou)',
      });
      await save.click();
      await dialog.getByRole('button', { name: 'Změnit srovnání' }).click();
      await tab.getByText(BY_DEFAULT).waitFor();
    },
    TIMEOUT,
  );

  it('threw no errors and broke no Content-Security-Policy rule', () => {
    expect(session.problems).toEqual([]);
  });
});
