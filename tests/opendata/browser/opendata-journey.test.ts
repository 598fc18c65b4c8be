import { describe, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { settledAxeViolations } from '../../caf/caf-support';
import { stepper } from '../../feedback/browser/feedback-browser-support';
import { openArea, signInAs, useTabSession } from '../../support/tab-session';

/*
 * Open data in headless Chromium against the local stack with the demo office: the quality manager
 * opens the area, previews a dataset (its rows, the check, the files), chooses it, publishes and
 * finds the publication in the log; the published CSV is then fetched from its public address with
 * no sign-in at all. Every page is axe-clean at 1280 px and at a phone's 400 px, where nothing runs
 * off the side. (`npm test` builds the tab first.)
 */

const TIMEOUT = 300_000;
const STEP = 120_000;
const session = useTabSession({ timeout: TIMEOUT });
const step = stepper(STEP);
const CAF = 'Výsledky sebehodnocení podle modelu CAF';
let csvUrl = '';

const axeClean = async (tab: Page) => expect(await settledAxeViolations(tab)).toEqual([]);

const pageWidth = (tab: Page) =>
  tab.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  );

const datasetTable = (tab: Page) =>
  tab.getByRole('table', { name: /^Datové sady, které Kvalita umí zveřejnit/ });

async function openOpenData(tab: Page) {
  await openArea(tab, 'Otevřená data');
  await tab.getByRole('heading', { level: 1, name: 'Otevřená data' }).waitFor();
  await datasetTable(tab).waitFor();
}

describe('open data in the tab', () => {
  step('the quality manager opens open data and previews the CAF results', async () => {
    const tab = session.page();
    await tab.setViewportSize({ width: 1280, height: 900 });
    await signInAs(tab, session.serviceUrl(), 'Ing. Jana Nováková');
    await openOpenData(tab);
    expect(await datasetTable(tab).getByRole('rowheader').count()).toBe(5);
    await tab.getByRole('button', { name: 'Stáhnout registrační soubor' }).waitFor();
    await tab.getByText('Kdo data zveřejňuje').waitFor();
    await axeClean(tab);

    await datasetTable(tab)
      .getByRole('link', { name: `Náhled – ${CAF}` })
      .click();
    await tab.getByRole('heading', { level: 1, name: `Náhled: ${CAF}` }).waitFor();
    await tab.getByText('Soubory odpovídají schématu CSVW i normě DCAT-AP-CZ.').waitFor();
    await tab.getByRole('table', { name: /^První řádky souboru/ }).waitFor();
    const csv = tab.getByRole('region', { name: 'Soubor CSV' });
    expect(await csv.textContent()).toMatch(/^cyklus,/);
    await tab.getByRole('region', { name: 'Metadata CSVW (JSON)' }).waitFor();
    await tab.getByRole('region', { name: 'Záznam v katalogu (DCAT-AP-CZ, JSON-LD)' }).waitFor();
    await axeClean(tab);
    await tab.getByRole('link', { name: 'Zpět na přehled otevřených dat' }).click();
    await datasetTable(tab).waitFor();
  });

  step('chooses the CAF results, publishes them and finds the publication in the log', async () => {
    const tab = session.page();
    const chosen = datasetTable(tab).getByRole('checkbox', { name: `Zveřejňovat: ${CAF}` });
    if (!(await chosen.isChecked())) {
      // By keyboard: the checkbox is reached with Tab and ticked with Space.
      await chosen.focus();
      await tab.keyboard.press('Space');
      await tab.getByText(`Nastavení sady ${CAF} je uloženo.`).waitFor();
    }
    expect(await chosen.isChecked()).toBe(true);
    const log = tab.getByRole('table', { name: /^Poslední zveřejnění/ });
    const before = (await log.count()) === 0 ? 0 : await log.getByRole('rowheader').count();

    await tab.getByRole('button', { name: 'Zveřejnit vybrané' }).click();
    await tab.getByText(/^Zveřejněno: datové sady \(\d\) a katalog\./).waitFor();
    await log.waitFor();
    // The overview is read again after the publication: the log gains its entry.
    await log.getByRole('rowheader').nth(before).waitFor();
    expect(await log.getByRole('rowheader').count()).toBe(before + 1);
    const newest = log.getByRole('row').nth(1);
    const entry = await newest.textContent();
    expect(entry).toContain('Ing. Jana Nováková');
    expect(entry).toContain('ručně');
    expect(entry).toContain(`${CAF}:`);
    expect(await newest.getByText(/^Celý otisk SHA-256: [0-9a-f]{64}$/).count()).toBe(1);

    const row = datasetTable(tab).getByRole('row', { name: new RegExp(`^${CAF}`) });
    expect(await row.getByText('ano', { exact: true }).count()).toBe(1);
    csvUrl = (await row.getByRole('link', { name: `CSV – ${CAF}` }).getAttribute('href')) ?? '';
    expect(csvUrl).toMatch(/\.csv$/);
    await axeClean(tab);
  });

  step('anyone fetches the published CSV from its public address, without signing in', async () => {
    const answer = await fetch(csvUrl);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await answer.text()).toMatch(/^\uFEFF?cyklus,/);
  });

  step('on a phone-sized screen the overview and the preview stay within 400 px and axe-clean', async () => {
    const tab = session.page();
    await tab.setViewportSize({ width: 400, height: 860 });
    await tab.goto(`${session.serviceUrl()}/tab/#/opendata`);
    await datasetTable(tab).waitFor();
    await tab.getByRole('table', { name: /^Poslední zveřejnění/ }).waitFor();
    await axeClean(tab);

    await tab.goto(`${session.serviceUrl()}/tab/#/opendata/cafResults`);
    await tab.getByRole('heading', { level: 1, name: `Náhled: ${CAF}` }).waitFor();
    await tab.getByRole('region', { name: 'Soubor CSV' }).waitFor();
    expect(await pageWidth(tab)).toBeLessThanOrEqual(400);
    await axeClean(tab);
    expect(session.problems).toEqual([]);
  });
});
