import { describe, expect } from '@jest/globals';
import type { FeedbackCyclesReply, MyFeedbackReply } from '@kvalita/core';
import { signInAs, useTabSession } from '../../support/tab-session';
import {
  advanceCycle,
  createModel,
  expectAxeClean,
  feedbackApi,
  openFeedback,
  pickPerson,
  rate,
  stepper,
} from './feedback-browser-support';

/*
 * One 360 cycle in headless Chromium against the local stack, each step in the tab as the person
 * who takes it: the quality manager creates the cycle (a wrong form first) and starts the
 * nominations; the subject nominates three peers (too few first) and submits; their manager
 * approves; the raters' answers arrive as the chat cards send them; the quality manager releases
 * the reports from the release screen, which says they are not an appraisal for pay and needs a
 * confirmation; the subject reads the report (a small group left out and said so), downloads the
 * .docx and sets a development goal. Each page is axe-clean, also in the dark and high-contrast themes.
 * (`npm test` builds the tab first; on its own run `npm run build:tab` before this test.)
 */

const TIMEOUT = 360_000;
const STEP = 150_000;
const run = Date.now().toString(36);
const CYCLE = `Zpětná vazba vedoucích ${run}`;
const MODEL = `Model vedoucích ${run}`;
const QUALITY_MANAGER = 'Ing. Jana Nováková';
const SUBJECT = 'Ing. Pavel Marek';
const MANAGER = 'Mgr. Petr Svoboda';
const PEERS = [
  ['Dvoř', 'Bc. Lucie Dvořáková'],
  ['Čern', 'Ing. Tomáš Černý'],
  ['Horá', 'Ing. arch. Martin Horák'],
] as const;

const session = useTabSession({ timeout: TIMEOUT, acceptDownloads: true });
const currentPage = () => session.page();
const step = stepper(STEP);

/** The journey's cycle and the subject's entry, as the service numbered them. */
let cycleId = 0;
let subjectId = 0;

