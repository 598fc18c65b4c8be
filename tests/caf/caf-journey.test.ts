import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { settledAxeViolations as axeViolations } from './caf-support';
import { openArea, signInAs, useTabSession } from '../support/tab-session';

/*
 * One whole CAF cycle in headless Chromium against the local stack, each step through the tab as
 * the person who takes it: the quality manager creates the cycle and forms the team with the people
 * picker, the three members score and submit, the leader agrees results on the consensus page, the
 * director returns the report with a reason and then approves it, the quality manager plans a
 * measure from an area for improvement and closes the cycle. Every page shown is axe-clean.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 360_000;
const STEP = 120_000;
const CYCLE = `Cesta cyklem CAF ${Date.now().toString(36)}`;
const QUALITY_MANAGER = 'Ing. Jana Nováková';
const DIRECTOR = 'Mgr. Petr Svoboda';
const LEADER = 'Bc. Lucie Dvořáková';
const MEMBERS = ['Marie Procházková', 'Alena Němcová'];
const RETURN_REASON = 'Doplňte ke kritériu 1 důkazy z porad vedení.';
const APPROVAL_COMMENT = 'Zpráva odpovídá skutečnosti, děkuji týmu.';
const MEASURE = 'Sdílet vizi úřadu se všemi zaměstnanci';

const session = useTabSession({ timeout: TIMEOUT, acceptDownloads: true });
const currentPage = () => session.page();

/** The first step that failed: each step builds on the ones before, so the later ones stop at once. */
let failedStep: string | undefined;

/** One step of the journey, as a test that fails at once when an earlier step has failed. */
function step(name: string, body: () => Promise<void>): void {
  it(
    name,
    async () => {
      if (failedStep !== undefined) throw new Error(`Not run: the step "${failedStep}" failed.`);
      try {
        await body();
      } catch (error) {
        failedStep = name;
        throw error;
      }
    },
    STEP,
  );
}

/** Whether the page as it is now is axe-clean (asserted, so a violation names the step). */
async function expectAxeClean(tab: Page): Promise<void> {
  expect(await axeViolations(tab)).toEqual([]);
}

/** Signs in as the person, opens the journey's cycle from the list, and one of its pages. */
async function openCycle(person: string, view?: string): Promise<Page> {
  const tab = currentPage();
  await signInAs(tab, session.serviceUrl(), person);
  await openArea(tab, 'Sebehodnocení');
  await tab.getByRole('link', { name: CYCLE }).click();
  await tab.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
  if (view !== undefined) await openPage(tab, view);
  return tab;
}

async function openPage(tab: Page, view: string): Promise<void> {
  await tab.getByRole('navigation', { name: 'Stránky cyklu' }).getByRole('button', { name: view }).click();
}

/** The quality manager moves the cycle one phase on, through its confirmation. */
async function moveTo(tab: Page, status: string): Promise<void> {
  await openPage(tab, 'Přehled');
  await tab.getByRole('button', { name: `Posunout do fáze: ${status}` }).click();
  const dialog = tab.getByRole('dialog', { name: `Posunout cyklus do fáze ${status}?` });
  await dialog.waitFor();
  await expectAxeClean(tab);
  await dialog.getByRole('button', { name: 'Ano, posunout' }).click();
  await dialog.waitFor({ state: 'detached' });
  await tab.getByText(`Stav cyklu: ${status}`).waitFor();
  await expectAxeClean(tab);
}

/** Chooses a person in the team form's picker with the keyboard: part of the name, ↓, Enter. */
async function pickPerson(tab: Page, form: Locator, part: string, name: string): Promise<void> {
  const person = form.getByRole('combobox', { name: 'Osoba' });
  await person.focus();
  await tab.keyboard.type(part);
  const option = form.getByRole('listbox', { name: 'Osoba' }).getByRole('option', { name: new RegExp(name) });
  await option.first().waitFor();
  await tab.keyboard.press('ArrowDown');
  expect(await person.getAttribute('aria-activedescendant')).toBe(await option.first().getAttribute('id'));
  await tab.keyboard.press('Enter');
  expect(await person.inputValue()).toBe(name);
}

