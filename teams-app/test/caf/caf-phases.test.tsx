/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { asJana, asPavel } from './fake-caf';
import { openCycle, renderCaf } from './render-caf';
import { fakeHost } from '../support/fake-host';

const dialog = () => screen.findByRole('dialog');
const posts = (service: ReturnType<typeof renderCaf>['service'], path: string) =>
  service.requests.filter((request) => request.method === 'POST' && request.path === path);

describe('cycle phases in the tab', () => {
  it('asks before ending individual scoring early and names who has not submitted', async () => {
    const { user, service } = renderCaf(asJana);
    await openCycle(user, 'Sebehodnocení CAF 2026');
    await user.click(await screen.findByRole('button', { name: 'Posunout do fáze: Konsenzus' }));
    const asked = await dialog();
    expect(within(asked).getByRole('heading', { name: 'Ukončit individuální hodnocení?' })).toBeTruthy();
    expect(within(asked).getByText('Hodnocení zatím neodeslali: Lucie Dvořáková.')).toBeTruthy();
    await user.click(within(asked).getByRole('button', { name: 'Zrušit' }));
    expect(posts(service, '/api/caf/cycles/2/status')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Posunout do fáze: Konsenzus' }));
    await user.click(within(await dialog()).getByRole('button', { name: 'Ukončit individuální hodnocení' }));
    expect(posts(service, '/api/caf/cycles/2/status').map((request) => request.body)).toEqual([
      { status: 'consensus', endScoring: true },
    ]);
    const history = await screen.findByRole('region', { name: 'Historie cyklu' });
    expect(
      await within(history).findByText(
        /ukončil\(a\) individuální hodnocení.*Hodnocení neodeslali: Lucie Dvořáková/,
      ),
    ).toBeTruthy();
  }, 20_000);

  it('steps back one phase only with a reason, kept in the history', async () => {
    const { user, service } = renderCaf(asJana);
    await openCycle(user, 'Sebehodnocení CAF 2026');
    await user.click(await screen.findByRole('button', { name: 'Vrátit do fáze: Příprava' }));
    const asked = await dialog();
    await user.click(within(asked).getByRole('button', { name: 'Vrátit zpět' }));
    expect(within(asked).getByText('Napište důvod.')).toBeTruthy();
    expect(posts(service, '/api/caf/cycles/2/status/back')).toHaveLength(0);
    await user.type(within(asked).getByRole('textbox', { name: /Důvod/ }), 'Tým ještě není úplný.');
    await user.click(within(asked).getByRole('button', { name: 'Vrátit zpět' }));
    expect(posts(service, '/api/caf/cycles/2/status/back').map((request) => request.body)).toEqual([
      { reason: 'Tým ještě není úplný.' },
    ]);
    expect(await screen.findByText('Stav cyklu: Příprava')).toBeTruthy();
    expect(await screen.findByText('Důvod: Tým ještě není úplný.')).toBeTruthy();
  }, 20_000);

  it('says in the dialog why the improvement plan cannot start before approval, and offers no move', async () => {
    const { user, caf, service } = renderCaf(asJana);
    const cycle = caf.cycles[0];
    if (cycle) cycle.status = 'report';
    await openCycle(user, 'Sebehodnocení CAF 2026');
    await user.click(await screen.findByRole('button', { name: 'Posunout do fáze: Plán zlepšování' }));
    const asked = await dialog();
    expect(within(asked).getByText(/Se schválenou zprávou začíná plán zlepšování/)).toBeTruthy();
    expect(within(asked).getByText(/zatím neschválil ředitel úřadu/)).toBeTruthy();
    expect(within(asked).queryByRole('button', { name: 'Ano, posunout' })).toBeNull();
    await user.click(within(asked).getByRole('button', { name: 'Zrušit' }));
    expect(posts(service, '/api/caf/cycles/2/status')).toHaveLength(0);
    expect(cycle?.status).toBe('report');
  }, 20_000);

  it('lets the director return the report only with a reason', async () => {
    const { user, caf, service } = renderCaf(asPavel);
    const cycle = caf.cycles[0];
    if (cycle) cycle.status = 'report';
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    await user.click(await screen.findByRole('button', { name: 'Vrátit k přepracování' }));
    const returning = await dialog();
    await user.click(within(returning).getByRole('button', { name: 'Vrátit k přepracování' }));
    expect(within(returning).getByText('Napište důvod.')).toBeTruthy();
    await user.type(within(returning).getByRole('textbox', { name: /Důvod/ }), 'Chybí důkazy.');
    await user.click(within(returning).getByRole('button', { name: 'Vrátit k přepracování' }));
    expect(posts(service, '/api/caf/cycles/2/report/return').map((request) => request.body)).toEqual([
      { reason: 'Chybí důkazy.' },
    ]);
    expect(cycle?.status).toBe('consensus');
    expect(await screen.findByText('Stav cyklu: Konsenzus')).toBeTruthy();
  }, 20_000);

  it('lets the director approve the report with an optional comment', async () => {
    const { user, caf, service } = renderCaf(asPavel);
    const cycle = caf.cycles[0];
    if (cycle) cycle.status = 'report';
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    await user.click(await screen.findByRole('button', { name: 'Schválit zprávu' }));
    const approving = await dialog();
    await user.type(within(approving).getByRole('textbox', { name: /Komentář/ }), 'Schvaluji.');
    await user.click(within(approving).getByRole('button', { name: 'Schválit' }));
    expect(posts(service, '/api/caf/cycles/2/report/approve').map((request) => request.body)).toEqual([
      { comment: 'Schvaluji.' },
    ]);
    expect(await screen.findByText(/Zprávu schválil\(a\) Pavel Ředitel/)).toBeTruthy();
  }, 20_000);

  it('opens the cycle’s results straight from the link of a chat card', async () => {
    renderCaf(asPavel, fakeHost({ subPageId: 'cycle-2-results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sebehodnocení CAF 2026' })).toBeTruthy();
    const pages = screen.getByRole('navigation', { name: 'Stránky cyklu' });
    expect(within(pages).getByRole('button', { name: 'Výsledky' }).getAttribute('aria-current')).toBe('page');
  }, 20_000);
});