describe('a 360 cycle in the tab, from its creation to a released report', () => {
  step(
    'the quality manager creates the cycle in the tab, after a form that names what is missing',
    async () => {
      await createModel(session.serviceUrl(), MODEL);
      const tab = currentPage();
      await signInAs(tab, session.serviceUrl(), QUALITY_MANAGER);
      await openFeedback(tab, 'Cykly');
      await tab.getByRole('heading', { level: 1, name: 'Cykly zpětné vazby 360°' }).waitFor();
      await tab.getByRole('button', { name: 'Nový cyklus' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Nový cyklus zpětné vazby 360°' }).waitFor();
      await tab.getByRole('button', { name: 'Založit cyklus' }).click();
      await tab.getByText('Cyklus zatím nejde uložit: opravte prosím pole označená níže.').waitFor();
      await tab.getByText('Vyberte prosím kompetenční model.').waitFor();
      await expectAxeClean(tab);

      await tab.getByLabel('Název cyklu').fill(CYCLE);
      await tab.getByLabel('Kompetenční model').selectOption({ label: `${MODEL}, verze 1` });
      await pickPerson(tab, 'Přidat hodnoceného', 'Marek', SUBJECT);
      await tab.getByRole('list', { name: 'Vybraní lidé (1)' }).getByText(SUBJECT).waitFor();
      await tab.getByLabel('Nejvíce formulářů na jednoho hodnotitele').fill('2');
      await tab.getByLabel('Nejmenší skupina, jejíž výsledky se ukážou').fill('2');
      await tab.getByRole('button', { name: 'Založit cyklus' }).click();
      await tab.getByText('Celé číslo od 3 do 10.').waitFor();
      await tab.getByLabel('Nejmenší skupina, jejíž výsledky se ukážou').fill('3');
      await tab.getByLabel('Nejvíce formulářů na jednoho hodnotitele').fill('8');
      await tab.getByRole('button', { name: 'Založit cyklus' }).click();

      await tab.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
      await tab.getByText('Cyklus je založený. Až bude vše připravené, zahajte nominace.').waitFor();
      const phases = tab.getByRole('list', { name: 'Fáze cyklu' });
      expect(await phases.locator('[aria-current="step"]').textContent()).toContain('Příprava');
      await expectAxeClean(tab);
      cycleId = Number(/feedback\/cycles\/(\d+)/.exec(tab.url())?.[1]);
      expect(cycleId).toBeGreaterThan(0);
    },
  );

  step('starts the nominations from the cycle’s page, through a dialog that says what happens', async () => {
    const tab = currentPage();
    await tab.getByRole('button', { name: 'Zahájit nominace' }).click();
    const dialog = tab.getByRole('dialog', { name: 'Zahájit nominace' });
    await dialog.getByText(/Verze modelu se zamkne/).waitFor();
    await expectAxeClean(tab);
    await dialog.getByRole('button', { name: 'Ano, provést' }).click();
    await tab.getByText('Cyklus je v další fázi.').waitFor();
    const phases = tab.getByRole('list', { name: 'Fáze cyklu' });
    expect(await phases.locator('[aria-current="step"]').textContent()).toContain('Nominace');
    const subjects = tab.getByRole('table', { name: /^Hodnocení lidé \(1 z 1\)$/ });
    await subjects.getByRole('link', { name: SUBJECT }).waitFor();
    await expectAxeClean(tab);
  });

  step('the subject nominates three peers in the tab and submits the list', async () => {
    const tab = currentPage();
    await signInAs(tab, session.serviceUrl(), SUBJECT);
    await openFeedback(tab);
    await tab.getByRole('link', { name: `Navrhnout hodnotitele v cyklu ${CYCLE}` }).click();
    await tab.getByRole('heading', { level: 1, name: 'Moji hodnotitelé' }).waitFor();
    await tab.getByRole('heading', { name: 'Kolegové: 0 (potřeba 3–6)' }).waitFor();
    await expectAxeClean(tab);
    for (const [part, name] of PEERS.slice(0, 2))
      await pickPerson(tab, 'Přidat do skupiny Kolegové', part, name);
    await tab.getByRole('heading', { name: 'Kolegové: 2 (potřeba 3–6)' }).waitFor();
    await tab.getByRole('button', { name: 'Odeslat ke schválení' }).click();
    await tab
      .getByText('Seznam zatím nelze odeslat: počty ve skupinách neodpovídají pravidlům cyklu.')
      .waitFor();
    const [part, name] = PEERS[2];
    await pickPerson(tab, 'Přidat do skupiny Kolegové', part, name);
    await tab.getByRole('heading', { name: 'Kolegové: 3 (potřeba 3–6)' }).waitFor();
    await pickPerson(tab, 'Přidat do skupiny Ostatní', 'Dvoř', PEERS[0][1]);
    await tab.getByText(`${PEERS[0][1]} už na seznamu je.`).waitFor();
    await tab.getByRole('button', { name: 'Odeslat ke schválení' }).click();
    await tab.getByText('Seznam je odeslaný ke schválení. Děkujeme.').waitFor();
    await tab.getByText('Seznam je odeslaný ke schválení.', { exact: false }).first().waitFor();
    await expectAxeClean(tab);
    subjectId = Number(/nominations\/(\d+)/.exec(tab.url())?.[1]);
    expect(subjectId).toBeGreaterThan(0);
  });

  step('their manager approves the list in the tab', async () => {
    const tab = currentPage();
    await signInAs(tab, session.serviceUrl(), MANAGER);
    await openFeedback(tab);
    await tab.getByRole('link', { name: `Hodnotitelé pro ${SUBJECT}` }).click();
    await tab.getByRole('heading', { level: 1, name: `Hodnotitelé pro ${SUBJECT}` }).waitFor();
    for (const [, name] of PEERS)
      await tab.getByRole('list', { name: 'Kolegové' }).getByText(name, { exact: true }).waitFor();
    await expectAxeClean(tab);
    await tab.getByRole('button', { name: 'Schválit seznam' }).click();
    await tab.getByText('Seznam hodnotitelů je schválený.').waitFor();
    await expectAxeClean(tab);
  });

  step('the release screen says the results are not for pay and releases only once confirmed', async () => {
    const url = session.serviceUrl();
    await advanceCycle(url, cycleId, 'approval');
    await advanceCycle(url, cycleId, 'rating');
    // The raters answer in chat; their cards send these.
    await rate(url, 'pavel.marek', cycleId, subjectId, 5, 'Myslím, že udávám jasný směr.');
    await rate(
      url,
      'petr.svoboda',
      cycleId,
      subjectId,
      3,
      'Směr je jasný, termíny by chtěly víc pozornosti.',
    );
    await rate(url, 'lucie.dvorakova', cycleId, subjectId, 3, 'Spolupráce s odborem je dobrá.');
    await rate(url, 'tomas.cerny', cycleId, subjectId, 4, 'Vždy se dá domluvit.');
    await rate(url, 'martin.horak', cycleId, subjectId, 3, 'Porady by mohly být kratší.');
    await rate(url, 'alena.nemcova', cycleId, subjectId, 2, 'Uvítala bych víc informací.');
    await advanceCycle(url, cycleId, 'closed');

    const tab = currentPage();
    await signInAs(tab, url, QUALITY_MANAGER);
    await openFeedback(tab, 'Cykly');
    await tab.getByRole('link', { name: CYCLE }).click();
    await tab.getByRole('heading', { level: 1, name: CYCLE }).waitFor();
    await tab.getByRole('link', { name: 'Zveřejnit zprávy…' }).click();
    await tab.getByRole('heading', { level: 1, name: `Zveřejnit zprávy: ${CYCLE}` }).waitFor();
    await tab.getByText('Rozvojová zpětná vazba, ne hodnocení pro odměňování').waitFor();
    await tab.getByText(/nesmí být podkladem pro osobní příplatek, odměny ani služební hodnocení/).waitFor();
    await expectAxeClean(tab);
    await tab.getByRole('button', { name: 'Zveřejnit zprávy' }).click();
    await tab
      .getByRole('alert')
      .getByText('Nejdřív prosím potvrďte, že výsledky slouží k rozvoji, ne k odměňování.')
      .waitFor();
    const cycles = await feedbackApi<FeedbackCyclesReply>(url, 'jana.novakova', 'GET', '/cycles');
    expect(cycles.items.find((cycle) => cycle.id === cycleId)?.phase).toBe('closed');
    await tab.getByRole('checkbox', { name: /^Potvrzuji, že výsledky jsou rozvojová zpětná vazba/ }).check();
    await tab.getByRole('button', { name: 'Zveřejnit zprávy' }).click();
    await tab.getByText(/^Zprávy jsou zveřejněné\./).waitFor();
    const phases = tab.getByRole('list', { name: 'Fáze cyklu' });
    expect(await phases.locator('[aria-current="step"]').textContent()).toContain('Zprávy zveřejněné');
    await expectAxeClean(tab);
  });

  step('the subject reads the released report, downloads it and sets a development goal', async () => {
    const url = session.serviceUrl();
    const mine = await feedbackApi<MyFeedbackReply>(url, 'pavel.marek', 'GET', '/mine');
    expect(mine.reports.some((entry) => entry.cycleId === cycleId)).toBe(true);
    const tab = currentPage();
    await signInAs(tab, url, SUBJECT);
    await openFeedback(tab);
    await tab.getByRole('link', { name: `Zpráva: ${SUBJECT}, cyklus ${CYCLE}` }).click();
    await tab.getByRole('heading', { level: 1, name: `Zpráva ze zpětné vazby 360°: ${SUBJECT}` }).waitFor();
    const groups = tab.getByRole('region', { name: 'Kdo odpověděl' });
    await groups.getByRole('table', { name: 'Skupiny ve zprávě' }).getByText('Kolegové (3)').waitFor();
    // The lone direct report is left out, and the report says so.
    await groups.getByText(/^Podřízení: 1 odp\. – méně než 3/).waitFor();
    const competencies = tab.getByRole('table', { name: 'Průměry podle kompetencí' });
    const first = competencies.getByRole('row').nth(1);
    expect(await first.getByRole('cell').first().textContent()).toBe('5,0');
    await tab.getByRole('region', { name: 'Co z toho plyne' }).getByText('Slepá místa').waitFor();
    await tab.getByText('Spolupráce s odborem je dobrá.', { exact: false }).waitFor();
    expect(await tab.getByText('Uvítala bych víc informací.', { exact: false }).count()).toBe(0);
    await expectAxeClean(tab);

    const download = tab.waitForEvent('download');
    await tab.getByRole('button', { name: 'Stáhnout zprávu .docx' }).click();
    expect((await download).suggestedFilename()).toBe('zprava-360-ing-pavel-marek.docx');

    await tab.getByRole('button', { name: 'Přidat rozvojový cíl' }).click();
    const form = tab.getByRole('form', { name: 'Nový rozvojový cíl' });
    await form.getByRole('button', { name: 'Uložit cíl' }).click();
    await form.getByText('Vyplňte prosím.').waitFor();
    await form.getByLabel('Co udělám').fill('Na každé poradě shrnu priority a termíny.');
    await form.getByRole('radio', { name: 'Školení' }).check();
    await form.getByLabel('Název školení').fill('Řízení porad');
    await form.getByLabel('Odkaz na školení (nepovinný)').fill('https://vzdelavani.example/porady');
    await form.getByRole('button', { name: 'Uložit cíl' }).click();
    const goals = tab.getByRole('region', { name: 'Rozvojové cíle (1)' });
    await goals.getByText('Na každé poradě shrnu priority a termíny.', { exact: true }).waitFor();
    await goals.getByRole('link', { name: 'Školení: Řízení porad' }).waitFor();
    await expectAxeClean(tab);
  });

  step(
    'the coordinator sees the rater load and the organisation view with the hidden department named',
    async () => {
      const tab = currentPage();
      const url = session.serviceUrl();
      await signInAs(tab, url, QUALITY_MANAGER);
      await tab.goto(`${url}/tab/#/feedback/cycles/${cycleId}`);
      await tab.getByRole('link', { name: 'Zatížení hodnotitelů' }).click();
      const load = tab.getByRole('table', { name: 'Formuláře na hodnotitele (limit 8)' });
      await load.getByRole('rowheader', { name: PEERS[0][1] }).waitFor();
      await expectAxeClean(tab);
      await tab.getByRole('link', { name: 'Zpět na cyklus' }).click();
      await tab.getByRole('link', { name: 'Přehled za organizaci' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Zpětná vazba 360° za organizaci' }).waitFor();
      // One person rated in the department: fewer than the threshold, so it is named, not shown.
      await tab.getByText(/^Neukázané útvary .*Ekonomický odbor/).waitFor();
      await tab.getByRole('region', { name: 'Vývoj v čase' }).waitFor();
      await expectAxeClean(tab);
    },
  );

  for (const theme of ['dark', 'contrast'])
    step(
      `has no axe violations on the report, my page, the cycle, its release, a nomination list and the cycle form in the ${theme} theme`,
      async () => {
        const tab = currentPage();
        const url = session.serviceUrl();
        await signInAs(tab, url, SUBJECT);
        await tab.goto(`${url}/tab/?theme=${theme}#/feedback/cycles/${cycleId}/reports/${subjectId}`);
        await tab.getByRole('table', { name: 'Průměry podle kompetencí' }).waitFor();
        await expectAxeClean(tab);
        await tab.goto(`${url}/tab/?theme=${theme}#/feedback`);
        await tab.getByRole('heading', { level: 1, name: 'Moje zpětná vazba 360°' }).waitFor();
        await expectAxeClean(tab);
        await signInAs(tab, url, QUALITY_MANAGER);
        await tab.goto(`${url}/tab/?theme=${theme}#/feedback/cycles/${cycleId}`);
        await tab.getByRole('list', { name: 'Fáze cyklu' }).waitFor();
        await expectAxeClean(tab);
        await tab.goto(`${url}/tab/?theme=${theme}#/feedback/cycles/${cycleId}/release`);
        await tab.getByText('Rozvojová zpětná vazba, ne hodnocení pro odměňování').waitFor();
        await expectAxeClean(tab);
        await tab.goto(`${url}/tab/?theme=${theme}#/feedback/cycles/${cycleId}/nominations/${subjectId}`);
        await tab.getByRole('heading', { level: 1, name: `Hodnotitelé pro ${SUBJECT}` }).waitFor();
        await expectAxeClean(tab);
        await tab.goto(`${url}/tab/?theme=${theme}#/feedback/cycles/new`);
        await tab.getByRole('heading', { level: 1, name: 'Nový cyklus zpětné vazby 360°' }).waitFor();
        await tab.getByRole('group', { name: 'Celé odbory' }).getByRole('checkbox').first().waitFor();
        await expectAxeClean(tab);
        expect(session.problems).toEqual([]);
      },
    );
});
