/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
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
