/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { asLucie, asMarie } from './fake-caf';
import { openCycle, renderCaf } from './render-caf';

describe('consensus', () => {
  it('marks subcriteria whose spread is above 30 points as needing discussion, in words', async () => {
    const { user } = renderCaf(asLucie, undefined, { leaderSubmitted: true });
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Konsenzus');
    const map = await screen.findByRole('list', { name: 'Rozpětí hodnocení podle subkritérií' });
    const cells = within(map).getAllByRole('button');
    // 1.1: Lucie 50, Marie 90 → spread 40; 1.2: only Marie → spread 0; 1.3: nobody.
    expect(cells[0]?.textContent).toContain('1.1');
    expect(cells[0]?.textContent).toContain('Rozpětí: 40');
    expect(cells[0]?.textContent).toContain('K diskusi');
    expect(cells[1]?.textContent).toContain('Rozpětí: 0');
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
    await user.type(within(form).getByRole('spinbutton', { name: 'Skóre (0–100)' }), '70');
    await user.type(within(form).getByRole('textbox', { name: 'Oblasti pro zlepšení' }), 'Měřit spokojenost');
    await user.click(within(form).getByRole('button', { name: 'Uložit konsenzus' }));
    expect(await screen.findByText('Konsenzus uložen.')).toBeTruthy();
    const put = service.requests.find((request) => request.method === 'PUT');
    expect(put?.path).toBe('/api/caf/cycles/2/consensus/1.1');
    expect(put?.body).toEqual({
      input: { method: 'classical', score: 70 },
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
