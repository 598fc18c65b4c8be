import { describe, expect, it } from '@jest/globals';
import { settledAxeViolations as axeViolations } from './caf-support';
import { openArea, signInAs, useTabSession } from '../support/tab-session';

/*
 * The phase moves of a CAF cycle in headless Chromium against the local stack: the quality manager
 * ends individual scoring early (the dialog names who has not submitted), steps back with a reason,
 * and the director returns the report for rework; every dialog keyboard usable and axe-clean.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 180_000;
const CYCLE = 'Sebehodnocení CAF 2026';

const session = useTabSession({ timeout: TIMEOUT });
const currentPage = () => session.page();

async function openCycle(person: string): Promise<void> {
  const tab = currentPage();
  await signInAs(tab, session.serviceUrl(), person);
  await openArea(tab, 'Sebehodnocení');
  await tab.getByRole('link', { name: CYCLE }).click();
  await tab.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
}

/** An API call as a demo person, to bring the cycle where a test starts. */
async function asPerson(who: string, method: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${session.serviceUrl()}/api/caf${path}`, {
    method,
    headers: { Authorization: `Demo ${who}@lipova.example`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}

async function cycleId(): Promise<number> {
  const response = await fetch(`${session.serviceUrl()}/api/caf/cycles`, {
    headers: { Authorization: 'Demo jana.novakova@lipova.example' },
  });
  const { cycles } = (await response.json()) as { cycles: { id: number; name: string }[] };
  return cycles.find((cycle) => cycle.name === CYCLE)?.id ?? 0;
}

describe('CAF cycle phases in Chromium', () => {
  it(
    'the quality manager ends individual scoring early, told who has not submitted',
    async () => {
      const tab = currentPage();
      await openCycle('Ing. Jana Nováková');
      const move = tab.getByRole('button', { name: 'Posunout do fáze: Konsenzus' });
      await move.focus();
      await tab.keyboard.press('Enter');
      const dialog = tab.getByRole('dialog', { name: 'Ukončit individuální hodnocení?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Hodnocení zatím neodeslali: Bc. Lucie Dvořáková');
      expect(await dialog.textContent()).not.toContain('Alena Němcová');
      expect(await axeViolations(tab)).toEqual([]);
      // Escape closes it without moving the cycle, and focus goes back to the button.
      await tab.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await move.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);

      await tab.keyboard.press('Enter');
      await dialog.getByRole('button', { name: 'Ukončit individuální hodnocení' }).click();
      await tab.getByText('Stav cyklu: Konsenzus').waitFor();
      const history = tab.getByRole('region', { name: 'Historie cyklu' });
      await history.getByText(/ukončil\(a\) individuální hodnocení/).waitFor();
      expect(await axeViolations(tab)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'steps back one phase only with a reason, which the history keeps',
    async () => {
      const tab = currentPage();
      await tab.getByRole('button', { name: 'Vrátit do fáze: Individuální hodnocení' }).click();
      const dialog = tab.getByRole('dialog', { name: 'Vrátit cyklus do fáze Individuální hodnocení?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Vrátit zpět' }).click();
      await dialog.getByText('Napište důvod.').waitFor();
      expect(await axeViolations(tab)).toEqual([]);
      await dialog.getByRole('textbox', { name: /Důvod/ }).fill('Marie ještě dohodnotí kritérium 1.');
      await dialog.getByRole('button', { name: 'Vrátit zpět' }).click();
      await tab.getByText('Stav cyklu: Individuální hodnocení').waitFor();
      await tab.getByText('Důvod: Marie ještě dohodnotí kritérium 1.').waitFor();
    },
    TIMEOUT,
  );

  it(
    'the director returns the report for rework with a reason',
    async () => {
      const tab = currentPage();
      const id = await cycleId();
      await asPerson('jana.novakova', 'POST', `/cycles/${id}/status`, {
        status: 'consensus',
        endScoring: true,
      });
      await asPerson('lucie.dvorakova', 'PUT', `/cycles/${id}/consensus/1.1`, {
        input: { method: 'classical', score: 60 },
        strengths: '',
        areasForImprovement: 'Vizi znají jen vedoucí.',
        improvementIdeas: '',
      });
      await asPerson('jana.novakova', 'POST', `/cycles/${id}/status`, { status: 'report' });

      await openCycle('Mgr. Petr Svoboda');
      await tab
        .getByRole('navigation', { name: 'Stránky cyklu' })
        .getByRole('button', { name: 'Výsledky' })
        .click();
      await tab.getByRole('button', { name: 'Vrátit k přepracování' }).click();
      const dialog = tab.getByRole('dialog', { name: 'Vrátit zprávu k přepracování?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Cyklus se vrátí do fáze Konsenzus');
      expect(await axeViolations(tab)).toEqual([]);
      await dialog.getByRole('textbox', { name: /Důvod/ }).fill('Doplňte důkazy ke kritériu 1.');
      await dialog.getByRole('button', { name: 'Vrátit k přepracování' }).click();
      await tab.getByText('Stav cyklu: Konsenzus').waitFor();
    },
    TIMEOUT,
  );

  it('threw no errors and broke no Content-Security-Policy rule', () => {
    expect(session.problems).toEqual([]);
  });
});
