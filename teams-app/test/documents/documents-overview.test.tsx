/** @jest-environment jsdom */
import { afterEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { asJana, asLucie } from '../caf/fake-caf';
import { openCycle } from '../caf/render-caf';
import { axeViolations } from '../measures/render-measures';
import { openDocuments, renderDocuments, type RenderedDocuments } from './render-documents';

let rendered: RenderedDocuments | null = null;
afterEach(() => rendered?.xhr.restore());

describe('the quality manager’s overview', () => {
  it('shows approvals pending, reviews due and acknowledgement rates, and exports them', async () => {
    URL.createObjectURL = () => 'blob:overview';
    URL.revokeObjectURL = () => undefined;
    rendered = renderDocuments(asJana);
    const { user, service } = rendered;
    await openDocuments(user);
    await user.click(screen.getByRole('link', { name: 'Přehled manažera kvality' }));
    await screen.findByRole('heading', { level: 1, name: 'Přehled řízených dokumentů' });
    const awaiting = screen.getByRole('region', { name: 'Čeká na schválení (1)' });
    expect(within(awaiting).getByRole('link', { name: 'SM-01 Metodika řízení kvality' })).toBeTruthy();
    const reviews = screen.getByRole('region', { name: 'Revize do 30 dnů a po termínu (1)' });
    expect(within(reviews).getByText('Revize po termínu')).toBeTruthy();
    const byDocument = screen.getByRole('table', { name: 'Potvrzení seznámení podle dokumentů' });
    expect(
      within(byDocument).getByRole('row', { name: /ES-01 Etický kodex \(verze 1\.0\)/ }).textContent,
    ).toContain('75 %');
    const byDepartment = screen.getByRole('table', { name: 'Potvrzení seznámení podle útvarů' });
    expect(within(byDepartment).getAllByRole('row')).toHaveLength(3);
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Export přehledu .xlsx' }));
    await waitFor(() => expect(service.requestsTo('/api/documents/overview.xlsx')).toHaveLength(1));
  }, 30_000);
});

describe('documents as CAF evidence', () => {
  it('lists the effective documents beside the subcriterion being scored', async () => {
    // A team member scoring: the fake CAF service's cycle in individual scoring.
    rendered = renderDocuments(asLucie);
    await openCycle(rendered.user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    await screen.findByRole('heading', { level: 2, name: /^1\.1 / });
    const evidence = await screen.findByRole('region', { name: 'Řízené dokumenty jako důkazy' });
    expect(within(evidence).getByRole('link', { name: 'SM-01 Metodika řízení kvality' })).toBeTruthy();
    expect(within(evidence).getByRole('link', { name: 'ES-01 Etický kodex' })).toBeTruthy();
    expect(within(evidence).getByText(/^Etický kodex, verze 1\.0, účinná od/)).toBeTruthy();
    // A subcriterion no document is evidence for shows no such part.
    const jump = screen.getByRole('navigation', { name: 'Subkritéria' });
    await rendered.user.click(within(jump).getByRole('button', { name: '1.2' }));
    await screen.findByRole('heading', { level: 2, name: /^1\.2 / });
    expect(screen.queryByRole('region', { name: 'Řízené dokumenty jako důkazy' })).toBeNull();
  }, 30_000);
});
