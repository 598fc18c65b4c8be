import { describe, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { settledAxeViolations } from '../../caf/caf-support';
import { stepper } from '../../feedback/browser/feedback-browser-support';
import { openArea, signInAs, useTabSession } from '../../support/tab-session';

/*
 * Mystery shopping in headless Chromium against the local stack with the demo office: an evaluator
 * fills in a sheet on a phone-sized screen (400 px), by keyboard where it matters, is stopped by a
 * name in a note and submits; the quality manager reviews and releases it and reads the results
 * beside the previous campaign; the head of transport reads his department's results and action
 * plan. Every page is axe-clean. (`npm test` builds the tab first.)
 */

const TIMEOUT = 300_000;
const STEP = 120_000;
const session = useTabSession({ timeout: TIMEOUT });
const step = stepper(STEP);
let sheetPath = '';

const axeClean = async (tab: Page) => expect(await settledAxeViolations(tab)).toEqual([]);

async function openMystery(tab: Page, part?: string) {
  await openArea(tab, 'Mystery shopping');
  if (part !== undefined)
    await tab
      .getByRole('navigation', { name: 'Části mystery shoppingu' })
      .getByRole('button', { name: part })
      .click();
}

describe('mystery shopping in the tab', () => {
  step(
    'the evaluator fills in a sheet on a phone-sized screen, is stopped by a name, and submits it',
    async () => {
      const tab = session.page();
      await tab.setViewportSize({ width: 400, height: 860 });
      await signInAs(tab, session.serviceUrl(), 'Alena Němcová');
      await openMystery(tab);
      await tab.getByRole('heading', { level: 1, name: 'Moje hodnocení' }).waitFor();
      await axeClean(tab);
      const toDo = tab.getByRole('table', { name: /^K vyplnění/ });
      await toDo.getByRole('link').first().click();
      await tab.getByRole('heading', { level: 1, name: /^Záznam:/ }).waitFor();
      sheetPath = new URL(tab.url()).hash || new URL(tab.url()).pathname;
      await tab.getByText('Nezapisujte jména zaměstnanců.', { exact: false }).waitFor();
      // Nothing runs off the side of a phone's screen.
      expect(
        await tab.evaluate(
          () =>
            (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
              .documentElement.scrollWidth,
        ),
      ).toBeLessThanOrEqual(400);
      await axeClean(tab);

      // A critical item offers yes, no and not applicable only.
      const critical = tab.getByRole('radiogroup', { name: /kritická položka/ }).first();
      expect(await critical.getByRole('radio').count()).toBe(3);
      expect(await critical.getByRole('radio', { name: 'Částečně' }).count()).toBe(0);

      // By keyboard: the first item's answers are reached with Tab and chosen with the arrow keys.
      const first = tab.getByRole('radiogroup').first();
      await first.getByRole('radio', { name: 'Ano' }).focus();
      await tab.keyboard.press('Space');
      await tab.keyboard.press('ArrowRight');
      expect(await first.getByRole('radio', { name: 'Částečně' }).isChecked()).toBe(true);

      const groups = tab.getByRole('radiogroup');
      for (let index = 1; index < (await groups.count()); index++)
        await groups.nth(index).getByRole('radio', { name: 'Ano' }).check();
      await tab.getByLabel(/^Kdy (kontakt proběhl|jste zprávu odeslal)/).fill('2026-11-30T09:30');
      await tab
        .getByRole('textbox', { name: 'Poznámka k položce' })
        .first()
        .fill('Mluvil jsem s paní Procházkovou.');
      await tab
        .getByText('Poznámky obsahují něco, co vypadá jako jméno: paní Procházkovou.', { exact: false })
        .waitFor();
      await tab.getByRole('button', { name: 'Odevzdat' }).click();
      await tab.getByRole('alert').getByText('vypadá jako jméno', { exact: false }).waitFor();
      await tab
        .getByRole('textbox', { name: 'Poznámka k položce' })
        .first()
        .fill('Úřednice u přepážky vysvětlila postup.');
      await tab.getByRole('button', { name: 'Odevzdat' }).click();
      await tab.getByText('Záznam je odevzdán ke kontrole. Děkujeme.').waitFor();
      expect(await tab.getByRole('button', { name: 'Odevzdat' }).count()).toBe(0);
      await axeClean(tab);
    },
  );

  step(
    'the quality manager reviews and releases it, then reads the results beside the spring campaign',
    async () => {
      const tab = session.page();
      await tab.setViewportSize({ width: 1280, height: 900 });
      await signInAs(tab, session.serviceUrl(), 'Ing. Jana Nováková');
      await openMystery(tab);
      await tab.getByRole('heading', { level: 1, name: 'Kampaně mystery shoppingu' }).waitFor();
      await axeClean(tab);
      await tab.getByRole('link', { name: 'Mystery shopping – podzim' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Mystery shopping – podzim' }).waitFor();
      await tab.getByRole('table', { name: 'Plnění kvót podle odborů a kanálů' }).waitFor();
      await axeClean(tab);
      await tab
        .getByRole('navigation', { name: 'Stránky kampaně' })
        .getByRole('button', { name: 'Kontrola záznamů' })
        .click();
      await tab.getByRole('heading', { level: 1, name: /^Kontrola záznamů/ }).waitFor();
      await axeClean(tab);
      await tab.goto(
        `${session.serviceUrl()}/tab/${sheetPath.startsWith('#') ? sheetPath : `#${sheetPath}`}`,
      );
      await tab.getByRole('heading', { level: 1, name: /^Záznam:/ }).waitFor();
      await tab.getByRole('button', { name: 'Zkontrolováno' }).click();
      await tab.getByText('Záznam je zkontrolován.').waitFor();
      await tab.getByRole('button', { name: 'Zveřejnit' }).click();
      await tab.getByText('Záznam je zveřejněn a počítá se do výsledků.').waitFor();
      await axeClean(tab);

      await tab.goBack();
      await tab
        .getByRole('navigation', { name: 'Stránky kampaně' })
        .getByRole('button', { name: 'Výsledky' })
        .click();
      await tab.getByRole('heading', { level: 1, name: 'Výsledky: Mystery shopping – podzim' }).waitFor();
      await tab.getByText(/^Minulá kampaň Mystery shopping – jaro 2026:/).waitFor();
      await tab.getByRole('table', { name: 'Podle odborů' }).waitFor();
      await tab.getByRole('table', { name: 'Nejčastěji nesplněné položky' }).waitFor();
      await axeClean(tab);
    },
  );

  step('the head of transport reads his department’s results and its action plan', async () => {
    const tab = session.page();
    await signInAs(tab, session.serviceUrl(), 'Ing. Tomáš Černý');
    await openMystery(tab);
    await tab.getByRole('link', { name: 'Mystery shopping – jaro' }).click();
    await tab
      .getByRole('navigation', { name: 'Stránky kampaně' })
      .getByRole('button', { name: 'Výsledky' })
      .click();
    await tab.getByRole('heading', { level: 1, name: 'Výsledky: Mystery shopping – jaro' }).waitFor();
    const departments = tab.getByRole('table', { name: 'Podle odborů' });
    expect(await departments.getByRole('rowheader').allTextContents()).toEqual(['Odbor dopravy']);
    await tab.getByRole('button', { name: 'Zpráva pro Odbor dopravy (.docx)' }).waitFor();
    expect(await tab.getByRole('button', { name: 'Zveřejněná data (.xlsx)' }).count()).toBe(0);
    await axeClean(tab);
    await tab
      .getByRole('navigation', { name: 'Stránky kampaně' })
      .getByRole('button', { name: 'Zjištění a opatření' })
      .click();
    const plan = tab.getByRole('table', { name: /^Zjištění/ });
    await plan.waitFor();
    expect(await plan.getByRole('rowheader').allTextContents()).toEqual([
      'Odpovědi na e-maily a podání do tří pracovních dnů',
    ]);
    await plan.getByRole('link', { name: /^Opatření č\. \d+ \(Navrženo\)/ }).waitFor();
    await axeClean(tab);
    expect(session.problems).toEqual([]);
  });
});
