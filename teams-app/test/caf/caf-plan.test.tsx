/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { placeFromPath } from '@kvalita/core';
import { memoryHistory } from '../support/memory-history';
import { asLucie } from './fake-caf';
import { openCycle, renderCaf } from './render-caf';

describe('improvement plan', () => {
  it('creates a measure and lists it by criterion and by owner', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Plán zlepšování');
    expect(await screen.findByText('Plán zlepšování zatím nemá žádná opatření.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Nové opatření' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nové opatření' });
    await user.type(within(dialog).getByRole('textbox', { name: /Název opatření/ }), 'Školení vedoucích');
    await user.type(
      within(dialog).getByRole('combobox', { name: /Odpovědná osoba/ }),
      'marie.prochazkova@urad.example',
    );
    await user.type(within(dialog).getByLabelText(/Termín/), '2027-06-30');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Subkritérium CAF' }), '3.2');
    await user.click(within(dialog).getByRole('button', { name: 'Vytvořit opatření' }));

    const byCriterion = await screen.findByRole('table', { name: 'Kritérium 3: Zaměstnanci' });
    expect(within(byCriterion).getByRole('rowheader', { name: 'Školení vedoucích' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'odpovědné osoby' }));
    const byOwner = await screen.findByRole('table', { name: 'Marie Procházková' });
    expect(within(byOwner).getByRole('row', { name: /Školení vedoucích/ }).textContent).toContain('3.2');
  }, 20_000);
});

describe('links to the measures register', () => {
  // The register's pages are the measures feature's; until the tab has them, CAF shows no dead link.
  const registerKnown = placeFromPath('measures/7') !== null;

  it('offers the measure shown in the plan in the register (one measure model), or no dead link', async () => {
    const { caf } = renderCaf(asLucie, undefined, { history: memoryHistory('caf/2/plan/measure-7') });
    caf.cycles[0]!.measures.push({
      id: 7,
      title: 'Školení vedoucích',
      kind: 'preventive',
      status: 'approved',
      ownerEmail: null,
      ownerName: null,
      deadline: null,
      subcriterionCode: '3.2',
      criterion: 3,
    });
    await screen.findByText('Odkaz vede na opatření „Školení vedoucích“; je v tabulce zvýrazněné.');
    const link = screen.queryByRole('link', { name: 'Otevřít v registru opatření' });
    if (registerKnown) expect(link?.getAttribute('href')).toBe('#/measures/7');
    else expect(link).toBeNull();
  }, 20_000);
});
