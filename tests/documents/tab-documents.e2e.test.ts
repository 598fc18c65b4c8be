import { describe, expect, it } from '@jest/globals';
import { DOCUMENT_FILE_TYPES } from '@kvalita/core';
import { demoDocx } from '../../scripts/local/demo/document-files';
import { settledAxeViolations as axeViolations } from '../caf/caf-support';
import { openArea, signInAs, useTabSession } from '../support/tab-session';

/*
 * The Dokumenty tab in headless Chromium against the real local stack (the /api/documents routes
 * and the KvalitaDocuments library with the demo office's documents): the quality manager opens
 * the register, filters it, opens the quality methodology with its earlier approved versions,
 * reaches a document with the keyboard, uploads a draft's file and sees the overview; an employee
 * confirms reading the code of ethics with its button. axe finds nothing on any of these pages,
 * in the light, dark and high-contrast themes.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 180_000;
const MANAGER = 'Ing. Jana Nováková';
const EMPLOYEE = 'Jiří Kučera';
const METHODOLOGY = 'Metodika řízení kvality';
const DIRECTOR = 'Mgr. Petr Svoboda';
const PROCESS = 'Popis procesu: sociální šetření v domácnosti';

const session = useTabSession({ timeout: TIMEOUT, acceptDownloads: true });
const currentPage = () => session.page();

describe('the Dokumenty tab in Chromium', () => {
  it(
    'opens the register of controlled documents with its filters',
    async () => {
      const tab = currentPage();
      await signInAs(tab, session.serviceUrl(), MANAGER);
      await openArea(tab, 'Dokumenty');
      await tab.getByRole('heading', { level: 1, name: 'Řízené dokumenty' }).waitFor();
      await tab.getByRole('group', { name: 'Filtry' }).waitFor();
      await tab.getByRole('table', { name: /^Dokumenty \(\d+ z \d+\)$/ }).waitFor();
      await tab.getByRole('link', { name: METHODOLOGY }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'filters by kind and by an overdue review, and remembers the filter on the next visit',
    async () => {
      const tab = currentPage();
      await tab.getByLabel('Druh').selectOption('methodology');
      await tab.getByRole('table', { name: 'Dokumenty (1 z 1)' }).waitFor();
      await tab.getByRole('link', { name: METHODOLOGY }).waitFor();
      await tab.reload();
      await tab.getByRole('table', { name: 'Dokumenty (1 z 1)' }).waitFor();
      expect(await tab.getByLabel('Druh').inputValue()).toBe('methodology');
      await tab.getByRole('button', { name: 'Zrušit filtry' }).click();
      await tab.getByRole('checkbox', { name: 'Jen s revizí po termínu' }).check();
      const overdue = tab.getByRole('table', { name: /^Dokumenty/ });
      await overdue.getByText('Revize po termínu').first().waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await tab.getByRole('checkbox', { name: 'Jen s revizí po termínu' }).uncheck();
      await tab.getByRole('link', { name: METHODOLOGY }).waitFor();
    },
    TIMEOUT,
  );

  it(
    'reaches a document with the keyboard and shows its effective and earlier approved versions',
    async () => {
      const tab = currentPage();
      await tab.getByRole('link', { name: METHODOLOGY }).focus();
      await tab.keyboard.press('Enter');
      await tab.getByRole('heading', { level: 1, name: `SM-01 ${METHODOLOGY}` }).waitFor();
      await tab.getByText(/^Verze 3\.0, účinná od/).waitFor();
      const versions = tab.getByRole('table', { name: /^Všechny verze dokumentu/ });
      for (const label of ['3.0', '2.0', '1.0'])
        await versions.getByRole('button', { name: `Stáhnout verzi ${label}` }).waitFor();
      const download = tab.waitForEvent('download');
      await versions.getByRole('button', { name: 'Stáhnout verzi 1.0' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.docx$/);
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'uploads a new draft file with its progress, and refuses a file of another type',
    async () => {
      const tab = currentPage();
      await tab.goto(`${session.serviceUrl()}/tab/#/documents`);
      await tab.getByLabel('Hledat v kódu a názvu').fill('SM-04');
      await tab.keyboard.press('Enter');
      await tab.getByRole('link', { name: 'Směrnice o řízení dokumentace' }).click();
      await tab.getByRole('heading', { level: 1, name: 'SM-04 Směrnice o řízení dokumentace' }).waitFor();
      const input = tab.getByLabel('Soubor .docx');
      await input.setInputFiles({
        name: 'rizeni.pdf',
        mimeType: DOCUMENT_FILE_TYPES.pdf,
        buffer: Buffer.from('%PDF-1.4'),
      });
      await tab.getByRole('button', { name: 'Nahrát soubor' }).click();
      await tab.getByText(/^Soubor „rizeni\.pdf“ není typu \.docx\./).waitFor();
      const file = await demoDocx('Směrnice o řízení dokumentace (koncept 2)', [
        { heading: 'Životní cyklus dokumentu', paragraphs: ['Koncept připomínkují určení připomínkující.'] },
      ]);
      await input.setInputFiles({
        name: 'rizeni.docx',
        mimeType: DOCUMENT_FILE_TYPES.docx,
        buffer: Buffer.from(file),
      });
      await tab.getByRole('button', { name: 'Nahrát soubor' }).click();
      await tab.getByText(/^Soubor rizeni\.docx je nahraný jako koncept /).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows the quality manager’s overview with the acknowledgement rates',
    async () => {
      const tab = currentPage();
      await tab.goto(`${session.serviceUrl()}/tab/#/documents`);
      await tab.getByRole('link', { name: 'Přehled manažera kvality' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Přehled řízených dokumentů' }).waitFor();
      await tab.getByRole('table', { name: 'Potvrzení seznámení podle dokumentů' }).waitFor();
      await tab.getByRole('table', { name: 'Potvrzení seznámení podle útvarů' }).waitFor();
      const download = tab.waitForEvent('download');
      await tab.getByRole('button', { name: 'Export přehledu .xlsx' }).click();
      expect((await download).suggestedFilename()).toBe('prehled-dokumentu.xlsx');
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'lets the director approve a draft in review from a dialog used with the keyboard',
    async () => {
      const tab = currentPage();
      await signInAs(tab, session.serviceUrl(), DIRECTOR);
      await openArea(tab, 'Dokumenty');
      await tab.getByRole('searchbox', { name: 'Hledat v kódu a názvu' }).fill('PP-03');
      await tab.keyboard.press('Enter');
      await tab.getByRole('link', { name: PROCESS }).click();
      await tab.getByRole('heading', { level: 1, name: `PP-03 ${PROCESS}` }).waitFor();
      await tab.getByText(/^Koncept .*: Ve schvalování$/).waitFor();
      const approve = tab
        .getByRole('region', { name: 'Akce s dokumentem' })
        .getByRole('button', { name: 'Schválit' });
      await approve.focus();
      await tab.keyboard.press('Enter');
      const dialog = tab.getByRole('dialog', { name: /^Schválit koncept / });
      await dialog.waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await tab.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await approve.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
      await tab.keyboard.press('Enter');
      await dialog.getByLabel('Komentář ke schválení').fill('Schvaluji.');
      await dialog.getByRole('button', { name: 'Ano, provést' }).click();
      await tab.getByText('Změna je uložena.').waitFor();
      await tab.getByText(/^Verze \d+\.0, účinná od/).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'lets an employee confirm reading the code of ethics with its button',
    async () => {
      const tab = currentPage();
      await signInAs(tab, session.serviceUrl(), EMPLOYEE);
      await openArea(tab, 'Dokumenty');
      const pending = tab.getByRole('region', { name: /^Dokumenty k potvrzení seznámení: \d+$/ });
      await pending.waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await pending.getByRole('button', { name: /^Potvrdit seznámení s EK-01/ }).click();
      await tab.getByText(/^Seznámení s dokumentem EK-01 ve verzi .* je potvrzeno\.$/).waitFor();
      await tab.getByRole('link', { name: 'Etický kodex zaměstnanců' }).click();
      await tab.getByText(/^Seznámení s verzí .* jste potvrdili/).waitFor();
      expect(await tab.getByRole('button', { name: /^Potvrzuji, že jsem se seznámil/ }).count()).toBe(0);
      expect(await axeViolations(tab)).toEqual([]);
      expect(session.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it.each(['dark', 'contrast'])(
    'has no axe violations on the register and a document in the %s theme',
    async (theme) => {
      const tab = currentPage();
      await tab.goto(`${session.serviceUrl()}/tab/?theme=${theme}#/documents`);
      await tab.getByRole('group', { name: 'Filtry' }).waitFor();
      await tab.getByRole('link', { name: METHODOLOGY }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await tab.getByRole('link', { name: METHODOLOGY }).click();
      await tab.getByRole('heading', { level: 1, name: `SM-01 ${METHODOLOGY}` }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      expect(session.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
