/** @jest-environment jsdom */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { asJana, asLucie } from '../caf/fake-caf';
import { memoryHistory } from '../support/memory-history';
import { axeViolations, openRegister, renderMeasures } from './render-measures';

const lastRegisterQuery = (requests: { path: string; method: string; search: URLSearchParams }[]) =>
  requests.filter((request) => request.path === '/api/measures' && request.method === 'GET').at(-1)?.search;

const rowTitles = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('link').textContent);

beforeEach(() => localStorage.clear());

describe('measures register', () => {
  it('shows the tiles, and a tile applies its filter', async () => {
    const { user, service } = renderMeasures(asJana);
    await openRegister(user);
    const tiles = await screen.findByRole('region', { name: 'Přehled' });
    expect(within(tiles).getByRole('button', { name: 'Otevřená 4' })).toBeTruthy();
    await user.click(within(tiles).getByRole('button', { name: 'Po termínu 1' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Nový postup stížností']));
    expect(lastRegisterQuery(service.requests)?.get('overdue')).toBe('true');
    expect((screen.getByRole('checkbox', { name: 'Jen po termínu' }) as HTMLInputElement).checked).toBe(true);

    await user.click(within(tiles).getByRole('button', { name: /^Termín do 14 dnů/ }));
    await waitFor(() => expect(lastRegisterQuery(service.requests)?.get('dueSoon')).toBe('true'));
    expect(
      (screen.getByRole('checkbox', { name: 'Jen s termínem do 14 dnů' }) as HTMLInputElement).checked,
    ).toBe(true);

    await user.click(within(tiles).getByRole('button', { name: /^Čeká na ověření účinnosti/ }));
    await waitFor(() => expect(rowTitles()).toEqual(['Ověřit web úřadu']));
    expect(lastRegisterQuery(service.requests)?.get('status')).toBe('effectivenessCheck');
  }, 30_000);

  it('remembers filters and sort per person across visits', async () => {
    const first = renderMeasures(asJana);
    await openRegister(first.user);
    await screen.findByRole('table');
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Fáze PDCA' }), 'Plánuj');
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Řadit podle' }), 'Názvu');
    await waitFor(() => expect(rowTitles()).toEqual(['Nový postup stížností', 'Školení komunikace']));
    first.unmount();

    const again = renderMeasures(asJana);
    await openRegister(again.user);
    await waitFor(() => expect(rowTitles()).toEqual(['Nový postup stížností', 'Školení komunikace']));
    expect((screen.getByRole('combobox', { name: 'Fáze PDCA' }) as HTMLSelectElement).value).toBe('plan');
    expect((screen.getByRole('combobox', { name: 'Řadit podle' }) as HTMLSelectElement).value).toBe('title');
    const query = lastRegisterQuery(again.service.requests);
    expect(query?.get('phase')).toBe('plan');
    expect(query?.get('sort')).toBe('title');
    again.unmount();

    // Another person has their own settings.
    const other = renderMeasures(asLucie);
    await openRegister(other.user);
    await screen.findByRole('table');
    expect((screen.getByRole('combobox', { name: 'Fáze PDCA' }) as HTMLSelectElement).value).toBe('');
  }, 40_000);

  it('loads more with the reply’s next page', async () => {
    const { user, service } = renderMeasures(asJana);
    await openRegister(user);
    await screen.findByRole('table', { name: 'Opatření (3 z 5)' });
    await user.click(screen.getByRole('button', { name: 'Načíst další' }));
    await screen.findByRole('table', { name: 'Opatření (5 z 5)' });
    expect(lastRegisterQuery(service.requests)?.get('page')).toBe('3');
    expect(screen.queryByRole('button', { name: 'Načíst další' })).toBeNull();
  }, 30_000);

  it('shows my measures and the PDCA board, whose cards are reached and opened with the keyboard', async () => {
    const { user, service } = renderMeasures(asJana);
    await openRegister(user);
    await screen.findByRole('table');
    const views = screen.getByRole('navigation', { name: 'Zobrazení' });
    await user.click(within(views).getByRole('button', { name: 'Moje opatření' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Nový postup stížností']));
    expect(lastRegisterQuery(service.requests)?.get('mine')).toBe('true');

    await user.click(within(views).getByRole('button', { name: 'Nástěnka PDCA' }));
    const board = await screen.findByRole('region', { name: 'Nástěnka podle fází PDCA' });
    // The first page (nearest deadlines first), by phase.
    for (const name of ['Plánuj (1)', 'Dělej (1)', 'Kontroluj (1)', 'Jednej (0)'])
      expect(await within(board).findByRole('region', { name })).toBeTruthy();
    const doing = within(board).getByRole('region', { name: 'Dělej (1)' });
    const card = within(doing).getByRole('link', { name: 'Zkrátit čekání na přepážce' });
    const plan = within(board).getByRole('region', { name: 'Plánuj (1)' });
    within(plan).getAllByRole('link').at(-1)?.focus();
    await user.tab();
    expect(document.activeElement).toBe(card);
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Zkrátit čekání na přepážce' });
  }, 30_000);

  it('exports the register under its filter and downloads the quarterly report', async () => {
    URL.createObjectURL = () => 'blob:measures';
    URL.revokeObjectURL = () => undefined;
    const { user, service } = renderMeasures(asJana);
    await openRegister(user);
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fáze PDCA' }), 'Dělej');
    await user.click(screen.getByRole('button', { name: 'Export .xlsx' }));
    await waitFor(() => expect(service.requestsTo('/api/measures/export.xlsx')).toHaveLength(1));
    expect(service.requestsTo('/api/measures/export.xlsx')[0]?.search.get('phase')).toBe('do');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Čtvrtletí' }), 'Q1');
    await user.click(screen.getByRole('button', { name: 'Čtvrtletní zpráva (.docx)' }));
    await waitFor(() => expect(service.requestsTo('/api/measures/report.docx')).toHaveLength(1));
    expect(service.requestsTo('/api/measures/report.docx')[0]?.search.get('quarter')).toBe('1');
  }, 30_000);

  it('shows one department’s register in a channel tab, from the address', async () => {
    const { service } = renderMeasures(asJana, { history: memoryHistory('measures/department/OF') });
    await screen.findByRole('heading', { level: 1, name: 'Opatření – Odbor financí' });
    await waitFor(() => expect(rowTitles()).toEqual(['Nový postup stížností']));
    expect(lastRegisterQuery(service.requests)?.get('departmentCode')).toBe('OF');
    expect(screen.queryByRole('combobox', { name: 'Útvar' })).toBeNull();
  }, 30_000);

  it('has no accessibility violations in the table and the board', async () => {
    const { user } = renderMeasures(asJana);
    await openRegister(user);
    await screen.findByRole('table');
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Nástěnka PDCA' }));
    await screen.findByRole('region', { name: 'Nástěnka podle fází PDCA' });
    expect(await axeViolations()).toEqual([]);
  }, 30_000);
});