describe('a whole CAF cycle in Chromium, step by step as each person takes it', () => {
  step('the quality manager creates a cycle and forms its team with the people picker', async () => {
    const tab = currentPage();
    await signInAs(tab, session.serviceUrl(), QUALITY_MANAGER);
    await openArea(tab, 'Sebehodnocení');
    await tab.getByRole('button', { name: 'Nový cyklus sebehodnocení' }).click();
    const create = tab.getByRole('region', { name: 'Nový cyklus sebehodnocení' });
    await create.waitFor();
    await expectAxeClean(tab);
    await create.getByRole('textbox', { name: /Název cyklu/ }).fill(CYCLE);
    await create.getByLabel(/Začátek/).fill('2027-01-04');
    await create.getByLabel(/Konec/).fill('2027-04-30');
    await create.getByRole('button', { name: 'Založit cyklus' }).click();
    await tab.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
    await tab.getByText('Stav cyklu: Příprava').waitFor();
    await expectAxeClean(tab);

    const form = tab.getByRole('region', { name: 'Přidat člena týmu' });
    const team = tab.getByRole('table', { name: 'Členové hodnoticího týmu' });
    await pickPerson(tab, form, 'dvoř', LEADER);
    await form.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Vedoucí týmu' });
    await form.getByRole('button', { name: 'Přidat' }).click();
    await team.getByRole('rowheader', { name: LEADER }).waitFor();
    // The team has its leader now, so the form offers the next person as a member.
    expect(await form.getByRole('combobox', { name: 'Role' }).inputValue()).toBe('member');
    expect(await team.getByRole('row', { name: new RegExp(LEADER) }).textContent()).toContain('Vedoucí týmu');
    await pickPerson(tab, form, 'proch', 'Marie Procházková');
    await form.getByRole('button', { name: 'Přidat' }).click();
    await team.getByRole('rowheader', { name: 'Marie Procházková' }).waitFor();
    await pickPerson(tab, form, 'němc', 'Alena Němcová');
    await form.getByRole('button', { name: 'Přidat' }).click();
    await team.getByRole('rowheader', { name: 'Alena Němcová' }).waitFor();
    expect(await team.getByRole('row').count()).toBe(4);
    await expectAxeClean(tab);
  });

  step('the quality manager starts individual scoring after a confirmation', async () => {
    await moveTo(currentPage(), 'Individuální hodnocení');
  });

  for (const person of [LEADER, ...MEMBERS])
    step(`${person} scores three subcriteria and submits, told what is not scored yet`, async () => {
      const tab = await openCycle(person, 'Moje hodnocení');
      const scores: Record<string, string> = { '1.1': '55', '1.2': '65', '1.3': '45' };
      for (const [code, score] of Object.entries(scores)) {
        await tab
          .getByRole('heading', { level: 2, name: new RegExp(`^${code.replace('.', '\\.')} `) })
          .waitFor();
        await tab.getByRole('spinbutton', { name: 'Skóre (0–100)' }).fill(score);
        if (code === '1.1')
          await tab
            .getByRole('textbox', { name: 'Oblasti pro zlepšení' })
            .fill(`Vizi úřadu znají hlavně vedoucí (${person}).`);
        await tab
          .getByRole('navigation', { name: 'Subkritéria' })
          .getByRole('button', { name: `${code} ✓ hotovo` })
          .waitFor();
        await expectAxeClean(tab);
        await tab.getByRole('button', { name: 'Další subkritérium' }).click();
      }
      await tab.getByRole('button', { name: 'Odeslat hodnocení' }).click();
      const dialog = tab.getByRole('dialog', { name: 'Odeslat hodnocení?' });
      await dialog.waitFor();
      await dialog.getByText('Ohodnoceno 3 z 28 subkritérií.').waitFor();
      await dialog.getByRole('list', { name: 'Neohodnocená subkritéria (25)' }).waitFor();
      await expectAxeClean(tab);
      await dialog.getByRole('button', { name: 'Ano, odeslat' }).click();
      await tab.getByText('Vaše hodnocení je odesláno. Už ho nelze měnit.').waitFor();
      await expectAxeClean(tab);
    });

  step('the quality manager moves to consensus with no one left to end scoring for', async () => {
    const tab = await openCycle(QUALITY_MANAGER);
    const team = tab.getByRole('table', { name: 'Členové hodnoticího týmu' });
    for (const person of [LEADER, ...MEMBERS])
      expect(await team.getByRole('row', { name: new RegExp(person) }).textContent()).toContain('ano');
    await moveTo(tab, 'Konsenzus');
  });

  step('the leader agrees two subcriteria from the proposed values', async () => {
    const tab = await openCycle(LEADER, 'Konsenzus');
    const map = tab.getByRole('list', { name: 'Rozpětí hodnocení podle subkritérií' });
    await map.waitFor();
    await expectAxeClean(tab);
    for (const code of ['1.1', '1.2']) {
      await map.getByRole('button', { name: new RegExp(`^${code.replace('.', '\\.')} `) }).click();
      const form = tab.getByRole('region', { name: `Dohodnutý výsledek pro ${code}` });
      await form.getByText(/Hodnoty jsou návrh z hodnocení členů týmu/).waitFor();
      // The proposal is the team's median: of 55, 55, 55 and of 65, 65, 65.
      expect(await form.getByRole('spinbutton', { name: 'Skóre (0–100)' }).inputValue()).toBe(
        code === '1.1' ? '55' : '65',
      );
      await expectAxeClean(tab);
      await form.getByRole('button', { name: 'Uložit konsenzus' }).click();
      await tab.getByText('Konsenzus uložen.').waitFor();
      await map.getByRole('button', { name: new RegExp(`^${code.replace('.', '\\.')} .*Shoda: `) }).waitFor();
    }
    await expectAxeClean(tab);
  });

  step('the quality manager moves to the report and downloads it as a .docx', async () => {
    const tab = await openCycle(QUALITY_MANAGER);
    await moveTo(tab, 'Zpráva');
    await openPage(tab, 'Výsledky');
    await tab.getByRole('article', { name: /^1\.1 .* skóre 55/ }).waitFor();
    await expectAxeClean(tab);
    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      tab.getByRole('button', { name: 'Stáhnout zprávu (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await tab.getByText('Zpráva je stažena.').waitFor();
    await expectAxeClean(tab);
  });

  step('the director returns the report for rework only with a reason, which the history keeps', async () => {
    const tab = await openCycle(DIRECTOR, 'Výsledky');
    await tab.getByText('Zpráva zatím není schválena.').waitFor();
    await expectAxeClean(tab);
    await tab.getByRole('button', { name: 'Vrátit k přepracování' }).click();
    const dialog = tab.getByRole('dialog', { name: 'Vrátit zprávu k přepracování?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Vrátit k přepracování' }).click();
    await dialog.getByText('Napište důvod.').waitFor();
    await expectAxeClean(tab);
    await dialog.getByRole('textbox', { name: /Důvod/ }).fill(RETURN_REASON);
    await dialog.getByRole('button', { name: 'Vrátit k přepracování' }).click();
    await dialog.waitFor({ state: 'detached' });
    await tab.getByText('Stav cyklu: Konsenzus').waitFor();
    await openPage(tab, 'Přehled');
    const history = tab.getByRole('region', { name: 'Historie cyklu' });
    await history.getByText(/vrátil\(a\) zprávu k přepracování/).waitFor();
    await history.getByText(`Důvod: ${RETURN_REASON}`).waitFor();
    await expectAxeClean(tab);
  });

  step(
    'the quality manager moves to the report again and the director approves it with a comment',
    async () => {
      await moveTo(await openCycle(QUALITY_MANAGER), 'Zpráva');

      const tab = await openCycle(DIRECTOR, 'Výsledky');
      await tab.getByRole('button', { name: 'Schválit zprávu' }).click();
      const dialog = tab.getByRole('dialog', { name: 'Schválit zprávu o sebehodnocení?' });
      await dialog.waitFor();
      await expectAxeClean(tab);
      await dialog.getByRole('textbox', { name: /Komentář/ }).fill(APPROVAL_COMMENT);
      await dialog.getByRole('button', { name: 'Schválit', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await tab.getByText(new RegExp(`Zprávu schválil\\(a\\) ${DIRECTOR}`)).waitFor();
      await expectAxeClean(tab);
      await openPage(tab, 'Přehled');
      const history = tab.getByRole('region', { name: 'Historie cyklu' });
      await history.getByText(/schválil\(a\) zprávu o sebehodnocení/).waitFor();
      await history.getByText(`Komentář: ${APPROVAL_COMMENT}`).waitFor();
    },
  );

  step(
    'the quality manager moves to the improvement plan and plans a measure from an area for improvement',
    async () => {
      const tab = await openCycle(QUALITY_MANAGER);
      await moveTo(tab, 'Plán zlepšování');
      await openPage(tab, 'Výsledky');
      await tab.getByRole('button', { name: 'Vytvořit opatření k 1.1' }).click();
      const dialog = tab.getByRole('dialog', { name: 'Nové opatření' });
      await dialog.waitFor();
      // The agreed area for improvement comes along as the measure's description.
      expect(await dialog.getByRole('textbox', { name: 'Popis' }).inputValue()).toContain(
        'Vizi úřadu znají hlavně vedoucí',
      );
      await expectAxeClean(tab);
      await dialog.getByRole('textbox', { name: /Název opatření/ }).fill(MEASURE);
      await dialog.getByLabel(/Odpovědná osoba/).fill('petr.svoboda@lipova.example');
      await dialog.getByLabel(/Termín/).fill('2027-06-30');
      await dialog.getByRole('button', { name: 'Vytvořit opatření' }).click();
      await dialog.waitFor({ state: 'detached' });
      await tab.getByText(`Opatření „${MEASURE}“ je v plánu zlepšování.`).waitFor();
      await expectAxeClean(tab);

      await openPage(tab, 'Plán zlepšování');
      await tab.getByRole('rowheader', { name: MEASURE }).waitFor();
      await expectAxeClean(tab);
    },
  );

  step('the quality manager closes the cycle, which then only reads', async () => {
    const tab = currentPage();
    await moveTo(tab, 'Uzavřeno');
    expect(await tab.getByRole('button', { name: /^Posunout do fáze/ }).count()).toBe(0);
    expect(await tab.getByRole('button', { name: /^Vrátit do fáze/ }).count()).toBe(0);
    await tab.getByRole('button', { name: 'Zpět na seznam cyklů' }).click();
    const row = tab.getByRole('row').filter({ has: tab.getByRole('link', { name: CYCLE }) });
    expect(await row.textContent()).toContain('Uzavřeno');
    await expectAxeClean(tab);
  });

  it('threw no errors and broke no Content-Security-Policy rule', () => {
    expect(session.problems).toEqual([]);
  });
});
