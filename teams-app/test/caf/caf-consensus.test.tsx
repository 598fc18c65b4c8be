/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { SubcriterionScoreInput } from '@kvalita/core';
import { asLucie, asMarie } from './fake-caf';
import { openCycle, renderCaf, type RenderedCaf } from './render-caf';

describe('consensus', () => {
  it('shows under the subcriterion the measures since the previous cycle, so the team agrees knowing them', async () => {
    const { user } = renderCaf(asLucie, undefined, { leaderSubmitted: true });
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Konsenzus');
    await user.click(await screen.findByRole('button', { name: /^1\.1/ }));
    const panel = await screen.findByRole('region', { name: 'Opatření od cyklu Sebehodnocení CAF 2024' });
    expect(within(panel).getByText('Pravidelné porady vedení s odbory')).toBeTruthy();
    expect(within(panel).getByText('Neúčinné – znovu otevřeno')).toBeTruthy();
    expect(within(panel).getByText('Po termínu')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^1\.2/ }));
    await screen.findByRole('table', { name: /subkritérium 1\.2/ });
    expect(screen.queryByRole('region', { name: /Opatření od cyklu/ })).toBeNull();
  }, 20_000);

  it('marks subcriteria whose spread is above 30 points as needing discussion, in words', async () => {
    const { user } = renderCaf(asLucie, undefined, { leaderSubmitted: true });
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Konsenzus');
    const map = await screen.findByRole('list', { name: 'Rozpětí hodnocení podle subkritérií' });
    const cells = within(map).getAllByRole('button');
    // 1.1: Lucie 50, Marie 90 → spread 40; 1.2: only Marie → too few to compare; 1.3: nobody.
    expect(cells[0]?.textContent).toContain('1.1');
    expect(cells[0]?.textContent).toContain('Rozpětí: 40');
    expect(cells[0]?.textContent).toContain('K diskusi');
    expect(cells[1]?.textContent).toContain('Málo hodnocení');
    expect(cells[1]?.textContent).toContain('Hodnotilo: 1');
    expect(cells[1]?.textContent).not.toContain('Rozpětí');
    expect(cells[1]?.textContent).not.toContain('K diskusi');
    expect(cells[1]?.textContent).toContain('Shoda: 45');
    expect(cells[2]?.textContent).toContain('Bez hodnocení');
  }, 20_000);

  it('shows members side by side with names, or as "Člen 1…" when names are hidden', async () => {
    const { user, service } = renderCaf(asLucie, undefined, { leaderSubmitted: true });
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Konsenzus');
    await user.click(await screen.findByRole('button', { name: /^1\.1/ }));
    const table = await screen.findByRole('table', { name: /subkritérium 1\.1/ });
    expect(within(table).getByRole('rowheader', { name: 'Marie Procházková' })).toBeTruthy();
    expect(within(table).getByText('Jasná vize')).toBeTruthy();

    await user.click(screen.getByRole('switch', { name: 'Skrýt jména' }));
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: /1\.1/ })).queryByText('Marie Procházková')).toBeNull(),
    );
    const hidden = screen.getByRole('table', { name: /1\.1/ });
    expect(within(hidden).getByRole('rowheader', { name: 'Člen 1' })).toBeTruthy();
    expect(within(hidden).getByRole('rowheader', { name: 'Člen 2' })).toBeTruthy();
    // Member numbers are no identities: the order differs in every subcriterion, and the page says so.
    expect(screen.getByText(/„Člen 1“ není pokaždé tentýž člověk/)).toBeTruthy();
    expect(service.requestsTo('/api/caf/cycles/2/consensus').at(-1)?.search.get('hideNames')).toBe('true');
  }, 20_000);

  it('lets the leader set the agreed score and texts', async () => {
    const { user, service } = renderCaf(asLucie, undefined, { leaderSubmitted: true });
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Konsenzus');
    await user.click(await screen.findByRole('button', { name: /^1\.1/ }));
    const form = await screen.findByRole('region', { name: 'Dohodnutý výsledek pro 1.1' });
    const score = within(form).getByRole('spinbutton', { name: 'Skóre (0–100)' });
    await user.clear(score);
    await user.type(score, '75');
    await user.clear(within(form).getByRole('textbox', { name: 'Silné stránky' }));
    const areas = within(form).getByRole('textbox', { name: 'Oblasti pro zlepšení' });
    await user.clear(areas);
    await user.type(areas, 'Měřit spokojenost');
    await user.click(within(form).getByRole('button', { name: 'Uložit konsenzus' }));
    expect(await screen.findByText('Konsenzus uložen.')).toBeTruthy();
    const put = service.requests.find((request) => request.method === 'PUT');
    expect(put?.path).toBe('/api/caf/cycles/2/consensus/1.1');
    expect(put?.body).toEqual({
      input: { method: 'classical', score: 75 },
      strengths: '',
      areasForImprovement: 'Měřit spokojenost',
      improvementIdeas: '',
    });
  }, 20_000);

  it('creates a measure from an area for improvement with the right body', async () => {
    const { user, service } = renderCaf(asLucie, undefined, { leaderSubmitted: true });
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Konsenzus');
    await user.click(await screen.findByRole('button', { name: /^1\.1/ }));
    await user.click(await screen.findByRole('button', { name: 'Vytvořit opatření' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nové opatření' });
    // Subcriterion and description come prefilled from the area for improvement.
    expect(
      (within(dialog).getByRole('combobox', { name: 'Subkritérium CAF' }) as HTMLSelectElement).value,
    ).toBe('1.1');
    expect(within(dialog).getByRole('textbox', { name: 'Popis' })).toHaveProperty('value', 'Chybí měření');

    await user.click(within(dialog).getByRole('button', { name: 'Vytvořit opatření' }));
    expect(within(dialog).getByText('Zadejte název opatření (alespoň 3 znaky).')).toBeTruthy();
    expect(service.requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await user.type(
      within(dialog).getByRole('textbox', { name: /Název opatření/ }),
      'Zavést měření spokojenosti',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Druh' }), 'corrective');
    await user.type(
      within(dialog).getByRole('combobox', { name: /Odpovědná osoba/ }),
      'jana.novakova@urad.example',
    );
    await user.type(within(dialog).getByLabelText(/Termín/), '2027-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Vytvořit opatření' }));

    expect(
      await screen.findByText('Opatření „Zavést měření spokojenosti“ je v plánu zlepšování.'),
    ).toBeTruthy();
    const post = service.requests.find((request) => request.method === 'POST');
    expect(post?.path).toBe('/api/caf/cycles/2/measures');
    expect(post?.body).toEqual({
      title: 'Zavést měření spokojenosti',
      kind: 'corrective',
      ownerEmail: 'jana.novakova@urad.example',
      deadline: '2027-03-31',
      subcriterionCode: '1.1',
      description: 'Chybí měření',
    });
  }, 20_000);

  it('shows a member who has submitted the board without names and without the consensus form', async () => {
    const { user } = renderCaf(asMarie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Konsenzus');
    await user.click(await screen.findByRole('button', { name: /^1\.1/ }));
    const table = await screen.findByRole('table', { name: /1\.1/ });
    expect(within(table).queryByText('Lucie Dvořáková')).toBeNull();
    expect(screen.queryByRole('switch', { name: 'Skrýt jména' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Uložit konsenzus' })).toBeNull();
  }, 20_000);
});

describe('the consensus proposal', () => {
  const lucie = 'lucie.dvorakova@urad.example';
  const marie = 'marie.prochazkova@urad.example';
  const scored = (input: SubcriterionScoreInput, texts: Partial<Record<string, string>> = {}) => ({
    input,
    strengths: texts['strengths'] ?? '',
    areasForImprovement: texts['areas'] ?? '',
    improvementIdeas: texts['ideas'] ?? '',
    evidence: [],
    etag: 'etag',
  });
  /** The fine-tuned cycle in consensus: Lucie leads, both submitted 1.1. */
  function fineTuned(rendered: RenderedCaf) {
    const cycle = rendered.caf.cycles.find((candidate) => candidate.method === 'fineTuned');
    if (cycle === undefined) throw new Error('no fine-tuned cycle');
    cycle.team = [
      { email: lucie, role: 'leader', submitted: true },
      { email: marie, role: 'member', submitted: true },
    ];
    const enabler = (plan: number, doing: number, check: number, act: number): SubcriterionScoreInput => ({
      method: 'fineTuned',
      plan,
      do: doing,
      check,
      act,
    });
    cycle.scores = new Map([
      [
        lucie,
        new Map([
          ['1.1', scored(enabler(60, 40, 20, 10), { strengths: 'Jasná vize', areas: 'Chybí měření' })],
        ]),
      ],
      [
        marie,
        new Map([
          [
            '1.1',
            scored(enabler(80, 50, 30, 21), {
              strengths: ' jasná vize ',
              areas: 'Málo dat',
              ideas: 'Anketa',
            }),
          ],
        ]),
      ],
    ]);
    return rendered;
  }
  const cellsOf = (table: HTMLElement, header: string) => {
    const row = within(table).getByRole('rowheader', { name: header }).closest('tr') as HTMLElement;
    return within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
  };

  it('shows each member’s PLAN, DO, CHECK and ACT with the mean, and the team’s medians', async () => {
    const { user } = fineTuned(renderCaf(asLucie));
    await openCycle(user, 'Jemné hodnocení 2026', 'Konsenzus');
    await user.click(await screen.findByRole('button', { name: /^1\.1/ }));
    const table = await screen.findByRole('table', { name: /subkritérium 1\.1/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Člen týmu',
      'PLAN',
      'DO',
      'CHECK',
      'ACT',
      'Průměr',
      'Silné stránky',
      'Oblasti pro zlepšení',
      'Náměty na zlepšení',
    ]);
    for (const header of within(table).getAllByRole('columnheader'))
      expect(header.getAttribute('scope')).toBe('col');
    expect(cellsOf(table, 'Lucie Dvořáková').slice(0, 5)).toEqual(['60', '40', '20', '10', '32,5']);
    expect(cellsOf(table, 'Marie Procházková').slice(0, 5)).toEqual(['80', '50', '30', '21', '45,3']);
    // Medians of two: the middle of the two values; of the means (32.5 + 45.25) / 2.
    expect(cellsOf(table, 'Medián týmu').slice(0, 5)).toEqual(['70', '45', '25', '15,5', '38,9']);
    expect(within(table).getByRole('rowheader', { name: 'Medián týmu' }).getAttribute('scope')).toBe('row');
  }, 20_000);

  it('pre-fills the form with the medians and the members’ texts, without names, for the leader to edit', async () => {
    const { user, service } = fineTuned(renderCaf(asLucie));
    await openCycle(user, 'Jemné hodnocení 2026', 'Konsenzus');
    await user.click(await screen.findByRole('button', { name: /^1\.1/ }));
    const form = await screen.findByRole('region', { name: 'Dohodnutý výsledek pro 1.1' });
    expect(within(form).getByText(/Hodnoty jsou návrh z hodnocení členů týmu/)).toBeTruthy();
    const value = (name: RegExp | string, role: 'spinbutton' | 'textbox' = 'spinbutton') =>
      (within(form).getByRole(role, { name }) as HTMLInputElement).value;
    expect([value(/^PLAN/), value(/^DO/), value(/^CHECK/), value(/^ACT/)]).toEqual(['70', '45', '25', '16']);
    // The same strength twice (other case, spaces) once; each member's text its own paragraph.
    expect(value('Silné stránky', 'textbox')).toBe('Jasná vize');
    expect(value('Oblasti pro zlepšení', 'textbox')).toBe('Chybí měření\n\nMálo dat');
    expect(value('Náměty na zlepšení', 'textbox')).toBe('Anketa');
    expect(form.textContent).not.toContain('Marie');

    // What the leader types stays, also when the board reloads without names.
    await user.type(within(form).getByRole('textbox', { name: 'Náměty na zlepšení' }), ' v lednu');
    await user.click(screen.getByRole('switch', { name: 'Skrýt jména' }));
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'Člen 1' })).toBeTruthy());
    expect(value('Náměty na zlepšení', 'textbox')).toBe('Anketa v lednu');

    await user.click(within(form).getByRole('button', { name: 'Uložit konsenzus' }));
    expect(await screen.findByText('Konsenzus uložen.')).toBeTruthy();
    expect(service.requests.find((request) => request.method === 'PUT')?.body).toEqual({
      input: { method: 'fineTuned', plan: 70, do: 45, check: 25, act: 16 },
      strengths: 'Jasná vize',
      areasForImprovement: 'Chybí měření\n\nMálo dat',
      improvementIdeas: 'Anketa v lednu',
    });
  }, 20_000);

  it('keeps a stored consensus as it is, with no proposal', async () => {
    const { user } = renderCaf(asLucie, undefined, { leaderSubmitted: true });
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Konsenzus');
    await user.click(await screen.findByRole('button', { name: /^1\.2/ }));
    const form = await screen.findByRole('region', { name: 'Dohodnutý výsledek pro 1.2' });
    // Marie scored 1.2 with 40; the agreed 45 and its text stay.
    expect((within(form).getByRole('spinbutton', { name: 'Skóre (0–100)' }) as HTMLInputElement).value).toBe(
      '45',
    );
    expect(within(form).getByRole('textbox', { name: 'Oblasti pro zlepšení' })).toHaveProperty(
      'value',
      'Málo školení',
    );
    expect(within(form).queryByText(/Hodnoty jsou návrh/)).toBeNull();
  }, 20_000);

  it('leaves out the texts that do not fit the limit, says so, and shows them all in the table', async () => {
    const rendered = renderCaf(asLucie, undefined, { leaderSubmitted: true });
    const cycle = rendered.caf.cycles.find((candidate) => candidate.id === 2);
    const long = `Dlouhý text ${'a'.repeat(3990)}`;
    cycle?.scores.set(
      lucie,
      new Map([['1.1', scored({ method: 'classical', score: 50 }, { strengths: 'Krátký text' })]]),
    );
    cycle?.scores.set(
      marie,
      new Map([['1.1', scored({ method: 'classical', score: 91 }, { strengths: long })]]),
    );
    const { user } = rendered;
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Konsenzus');
    await user.click(await screen.findByRole('button', { name: /^1\.1/ }));
    const form = await screen.findByRole('region', { name: 'Dohodnutý výsledek pro 1.1' });
    // (50 + 91) / 2 = 70.5 → 71, a whole score.
    expect((within(form).getByRole('spinbutton', { name: 'Skóre (0–100)' }) as HTMLInputElement).value).toBe(
      '71',
    );
    expect(within(form).getByRole('textbox', { name: 'Silné stránky' })).toHaveProperty(
      'value',
      'Krátký text',
    );
    expect(
      within(form).getByText(
        'Některé texty členů se do pole „Silné stránky“ nevešly, a proto v návrhu nejsou. Všechny jsou v tabulce hodnocení členů výše.',
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: /subkritérium 1\.1/ });
    expect(cellsOf(table, 'Marie Procházková')).toContain(long);
  }, 20_000);
});
