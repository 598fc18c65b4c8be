import { describe, expect, it } from '@jest/globals';
import { translate } from '@kvalita/core';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { settledAxeViolations as axeViolations } from './caf-support';
import { openArea, signInAs, useTabSession } from '../support/tab-session';

/*
 * The CAF self-assessment pages in headless Chromium against the real local stack: the team leader
 * of the seeded 2026 cycle scores a subcriterion with the keyboard, submits, reaches consensus on
 * it, reads the results and downloads the .docx report.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 180_000;
const LEADER = 'Bc. Lucie Dvořáková';
const CYCLE = 'Sebehodnocení CAF 2026';

const session = useTabSession({ timeout: TIMEOUT, acceptDownloads: true });
const currentPage = () => session.page();

async function openCyclePage(view: string): Promise<void> {
  const tab = currentPage()
    .getByRole('navigation', { name: 'Stránky cyklu' })
    .getByRole('button', { name: view });
  await tab.click();
}

describe('CAF self-assessment in Chromium', () => {
  it(
    'the leader opens the 2026 cycle and sees its journey and team',
    async () => {
      const tab = currentPage();
      await signInAs(tab, session.serviceUrl(), LEADER);

      await openArea(tab, 'Sebehodnocení');
      await tab.getByRole('heading', { level: 1, name: 'Sebehodnocení CAF' }).waitFor();
      await tab.getByRole('link', { name: CYCLE }).click();
      await tab.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
      await tab.getByRole('region', { name: 'Cesta CAF v 10 krocích' }).waitFor();
      expect(await tab.locator('li[aria-current="step"]').textContent()).toContain('(probíhá)');
      expect(await tab.getByRole('table', { name: 'Členové hodnoticího týmu' }).textContent()).toContain(
        LEADER,
      );
      expect(await tab.getByRole('heading', { level: 1 }).count()).toBe(1);
      // A head of department nominates from her department; the leader is the quality manager's choice.
      const addMember = tab.getByRole('region', { name: 'Přidat člena týmu' });
      await addMember.getByText(/Jako vedoucí útvaru můžete do týmu nominovat/).waitFor();
      expect(await addMember.getByRole('combobox', { name: 'Role' }).count()).toBe(0);
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'scores subcriterion 1.1 with the keyboard, auto-saves it and submits',
    async () => {
      const tab = currentPage();
      await openCyclePage('Moje hodnocení');
      await tab.getByRole('heading', { level: 2, name: /^1\.1 / }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);

      const score = tab.getByRole('spinbutton', { name: 'Skóre (0–100)' });
      await score.focus();
      await tab.keyboard.type('62');
      // The band of 62 is CHECK (51–70), named in words.
      await tab.getByText('(vaše hodnocení)').waitFor();
      expect(await tab.getByRole('list', { name: 'Hodnoticí panel' }).textContent()).toContain(
        'CHECK: přezkoumává se',
      );
      // Tab onwards through the panel-free form to the strengths.
      for (let presses = 0; presses < 5; presses++) {
        if ((await tab.locator('textarea:focus').count()) > 0) break;
        await tab.keyboard.press('Tab');
      }
      await tab.keyboard.type('Vedení pravidelně komunikuje vizi.');
      await tab.getByText('Uloženo', { exact: true }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);

      const submit = tab.getByRole('button', { name: 'Odeslat hodnocení' });
      await submit.focus();
      await tab.keyboard.press('Enter');
      const dialog = tab.getByRole('dialog', { name: 'Odeslat hodnocení?' });
      await dialog.waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await dialog.getByRole('button', { name: 'Ano, odeslat' }).focus();
      await tab.keyboard.press('Enter');
      await tab.getByText('Vaše hodnocení je odesláno. Už ho nelze měnit.').waitFor();
    },
    TIMEOUT,
  );

  it(
    'reaches consensus on 1.1 on the heat map page',
    async () => {
      const tab = currentPage();
      await openCyclePage('Konsenzus');
      const map = tab.getByRole('list', { name: 'Rozpětí hodnocení podle subkritérií' });
      await map.waitFor();
      expect(await map.getByRole('button').count()).toBe(28);
      // Submitted so far: Alena (all 28) and now Lucie (1.1): 1.1 has a spread, the rest one score.
      await map.getByRole('button', { name: /^1\.1 Rozpětí: \d+/ }).waitFor();
      // One score is no agreement: a neutral cell that says so, not a spread of 0.
      await map.getByRole('button', { name: /^1\.2 Málo hodnocení Hodnotilo: 1/ }).waitFor();
      expect(await map.getByRole('button', { name: /Rozpětí: 0/ }).count()).toBe(0);
      expect(await axeViolations(tab)).toEqual([]);

      await tab.getByRole('switch', { name: 'Skrýt jména' }).check();
      await map.getByRole('button', { name: /^1\.1/ }).click();
      const members = tab.getByRole('table', { name: /subkritérium 1\.1/ });
      await members.waitFor();
      await members.getByRole('rowheader', { name: 'Člen 1' }).waitFor();
      await members.getByRole('rowheader', { name: 'Medián týmu' }).waitFor();
      expect(await members.textContent()).not.toContain(LEADER);

      // Nothing agreed yet: the form proposes the team's median and the members' texts.
      const form = tab.getByRole('region', { name: 'Dohodnutý výsledek pro 1.1' });
      await form.getByText(/Hodnoty jsou návrh z hodnocení členů týmu/).waitFor();
      expect(await form.getByRole('spinbutton', { name: 'Skóre (0–100)' }).inputValue()).toMatch(/^\d+$/);
      expect(await form.getByRole('textbox', { name: 'Silné stránky' }).inputValue()).toContain(
        'Vedení pravidelně komunikuje vizi.',
      );
      expect(await axeViolations(tab)).toEqual([]);
      await form.getByRole('spinbutton', { name: 'Skóre (0–100)' }).fill('60');
      await form.getByRole('textbox', { name: 'Oblasti pro zlepšení' }).fill('Vizi znají jen vedoucí.');
      await form.getByRole('button', { name: 'Uložit konsenzus' }).click();
      await tab.getByText('Konsenzus uložen.').waitFor();
      await map.getByRole('button', { name: /^1\.1.*Shoda: 60/ }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows the results with the agreed score and downloads the .docx report',
    async () => {
      const tab = currentPage();
      await openCyclePage('Výsledky');
      await tab.getByRole('img', { name: /Skóre kritérií/ }).waitFor();
      await tab.getByRole('article', { name: /^1\.1 .* skóre 60/ }).waitFor();
      await tab
        .getByRole('table', { name: /Změna skóre subkritérií oproti cyklu Sebehodnocení CAF 2024/ })
        .waitFor();
      expect(await axeViolations(tab)).toEqual([]);

      const [download] = await Promise.all([
        tab.waitForEvent('download'),
        tab.getByRole('button', { name: 'Stáhnout zprávu (.docx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const file = await download.path();
      const zip = await JSZip.loadAsync(await readFile(file));
      const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      expect(documentXml).toContain(translate('cs', 'report.title'));
    },
    TIMEOUT,
  );

  it.each(['dark', 'contrast'])(
    'has no axe violations on the consensus and results pages in the %s theme',
    async (theme) => {
      const tab = currentPage();
      // The same browser context remembers the signed-in person.
      await tab.goto(`${session.serviceUrl()}/tab/?theme=${theme}`);
      await openArea(tab, 'Sebehodnocení');
      await tab.getByRole('link', { name: CYCLE }).click();
      await openCyclePage('Konsenzus');
      const map = tab.getByRole('list', { name: 'Rozpětí hodnocení podle subkritérií' });
      await map.waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      // The member table and the form, beside the cells with too few scores.
      await map.getByRole('button', { name: /^1\.2/ }).click();
      await tab.getByRole('table', { name: /subkritérium 1\.2/ }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await openCyclePage('Výsledky');
      await tab.getByRole('img', { name: /Skóre kritérií/ }).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it('threw no errors and broke no Content-Security-Policy rule', () => {
    expect(session.problems).toEqual([]);
  });
});
