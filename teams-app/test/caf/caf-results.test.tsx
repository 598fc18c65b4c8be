/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { asJana, asLucie, asPavel } from './fake-caf';
import { openCycle, renderCaf } from './render-caf';

describe('results', () => {
  it('shows the change since the previous cycle with its sign in words', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    const changes = await screen.findByRole('table', {
      name: /Změna skóre subkritérií oproti cyklu Sebehodnocení CAF 2024/,
    });
    // 1.2: 55 before, consensus 45 now.
    const row = within(changes).getByRole('row', { name: /^1\.2 / });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['55', '45', '\u221210']);
    const unscored = within(changes).getByRole('row', { name: /^1\.1 / });
    expect(
      within(unscored)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['30', '—', '—']);
  }, 20_000);

  it('draws the scores as an SVG chart with a title and gives the same numbers in a table', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    const chart = await screen.findByRole('img', { name: /Skóre kritérií, předpokladů, výsledků a celkové/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const table = screen.getByRole('table', { name: 'Skóre v číslech' });
    const leadership = within(table).getByRole('row', { name: /Kritérium 1: Vedení/ });
    expect(
      within(leadership)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['předpoklady', '45', '1/4']);
    expect(within(table).getByRole('row', { name: /Celkem/ }).textContent).toContain('45');
    expect(screen.getByText(/ohodnocena jsou jen některá subkritéria \(1 z 28\)/)).toBeTruthy();
  }, 20_000);

  it('lists strengths and areas per subcriterion with a way to turn an area into a measure', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    const finding = await screen.findByRole('article', { name: /1\.2 .* skóre 45/ });
    expect(within(finding).getByText('Málo školení')).toBeTruthy();
    await user.click(within(finding).getByRole('button', { name: 'Vytvořit opatření k 1.2' }));
    expect(await screen.findByRole('dialog', { name: 'Nové opatření' })).toBeTruthy();
  }, 20_000);

  it('offers the .docx report to the team leader and the quality manager', async () => {
    const first = renderCaf(asLucie);
    await openCycle(first.user, 'Sebehodnocení CAF 2026', 'Výsledky');
    expect(await screen.findByRole('button', { name: 'Stáhnout zprávu (.docx)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Schválit zprávu' })).toBeNull();
    first.unmount();

    const second = renderCaf(asJana);
    await openCycle(second.user, 'Sebehodnocení CAF 2026', 'Výsledky');
    expect(await screen.findByRole('button', { name: 'Stáhnout zprávu (.docx)' })).toBeTruthy();
  }, 20_000);

  it('lets the director approve the report once the cycle is at the report step', async () => {
    const { user, caf, service } = renderCaf(asPavel);
    const cycle = caf.cycles[0];
    if (cycle) cycle.status = 'report';
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    expect(await screen.findByText('Zpráva zatím není schválena.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Schválit zprávu' }));
    await user.click(await screen.findByRole('button', { name: 'Schválit' }));
    expect(await screen.findByText(/Zprávu schválil\(a\) Pavel Ředitel/)).toBeTruthy();
    expect(service.requestsTo('/api/caf/cycles/2/report/approve')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Schválit zprávu' })).toBeNull();
  }, 20_000);
});
