/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { asJana, asLucie } from './fake-caf';
import { findAreaButton, openCycle, renderCaf } from './render-caf';

describe('what each person may do', () => {
  it('lists the cycles with status, period and my role', async () => {
    const { user } = renderCaf(asLucie);
    await user.click(await findAreaButton('Sebehodnocení'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sebehodnocení CAF' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: /Cykly sebehodnocení/ });
    const row = within(table).getByRole('row', { name: /Sebehodnocení CAF 2026/ });
    expect(row.textContent).toContain('Individuální hodnocení');
    expect(row.textContent).toContain('Vedoucí týmu');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  }, 20_000);

  it('hides the quality manager actions from a team leader, and consensus from a member who has not submitted', async () => {
    const { user } = renderCaf(asLucie);
    await user.click(await findAreaButton('Sebehodnocení'));
    await screen.findByRole('table', { name: /Cykly sebehodnocení/ });
    expect(screen.queryByRole('button', { name: 'Nový cyklus sebehodnocení' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Sebehodnocení CAF 2026' }));
    await screen.findByRole('heading', { level: 1, name: 'Sebehodnocení CAF 2026' });
    expect(screen.queryByRole('button', { name: /Posunout do fáze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Přidat' })).toBeNull();

    // In the fine-tuned cycle Lucie is a member who has not submitted: no one else's scores.
    await user.click(screen.getByRole('button', { name: 'Zpět na seznam cyklů' }));
    await user.click(await screen.findByRole('link', { name: 'Jemné hodnocení 2026' }));
    const pages = await screen.findByRole('navigation', { name: 'Stránky cyklu' });
    expect(within(pages).getAllByRole('button')).toHaveLength(4);
    for (const name of ['Přehled', 'Moje hodnocení', 'Výsledky', 'Plán zlepšování'])
      expect(within(pages).getByRole('button', { name })).toBeTruthy();
    expect(within(pages).queryByRole('button', { name: 'Konsenzus' })).toBeNull();
  }, 20_000);

  it('shows the journey with a text status for every step and the team with submissions', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026');
    const journey = await screen.findByRole('region', { name: 'Cesta CAF v 10 krocích' });
    const steps = within(journey).getAllByRole('listitem');
    expect(steps).toHaveLength(10);
    expect(steps[3]?.textContent).toContain('(hotovo)');
    expect(steps[4]?.textContent).toContain('(probíhá)');
    expect(steps[4]?.getAttribute('aria-current')).toBe('step');
    expect(steps[5]?.textContent).toContain('(čeká)');
    const team = screen.getByRole('table', { name: 'Členové hodnoticího týmu' });
    const marie = within(team).getByRole('row', { name: /Marie Procházková/ });
    expect(
      within(marie)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Člen týmu', 'Odbor financí', 'ano']);
  }, 20_000);

  it('lets the quality manager create a cycle, with field errors from the cycle schema', async () => {
    const { user, service } = renderCaf(asJana);
    await user.click(await findAreaButton('Sebehodnocení'));
    await user.click(await screen.findByRole('button', { name: 'Nový cyklus sebehodnocení' }));
    const form = await screen.findByRole('region', { name: 'Nový cyklus sebehodnocení' });
    await user.type(within(form).getByRole('textbox', { name: /Název cyklu/ }), 'AB');
    await user.type(within(form).getByLabelText(/Začátek/), '2027-02-01');
    await user.type(within(form).getByLabelText(/Konec/), '2027-01-01');
    await user.click(within(form).getByRole('radio', { name: 'Vybrané útvary' }));
    await user.click(within(form).getByRole('button', { name: 'Založit cyklus' }));
    expect(await within(form).findByText('Zadejte název o délce 3 až 255 znaků.')).toBeTruthy();
    expect(within(form).getByText('Cyklus musí skončit až po svém začátku.')).toBeTruthy();
    expect(within(form).getByText('Vyberte alespoň jeden útvar.')).toBeTruthy();
    expect(service.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  }, 20_000);

  it('offers the office’s departments as checkboxes and sends the chosen codes', async () => {
    const { user, service } = renderCaf(asJana);
    await user.click(await findAreaButton('Sebehodnocení'));
    await user.click(await screen.findByRole('button', { name: 'Nový cyklus sebehodnocení' }));
    const form = await screen.findByRole('region', { name: 'Nový cyklus sebehodnocení' });
    await user.type(
      within(form).getByRole('textbox', { name: /Název cyklu/ }),
      'Sebehodnocení odboru financí',
    );
    await user.type(within(form).getByLabelText(/Začátek/), '2027-01-04');
    await user.type(within(form).getByLabelText(/Konec/), '2027-03-31');
    await user.click(within(form).getByRole('radio', { name: 'Vybrané útvary' }));
    await user.click(await within(form).findByRole('checkbox', { name: 'Odbor financí (OF)' }));
    await user.click(within(form).getByRole('checkbox', { name: '— Oddělení rozpočtu (OF-R)' }));
    await user.click(within(form).getByRole('button', { name: 'Založit cyklus' }));
    await waitFor(() => expect(service.requests.some((request) => request.method === 'POST')).toBe(true));
    const create = service.requests.find((request) => request.method === 'POST');
    expect(create?.body).toMatchObject({ scope: { kind: 'departments', departmentCodes: ['OF', 'OF-R'] } });
  }, 20_000);

  it('lets the quality manager move the status forward and add a team member', async () => {
    const { user, service } = renderCaf(asJana);
    await openCycle(user, 'Sebehodnocení CAF 2026');
    // The person is picked from the directory search, not typed as an e-mail.
    await user.type(await screen.findByRole('combobox', { name: 'Osoba' }), 'pavel');
    await user.click(await screen.findByRole('option', { name: /pavel\.reditel@urad\.example/ }));
    await user.click(screen.getByRole('button', { name: 'Přidat' }));
    const add = service.requests.find((request) => request.method === 'POST');
    expect(add?.path).toBe('/api/caf/cycles/2/team');
    expect(add?.body).toEqual({ email: 'pavel.reditel@urad.example', role: 'member' });
    await user.click(screen.getByRole('button', { name: 'Posunout do fáze: Konsenzus' }));
    // Not everyone submitted: the move ends individual scoring, after asking.
    await user.click(await screen.findByRole('button', { name: 'Ukončit individuální hodnocení' }));
    const move = service.requests.filter((request) => request.method === 'POST').at(-1);
    expect(move?.path).toBe('/api/caf/cycles/2/status');
    expect(move?.body).toEqual({ status: 'consensus', endScoring: true });
  }, 20_000);
});
