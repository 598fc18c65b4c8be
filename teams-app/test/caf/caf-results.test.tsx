/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { asJana, asLucie, asPavel } from './fake-caf';

const DEFAULT_RULE = 'výchozí (poslední uzavřený a schválený cyklus se stejným rozsahem a metodou)';
import { openCycle, renderCaf } from './render-caf';

describe('results', () => {
  it('counts the plan’s measures per criterion: planned, done and effective', async () => {
    const { user, caf } = renderCaf(asLucie);
    const plan = (
      id: number,
      code: string,
      status: 'closed' | 'inProgress' | 'cancelled' | 'effectivenessCheck',
    ) => ({
      id,
      title: `Opatření ${id}`,
      kind: 'corrective' as const,
      status,
      ownerEmail: null,
      ownerName: null,
      deadline: '2027-06-30',
      subcriterionCode: code,
      criterion: Number(code.split('.')[0]),
      effective: status === 'closed' ? true : null,
    });
    caf.cycles[0]!.measures.push(
      plan(1, '3.2', 'closed'),
      plan(2, '3.1', 'effectivenessCheck'),
      plan(3, '3.3', 'inProgress'),
      plan(4, '3.3', 'cancelled'),
      plan(5, '6.1', 'inProgress'),
    );
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    const table = await screen.findByRole('table', { name: /Opatření plánu zlepšování tohoto cyklu/ });
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(/^Kritérium 3:/)).toEqual(['3', '2', '1']);
    expect(cells(/^Kritérium 6:/)).toEqual(['1', '0', '0']);
    expect(cells(/^Kritérium 1:/)).toEqual(['0', '0', '0']);
  }, 20_000);

  it('says the plan has no measure yet instead of a table of zeros', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    expect(await screen.findByText('Plán zlepšování tohoto cyklu zatím nemá žádné opatření.')).toBeTruthy();
  }, 20_000);

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

  it('says which cycle the change is measured against, by the default rule, without a chooser for a member', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    expect(
      await screen.findByText(
        'Změna se měří oproti cyklu Sebehodnocení CAF 2024 (2. 9. 2024 – 13. 12. 2024): je to poslední uzavřený a schválený cyklus se stejným rozsahem a metodou (výchozí volba).',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Porovnat s' })).toBeNull();
  }, 20_000);

  it('says why there is nothing to compare with', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Jemné hodnocení 2026', 'Výsledky');
    expect(
      await screen.findByText(
        /^Není s čím porovnávat: žádný dřívější uzavřený a schválený cyklus nemá stejný rozsah a metodu\./,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Změna skóre subkritérií/ })).toBeNull();
  }, 20_000);

  it('lets the quality manager choose the cycle to compare with, after saying what changes, and go back to the default', async () => {
    const { user, service } = renderCaf(asJana);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Výsledky');
    const select = (await screen.findByRole('combobox', { name: 'Porovnat s' })) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      DEFAULT_RULE,
      'Sebehodnocení odborů 2025 (3. 3. 2025 – 30. 6. 2025) – jiný rozsah',
      'Sebehodnocení CAF 2024 (2. 9. 2024 – 13. 12. 2024) – výchozí volba',
    ]);
    const save = screen.getByRole('button', { name: 'Uložit srovnání' });
    expect((save as HTMLButtonElement).disabled).toBe(true);

    await user.selectOptions(select, 'Sebehodnocení odborů 2025 (3. 3. 2025 – 30. 6. 2025) – jiný rozsah');
    await user.click(save);
    const dialog = await screen.findByRole('dialog', { name: 'Změnit cyklus, se kterým se porovnává?' });
    expect(within(dialog).getByText(/se bude měřit oproti cyklu Sebehodnocení odborů 2025\./)).toBeTruthy();
    expect(within(dialog).getByText(/má jiný rozsah nebo metodu/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Změnit srovnání' }));

    expect(
      await screen.findByText(
        'Změna se měří oproti cyklu Sebehodnocení odborů 2025 (3. 3. 2025 – 30. 6. 2025), který pro srovnání zvolil(a) manažer/ka kvality.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Srovnání je uloženo.').getAttribute('role')).toBe('status');
    const changes = screen.getByRole('table', {
      name: /Změna skóre subkritérií oproti cyklu Sebehodnocení odborů 2025/,
    });
    expect(
      within(within(changes).getByRole('row', { name: /^1\.2 / }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['70', '45', '\u221225']);
    expect(service.requestsTo('/api/caf/cycles/2/baseline').map((request) => request.body)).toEqual([
      { previousCycleId: 4 },
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Porovnat s' }), DEFAULT_RULE);
    await user.click(screen.getByRole('button', { name: 'Uložit srovnání' }));
    const back = await screen.findByRole('dialog', { name: 'Změnit cyklus, se kterým se porovnává?' });
    expect(within(back).getByText(/podle výchozího pravidla/)).toBeTruthy();
    await user.click(within(back).getByRole('button', { name: 'Změnit srovnání' }));
    expect(
      await screen.findByText(/oproti cyklu Sebehodnocení CAF 2024 .*\(výchozí volba\)\.$/),
    ).toBeTruthy();
    expect(service.requestsTo('/api/caf/cycles/2/baseline').at(-1)?.body).toEqual({ previousCycleId: null });
  }, 30_000);

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
