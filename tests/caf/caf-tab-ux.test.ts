import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { settledAxeViolations as axeViolations } from './caf-support';
import { openArea, signInAs, useTabSession } from '../support/tab-session';

/*
 * The tab as a keyboard, screen-reader and phone user meets it, in headless Chromium against the
 * local stack: the skip link and the focus on text fields in every theme, the scoring form at
 * Teams mobile's 400 px, a submit that names what is not scored yet, a removal that asks first and
 * a nomination that searches the directory.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 180_000;
const CYCLE = 'Sebehodnocení CAF 2026';
const MEMBER = 'Marie Procházková';
const QUALITY_MANAGER = 'Ing. Jana Nováková';
/** Has scored everything and submitted (the demo office). */
const SUBMITTED = 'Alena Němcová';

const session = useTabSession({ timeout: TIMEOUT });
const currentPage = () => session.page();

async function openCycle(tab: Page, view?: string): Promise<void> {
  await openArea(tab, 'Sebehodnocení');
  await tab.getByRole('link', { name: CYCLE }).click();
  await tab.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
  if (view !== undefined)
    await tab.getByRole('navigation', { name: 'Stránky cyklu' }).getByRole('button', { name: view }).click();
}

/** WCAG's contrast ratio of two CSS colours "rgb(r, g, b)" (opaque). */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * What marks the focused text field: the widest bottom line of the field's wrapper and of its
 * ::after (Fluent's underline), with its colour, once the underline's transition has run.
 */
async function focusLine(tab: Page): Promise<{ width: number; color: string; background: string }> {
  await tab.waitForTimeout(300);
  return tab.evaluate(() => {
    // Runs in the page; the test project has no DOM types, hence the narrow shapes.
    interface Style {
      borderBottomWidth: string;
      borderBottomColor: string;
      borderBottomStyle: string;
      backgroundColor: string;
      transform: string;
    }
    interface Node {
      parentElement: Node | null;
    }
    const doc = (
      globalThis as unknown as {
        document: { activeElement: Node | null; body: Node };
        getComputedStyle(element: Node, pseudo?: string): Style;
      }
    ).document;
    const view = globalThis as unknown as { getComputedStyle(element: Node, pseudo?: string): Style };
    const field = doc.activeElement?.parentElement;
    if (!field) return { width: 0, color: '', background: '' };
    const lines = [view.getComputedStyle(field), view.getComputedStyle(field, '::after')]
      .filter((style) => style.borderBottomStyle !== 'none' && style.transform !== 'matrix(0, 0, 0, 1, 0, 0)')
      .map((style) => ({ width: parseFloat(style.borderBottomWidth), color: style.borderBottomColor }))
      .sort((a, b) => b.width - a.width);
    let behind: Node | null = field;
    let background = 'rgba(0, 0, 0, 0)';
    while (behind && /rgba\(.*, 0\)$|transparent/.test(background)) {
      background = view.getComputedStyle(behind).backgroundColor;
      behind = behind.parentElement;
    }
    return { width: lines[0]?.width ?? 0, color: lines[0]?.color ?? '', background };
  });
}

describe('the tab for keyboard, screen-reader and phone users', () => {
  it(
    'offers a skip link first in the tab order, visible on focus, that moves focus to the main content',
    async () => {
      const tab = currentPage();
      await signInAs(tab, session.serviceUrl(), MEMBER);
      await tab.evaluate(() =>
        (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
      );
      await tab.locator('body').focus();
      await tab.keyboard.press('Tab');
      const skip = tab.getByRole('link', { name: 'Přeskočit na obsah' });
      expect(await skip.evaluate((link) => link === link.ownerDocument.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.width ?? 0).toBeGreaterThan(20);
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect(await skip.isVisible()).toBe(true);
      expect(await axeViolations(tab)).toEqual([]);
      await tab.keyboard.press('Enter');
      expect(await tab.getByRole('main').evaluate((main) => main === main.ownerDocument.activeElement)).toBe(
        true,
      );
      // Out of focus it is out of sight.
      const hidden = await skip.boundingBox();
      expect((hidden?.y ?? 0) + (hidden?.height ?? 0) <= 1 || (hidden?.width ?? 0) <= 1).toBe(true);
    },
    TIMEOUT,
  );

  it.each(['', '?theme=dark', '?theme=contrast'])(
    'marks the focused text field with a line of 2 px at 3:1 contrast or more (theme %s)',
    async (theme) => {
      const tab = currentPage();
      await tab.goto(`${session.serviceUrl()}/tab/${theme}`);
      await tab.getByRole('heading', { level: 1, name: 'Model CAF 2020' }).waitFor();
      await openCycle(tab, 'Moje hodnocení');
      await tab.getByRole('heading', { level: 2, name: /^1\.1 / }).waitFor();
      for (const field of [
        tab.getByRole('spinbutton', { name: 'Skóre (0–100)' }),
        tab.getByRole('textbox', { name: 'Silné stránky' }),
      ]) {
        await field.focus();
        const line = await focusLine(tab);
        expect(line.width).toBeGreaterThanOrEqual(2);
        expect(contrast(line.color, line.background)).toBeGreaterThanOrEqual(3);
      }
    },
    TIMEOUT,
  );

  it(
    'shows the score field of the current subcriterion on the first screen at 400 × 800 (Teams mobile)',
    async () => {
      const tab = currentPage();
      await tab.setViewportSize({ width: 400, height: 800 });
      await signInAs(tab, session.serviceUrl(), MEMBER);
      await openCycle(tab, 'Moje hodnocení');
      await tab.getByRole('heading', { level: 2, name: /^1\.1 / }).waitFor();
      const score = tab.getByRole('spinbutton', { name: 'Skóre (0–100)' });
      const place = await score.evaluate((input) => {
        const rect = input.getBoundingClientRect();
        const view = input.ownerDocument.defaultView;
        return {
          top: rect.top + (view?.scrollY ?? 0),
          bottom: rect.bottom + (view?.scrollY ?? 0),
          left: rect.left,
          right: rect.right,
          width: view?.innerWidth ?? 0,
        };
      });
      expect(place.top).toBeGreaterThanOrEqual(0);
      expect(place.bottom).toBeLessThanOrEqual(800);
      expect(place.left).toBeGreaterThanOrEqual(0);
      expect(place.right).toBeLessThanOrEqual(place.width);
      // The other subcriteria stay one step away, and nothing is lost for a screen-reader user.
      await tab.getByRole('navigation', { name: 'Subkritéria' }).waitFor({ state: 'attached' });
      expect(await axeViolations(tab)).toEqual([]);
      await tab.setViewportSize({ width: 1280, height: 720 });
    },
    TIMEOUT,
  );

  it(
    'names the subcriteria not scored yet when submitting, each a button that opens it',
    async () => {
      const tab = currentPage();
      await tab.getByRole('button', { name: 'Odeslat hodnocení' }).click();
      const dialog = tab.getByRole('dialog', { name: 'Odeslat hodnocení?' });
      await dialog.waitFor();
      const missing = dialog.getByRole('list', { name: /Neohodnocená subkritéria/ });
      await missing.waitFor();
      const items = await missing.getByRole('listitem').allTextContents();
      expect(items.length).toBeGreaterThan(0);
      expect(items.some((item) => /^2\.1 .*\S/.test(item))).toBe(true);
      expect(await axeViolations(tab)).toEqual([]);
      await missing.getByRole('button', { name: /^2\.1 / }).click();
      await tab.getByRole('heading', { level: 2, name: /^2\.1 / }).waitFor();
      expect(await dialog.count()).toBe(0);
      expect(
        await tab
          .getByRole('heading', { level: 2, name: /^2\.1 / })
          .evaluate((heading) => heading === heading.ownerDocument.activeElement),
      ).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'asks before removing a team member, naming the person, and keeps one who has submitted',
    async () => {
      const tab = currentPage();
      await signInAs(tab, session.serviceUrl(), QUALITY_MANAGER);
      await openCycle(tab);
      const team = tab.getByRole('table', { name: 'Členové hodnoticího týmu' });
      await team.getByRole('button', { name: `Odebrat z týmu: ${MEMBER}` }).click();
      const dialog = tab.getByRole('dialog', { name: `Odebrat ${MEMBER} z hodnoticího týmu?` });
      await dialog.waitFor();
      expect(await dialog.textContent()).toMatch(/hodnocení/);
      expect(await axeViolations(tab)).toEqual([]);
      await dialog.getByRole('button', { name: 'Zrušit' }).click();
      expect(await dialog.count()).toBe(0);
      expect(await team.textContent()).toContain(MEMBER);

      await team.getByRole('button', { name: `Odebrat z týmu: ${MEMBER}` }).click();
      await dialog.getByRole('button', { name: 'Ano, odebrat' }).click();
      await team.getByRole('rowheader', { name: MEMBER }).waitFor({ state: 'detached' });

      // Whoever has submitted stays: their scores count, and the dialog says so instead of asking.
      await team.getByRole('button', { name: `Odebrat z týmu: ${SUBMITTED}` }).click();
      const kept = tab.getByRole('dialog', { name: `Odebrat ${SUBMITTED} z hodnoticího týmu?` });
      await kept.waitFor();
      expect(await kept.textContent()).toContain('nelze z hodnoticího týmu odebrat');
      expect(await kept.getByRole('button', { name: 'Ano, odebrat' }).count()).toBe(0);
      await kept.getByRole('button', { name: 'Zavřít' }).click();
      expect(await team.textContent()).toContain(SUBMITTED);
    },
    TIMEOUT,
  );

  it(
    'nominates a team member by searching the directory with the keyboard',
    async () => {
      const tab = currentPage();
      const form = tab.getByRole('region', { name: 'Přidat člena týmu' });
      const person = form.getByRole('combobox', { name: 'Osoba' });
      await person.focus();
      await tab.keyboard.type('kuč');
      const options = form.getByRole('listbox', { name: 'Osoba' }).getByRole('option');
      await options.first().waitFor();
      expect(await options.first().textContent()).toContain('Jiří Kučera');
      expect(await options.first().textContent()).toContain('Referent registru vozidel');
      await form
        .getByRole('status')
        .filter({ hasText: /Nalezen/ })
        .waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      // Escape closes the list and keeps the text; arrows reopen it and move through it.
      await tab.keyboard.press('Escape');
      expect(await options.count()).toBe(0);
      expect(await person.inputValue()).toBe('kuč');
      await tab.keyboard.press('ArrowDown');
      await options.first().waitFor();
      expect(await person.getAttribute('aria-activedescendant')).toBe(
        await options.first().getAttribute('id'),
      );
      await tab.keyboard.press('Enter');
      expect(await options.count()).toBe(0);
      expect(await person.inputValue()).toBe('Jiří Kučera');
      await form.getByRole('button', { name: 'Přidat' }).click();
      const team = tab.getByRole('table', { name: 'Členové hodnoticího týmu' });
      await team.getByRole('rowheader', { name: 'Jiří Kučera' }).waitFor();
      expect(await person.inputValue()).toBe('');
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it.each(['dark', 'contrast'])(
    'shows the people found without axe violations in the %s theme',
    async (theme) => {
      const tab = currentPage();
      await tab.goto(`${session.serviceUrl()}/tab/?theme=${theme}`);
      await tab.getByRole('heading', { level: 1, name: 'Model CAF 2020' }).waitFor();
      await openCycle(tab);
      const form = tab.getByRole('region', { name: 'Přidat člena týmu' });
      await form.getByRole('combobox', { name: 'Osoba' }).fill('ve');
      await form.getByRole('listbox', { name: 'Osoba' }).getByRole('option').first().waitFor();
      await tab.keyboard.press('ArrowDown');
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'keeps each page at its own address: back, forward and reload return to it, a deep link opens it',
    async () => {
      const tab = currentPage();
      // Marie left the team in an earlier test; Alena has submitted and reads her scores.
      await signInAs(tab, session.serviceUrl(), SUBMITTED);
      await openArea(tab, 'Sebehodnocení');
      const link = tab.getByRole('link', { name: CYCLE });
      const cycle = /^#\/caf\/(\d+)$/.exec((await link.getAttribute('href')) ?? '')?.[1];
      expect(cycle).toMatch(/^\d+$/);
      await openCycle(tab, 'Moje hodnocení');
      const jump = tab.getByRole('navigation', { name: 'Subkritéria' });
      await jump.getByRole('button', { name: /^6\.2/ }).click();
      const heading = (code: string) => tab.getByRole('heading', { level: 2, name: new RegExp(`^${code} `) });
      await heading('6.2').waitFor();
      expect(new URL(tab.url()).hash).toBe(`#/caf/${cycle}/scoring/6.2`);

      await tab.goBack();
      await heading('1.1').waitFor();
      await tab.goBack();
      await tab.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
      expect(new URL(tab.url()).hash).toBe(`#/caf/${cycle}`);
      await tab.goForward();
      await tab.goForward();
      await heading('6.2').waitFor();

      await tab.reload();
      await heading('6.2').waitFor();
      const pages = tab.getByRole('navigation', { name: 'Stránky cyklu' });
      expect(await pages.getByRole('button', { name: 'Moje hodnocení' }).getAttribute('aria-current')).toBe(
        'page',
      );
      expect(await axeViolations(tab)).toEqual([]);

      // A Teams deep link's sub-page (here as the query a plain browser stands in with).
      await tab.goto(`${session.serviceUrl()}/tab/?subPageId=caf/${cycle}/scoring/3.2`);
      await heading('3.2').waitFor();
      expect(new URL(tab.url()).hash).toBe(`#/caf/${cycle}/scoring/3.2`);
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it('threw no errors and broke no Content-Security-Policy rule', () => {
    expect(session.problems).toEqual([]);
  });
});
