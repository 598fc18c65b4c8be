import { describe, expect } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { signInAs, useTabSession } from '../../support/tab-session';
import { expectAxeClean, openFeedback, stepper } from './feedback-browser-support';

/*
 * The competency model editor in headless Chromium, used with the keyboard only: the quality
 * manager opens a new model, is told what is missing beside each field, writes a group with three
 * competencies of three behaviours (adding and removing a behaviour moves focus where the keyboard
 * expects it), saves, exports the model as .xlsx, imports that file back as a new model and copies
 * it. axe finds nothing, in the light, dark and high-contrast themes.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 300_000;
const STEP = 120_000;
const MODEL = `Referenti ${Date.now().toString(36)}`;
const COMPETENCIES = [
  [
    'Jednání s klienty',
    'Jedná s lidmi srozumitelně a s respektem.',
    [
      'Vysvětlí postup bez úředních zkratek.',
      'Ověří, že klient rozumí dalším krokům.',
      'Zůstává klidný i při konfliktu.',
    ],
  ],
  [
    'Spolehlivost',
    'Dodržuje, co slíbí, a včas řekne, když to nejde.',
    ['Dodržuje dohodnuté termíny.', 'Včas upozorní na zdržení.', 'Předává rozpracovanou práci s poznámkami.'],
  ],
  [
    'Spolupráce',
    'Sdílí informace a pomáhá kolegům.',
    [
      'Sdílí užitečné informace s týmem.',
      'Pomůže kolegovi při výpadku.',
      'Přijímá připomínky bez obhajování.',
    ],
  ],
] as const;

const session = useTabSession({ timeout: TIMEOUT, acceptDownloads: true });
const currentPage = () => session.page();
const step = stepper(STEP);

/** Focuses a field and types into it, as a person using the keyboard does. */
async function typeInto(tab: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await tab.keyboard.press('Control+A');
  await tab.keyboard.type(text);
}

/** Presses a button from the keyboard (focus, Enter). */
async function press(tab: Page, button: Locator): Promise<void> {
  await button.focus();
  await tab.keyboard.press('Enter');
}

const focusedLabel = (tab: Page) =>
  tab.evaluate(() => {
    // Runs in the page; the test project has no DOM types, hence the narrow shape.
    const doc = globalThis as unknown as {
      document: {
        activeElement: { id: string; textContent: string | null } | null;
        querySelector(s: string): { textContent: string | null } | null;
      };
    };
    const active = doc.document.activeElement;
    if (active === null) return null;
    return doc.document.querySelector(`label[for="${active.id}"]`)?.textContent ?? active.textContent;
  });

let savedUrl = '';

