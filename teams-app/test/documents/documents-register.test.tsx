/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { asJana, asLucie, asPavel } from '../caf/fake-caf';
import { axeViolations } from '../measures/render-measures';
import { openDocuments, renderDocuments, type RenderedDocuments } from './render-documents';

const lastRegisterQuery = (requests: { path: string; method: string; search: URLSearchParams }[]) =>
  requests.filter((request) => request.path === '/api/documents' && request.method === 'GET').at(-1)?.search;

const rowCodes = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

let rendered: RenderedDocuments | null = null;
beforeEach(() => localStorage.clear());
afterEach(() => rendered?.xhr.restore());

describe('documents register', () => {
  it('lists documents by code with their version, dates and an overdue review in words, and pages on', async () => {
    rendered = renderDocuments(asJana);
    const { user } = rendered;
    await openDocuments(user);
    const table = await screen.findByRole('table', { name: 'Dokumenty (3 z 4)' });
    expect(rowCodes()).toEqual(['ES-01', 'SM-01', 'SM-05']);
    const methodology = within(table).getByRole('row', { name: /Metodika řízení kvality/ });
    expect(within(methodology).getByText('3.0')).toBeTruthy();
    expect(within(methodology).getByText('Rozpracováno: Ve schvalování')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Načíst další' }));
    await screen.findByRole('table', { name: 'Dokumenty (4 z 4)' });
    const standard = screen.getByRole('row', { name: /Standard zákaznické orientace/ });
    expect(within(standard).getByText('Revize po termínu')).toBeTruthy();
    expect(lastRegisterQuery(rendered.service.requests)?.get('page')).toBe('3');
  }, 30_000);

  it('filters by kind, status, search, subcriterion and overdue review, and remembers it per person', async () => {
    rendered = renderDocuments(asJana);
    const { user, service } = rendered;
    await openDocuments(user);
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Druh' }), 'Metodika');
    await waitFor(() => expect(rowCodes()).toEqual(['SM-01']));
    expect(lastRegisterQuery(service.requests)?.get('kind')).toBe('methodology');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Druh' }), 'Vše');
    await user.type(screen.getByRole('searchbox', { name: 'Hledat v kódu a názvu' }), 'kodex{Enter}');
    await waitFor(() => expect(rowCodes()).toEqual(['ES-01']));
    expect(lastRegisterQuery(service.requests)?.get('search')).toBe('kodex');
    await user.click(screen.getByRole('button', { name: 'Zrušit filtry' }));
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Jen dokumenty, u kterých jsem garant, schvalovatel nebo připomínkující',
      }),
    );
    await waitFor(() => expect(lastRegisterQuery(service.requests)?.get('mine')).toBe('true'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stav' }), 'draft');
    await waitFor(() => expect(rowCodes()).toEqual(['SM-05']));
    expect(lastRegisterQuery(service.requests)?.get('status')).toBe('draft');
    await user.click(screen.getByRole('button', { name: 'Zrušit filtry' }));
    await user.click(screen.getByRole('checkbox', { name: 'Jen s revizí po termínu' }));
    await waitFor(() => expect(rowCodes()).toEqual(['ST-02']));
    expect(lastRegisterQuery(service.requests)?.get('reviewOverdue')).toBe('true');
    rendered.unmount();
    rendered.xhr.restore();

    rendered = renderDocuments(asJana);
    await openDocuments(rendered.user);
    await waitFor(() => expect(rowCodes()).toEqual(['ST-02']));
    expect(
      (screen.getByRole('checkbox', { name: 'Jen s revizí po termínu' }) as HTMLInputElement).checked,
    ).toBe(true);
    rendered.unmount();
    rendered.xhr.restore();

    rendered = renderDocuments(asLucie);
    await openDocuments(rendered.user);
    await screen.findByRole('table', { name: 'Dokumenty (3 z 4)' });
    await rendered.user.selectOptions(screen.getByRole('combobox', { name: 'Subkritérium CAF' }), '2.1');
    await waitFor(() => expect(rowCodes()).toEqual(['SM-01']));
    expect(lastRegisterQuery(rendered.service.requests)?.get('subcriterionCode')).toBe('2.1');
  }, 40_000);

  it('says how many documents the person must confirm, and confirms one with its own button', async () => {
    rendered = renderDocuments(asLucie);
    const { user, service } = rendered;
    await openDocuments(user);
    const banner = await screen.findByRole('region', { name: 'Dokumenty k potvrzení seznámení: 1' });
    expect(within(banner).getByRole('link', { name: 'ES-01 Etický kodex' })).toBeTruthy();
    await user.click(within(banner).getByRole('button', { name: 'Potvrdit seznámení s ES-01, verze 1.0' }));
    await screen.findByText('Seznámení s dokumentem ES-01 ve verzi 1.0 je potvrzeno.');
    expect(screen.queryByRole('region', { name: /^Dokumenty k potvrzení/ })).toBeNull();
    expect(service.requestsTo('/api/documents/2/acknowledge')[0]?.body).toEqual({ versionLabel: '1.0' });
    // The register reads its count again: nothing left to confirm.
    await waitFor(() => expect(service.requestsTo('/api/documents').length).toBeGreaterThan(1));
  }, 30_000);

  it('offers a new document and the overview to the quality manager only', async () => {
    rendered = renderDocuments(asJana);
    await openDocuments(rendered.user);
    await screen.findByRole('button', { name: 'Nový dokument' });
    expect(screen.getByRole('link', { name: 'Přehled manažera kvality' })).toBeTruthy();
    rendered.unmount();
    rendered.xhr.restore();
    rendered = renderDocuments(asLucie);
    await openDocuments(rendered.user);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Nový dokument' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Přehled manažera kvality' })).toBeNull();
  }, 30_000);

  it('has no accessibility violations with the pending list shown', async () => {
    rendered = renderDocuments(asPavel);
    await openDocuments(rendered.user);
    await screen.findByRole('region', { name: /^Dokumenty k potvrzení/ });
    await screen.findByRole('table');
    expect(await axeViolations()).toEqual([]);
  }, 30_000);
});