describe('the competency model editor by keyboard', () => {
  step('a new model names every missing part beside its field', async () => {
    const tab = currentPage();
    await signInAs(tab, session.serviceUrl(), 'Ing. Jana Nováková');
    await openFeedback(tab, 'Kompetenční modely');
    await tab.getByRole('heading', { level: 1, name: 'Kompetenční modely' }).waitFor();
    await press(tab, tab.getByRole('button', { name: 'Nový model' }));
    await tab.getByRole('heading', { level: 1, name: 'Nový kompetenční model' }).waitFor();
    await press(tab, tab.getByRole('button', { name: 'Založit model' }));
    await tab.getByText('Model zatím nejde uložit: opravte prosím pole označená níže.').waitFor();
    await tab.getByText('Model má mít 3–10 kompetencí (teď 1).').waitFor();
    expect(await tab.getByText('Vyplňte prosím.').count()).toBeGreaterThanOrEqual(6);
    await expectAxeClean(tab);
  });

  step(
    'writes three competencies with the keyboard; adding and removing a behaviour moves focus',
    async () => {
      const tab = currentPage();
      await typeInto(tab, tab.getByLabel('Název modelu'), MODEL);
      const group = tab.getByRole('group', { name: /^Skupina kompetencí 1/ });
      await typeInto(tab, group.getByLabel('Název skupiny'), 'Práce s lidmi');
      for (const [index, [name, definition, behaviours]] of COMPETENCIES.entries()) {
        if (index > 0) await press(tab, group.getByRole('button', { name: /^Přidat kompetenci do skupiny/ }));
        const competency = group.getByRole('group', { name: new RegExp(`^Kompetence ${index + 1}`) });
        await typeInto(tab, competency.getByLabel('Název kompetence'), name);
        await typeInto(tab, competency.getByLabel('Definice'), definition);
        for (const [b, text] of behaviours.entries())
          await typeInto(tab, competency.getByLabel(new RegExp(`^Chování ${b + 1}\\b`)), text);
      }
      const first = group.getByRole('group', { name: /^Kompetence 1/ });
      await press(tab, first.getByRole('button', { name: 'Přidat chování' }));
      expect(await focusedLabel(tab)).toContain('Chování 4');
      await press(tab, first.getByRole('button', { name: 'Odebrat chování 4' }));
      expect(await focusedLabel(tab)).toBe('Přidat chování');
      await expectAxeClean(tab);
    },
  );

  step('saves the model and shows it with its version', async () => {
    const tab = currentPage();
    await press(tab, tab.getByRole('button', { name: 'Založit model' }));
    await tab.getByRole('heading', { level: 1, name: `${MODEL}, verze 1` }).waitFor();
    await tab.getByText('Model je založený.').waitFor();
    expect(await tab.getByLabel('Název kompetence').count()).toBe(3);
    savedUrl = tab.url();
    await expectAxeClean(tab);
  });

  step('exports the model as .xlsx and imports the file back as a new model', async () => {
    const tab = currentPage();
    const download = tab.waitForEvent('download');
    await press(tab, tab.getByRole('button', { name: 'Export .xlsx' }));
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^referenti-[a-z0-9-]+-v1\.xlsx$/);
    const bytes = await readFile(await file.path());
    await openFeedback(tab, 'Kompetenční modely');
    await tab.getByLabel('Soubor .xlsx s modelem').setInputFiles({
      name: file.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await press(tab, tab.getByRole('button', { name: 'Importovat model' }));
    await tab.getByText('Model je naimportovaný.').waitFor();
    await tab.getByRole('heading', { level: 1, name: new RegExp(`^${MODEL}.*, verze 1$`) }).waitFor();
    await expectAxeClean(tab);
  });

  step('copies the saved model as a new one from a dialog', async () => {
    const tab = currentPage();
    await tab.goto(savedUrl);
    await tab.getByRole('heading', { level: 1, name: `${MODEL}, verze 1` }).waitFor();
    await press(tab, tab.getByRole('button', { name: 'Kopírovat jako nový model' }));
    const dialog = tab.getByRole('dialog', { name: `Kopírovat model ${MODEL}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Název nového modelu').inputValue()).toBe(`${MODEL} (kopie)`);
    await expectAxeClean(tab);
    await press(tab, dialog.getByRole('button', { name: 'Kopírovat' }));
    await tab.getByRole('heading', { level: 1, name: `${MODEL} (kopie), verze 1` }).waitFor();
    await tab.getByText('Kopie modelu je založená.').waitFor();
  });

  for (const theme of ['dark', 'contrast'])
    step(`has no axe violations on the models and the editor in the ${theme} theme`, async () => {
      const tab = currentPage();
      const url = session.serviceUrl();
      await tab.goto(`${url}/tab/?theme=${theme}#/feedback/models`);
      await tab.getByRole('table', { name: /^Modely a jejich verze/ }).waitFor();
      await expectAxeClean(tab);
      await tab.goto(`${url}/tab/?theme=${theme}#/feedback/models/new`);
      await tab.getByRole('heading', { level: 1, name: 'Nový kompetenční model' }).waitFor();
      await expectAxeClean(tab);
      expect(session.problems).toEqual([]);
    });
});
