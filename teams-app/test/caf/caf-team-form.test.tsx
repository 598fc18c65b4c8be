/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { DemoPerson } from '@kvalita/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeService, type CafHandler } from '../support/fake-service';
import { renderApp } from '../support/render-app';
import { CAF_PEOPLE, asJana, createFakeCaf } from './fake-caf';
import { findAreaButton, openCycle } from './render-caf';

const HEAD: DemoPerson = {
  email: 'tomas.cerny@urad.example',
  displayName: 'Tomáš Černý',
  jobTitle: 'Vedoucí odboru dopravy',
  departmentName: 'Odbor dopravy',
  roles: ['headOfDepartment'],
};
const asHead = { 'kvalita.demoEmail': HEAD.email };
const REFUSAL =
  'Osoba Marie Procházková nepatří do útvaru, který vedete. Vedoucí útvaru přidává a odebírá jen lidi ze svého útvaru a jeho oddělení; ostatní změny týmu dělá manažer/ka kvality.';

const CLASH =
  'Cyklus s názvem „Sebehodnocení CAF 2026“ už v úřadu je. Názvy cyklů se porovnávají bez ohledu na velikost písmen, diakritiku a mezery; zvolte jiný název.';

/**
 * The tab with the fake CAF service; the service refuses what core's rule refuses a head of
 * department, and a new cycle whose name the office has.
 */
function renderTeam(stored: Readonly<Record<string, string>>) {
  const caf = createFakeCaf();
  const handler: CafHandler = (request) =>
    request.path === '/api/caf/cycles' && request.method === 'POST'
      ? {
          status: 409,
          body: {
            error: {
              code: 'conflict',
              message: CLASH,
              reason: { key: 'error.caf.cycleNameTaken', params: { existing: 'Sebehodnocení CAF 2026' } },
            },
          },
        }
      : request.me.email === HEAD.email &&
          request.method === 'POST' &&
          request.path.endsWith('/team') &&
          (request.body as { email: string }).email !== 'lucie.dvorakova@urad.example'
        ? {
            status: 403,
            body: {
              error: {
                code: 'forbidden',
                // As the service says it: the precise sentence's key, which the tab words itself.
                message: 'Person not in your department (as a proxy in English might pass it).',
                reason: { key: 'error.caf.otherDepartment', params: { name: 'Marie Procházková' } },
              },
            },
          }
        : caf.handler(request);
  const service = createFakeService({ people: [...CAF_PEOPLE, HEAD], caf: handler });
  const user = userEvent.setup();
  return { ...renderApp({ service, stored }), user };
}

describe('adding people to the CAF team', () => {
  it('offers a head of department no leader role, says whom they may nominate, and shows why a nomination is refused', async () => {
    const { user, service } = renderTeam(asHead);
    await openCycle(user, 'Sebehodnocení CAF 2026');
    const form = await screen.findByRole('region', { name: 'Přidat člena týmu' });
    expect(within(form).queryByRole('combobox', { name: 'Role' })).toBeNull();
    const person = within(form).getByRole('combobox', { name: 'Osoba' });
    expect(person.getAttribute('aria-describedby')).toContain('add-member-hint');
    expect(
      within(form).getByText(
        'Jako vedoucí útvaru můžete do týmu nominovat lidi ze svého útvaru a jeho oddělení. Vedoucího týmu určuje manažer/ka kvality.',
      ),
    ).toBeTruthy();

    // The picker shows the whole directory: the service, not the picker, keeps to the department.
    await user.type(person, 'proch');
    await within(form).findByRole('option', { name: /Marie Procházková/ });
    await user.keyboard('{ArrowDown}{Enter}');
    expect((person as HTMLInputElement).value).toBe('Marie Procházková');
    await user.click(within(form).getByRole('button', { name: 'Přidat' }));
    expect(await within(form).findByText(REFUSAL)).toBeTruthy();
    const sent = service.requests.filter((request) => request.method === 'POST');
    expect(sent.map((request) => request.body)).toEqual([
      { email: 'marie.prochazkova@urad.example', role: 'member' },
    ]);
  }, 20_000);

  it('asks to pick a person from the list rather than send typed text', async () => {
    const { user, service } = renderTeam(asJana);
    await openCycle(user, 'Sebehodnocení CAF 2026');
    const form = await screen.findByRole('region', { name: 'Přidat člena týmu' });
    const person = within(form).getByRole('combobox', { name: 'Osoba' });
    await user.type(person, 'x');
    expect(within(form).getByRole('status').textContent).toBe(
      'Napište alespoň 2 znaky jména, příjmení nebo e-mailu.',
    );
    await user.type(person, "'");
    expect(within(form).getByRole('status').textContent).toBe(
      'Hledat lze jen písmena, číslice, mezery a znaky . - _ @ +.',
    );
    await user.click(within(form).getByRole('button', { name: 'Přidat' }));
    expect(await within(form).findByText('Vyberte osobu ze seznamu nalezených.')).toBeTruthy();
    expect(service.requests.filter((request) => request.path === '/api/people')).toEqual([]);
    expect(service.requests.filter((request) => request.method === 'POST')).toEqual([]);
  }, 20_000);

  it('lets the quality manager choose the leader', async () => {
    const { user, service } = renderTeam(asJana);
    await openCycle(user, 'Sebehodnocení CAF 2026');
    const form = await screen.findByRole('region', { name: 'Přidat člena týmu' });
    expect(within(form).queryByText(/Jako vedoucí útvaru/)).toBeNull();
    await user.type(within(form).getByRole('combobox', { name: 'Osoba' }), 'Čer');
    await user.click(await within(form).findByRole('option', { name: /Tomáš Černý/ }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Role' }), 'leader');
    await user.click(within(form).getByRole('button', { name: 'Přidat' }));
    // The fake names people it knows; the service would name Tomáš Černý.
    await screen.findByRole('row', { name: /tomas.cerny@urad.example/ });
    expect(
      service.requests.filter((request) => request.method === 'POST').map((request) => request.body),
    ).toEqual([{ email: 'tomas.cerny@urad.example', role: 'leader' }]);
  }, 20_000);

  it('shows why a new cycle’s name is refused and keeps what was typed', async () => {
    const { user } = renderTeam(asJana);
    await user.click(await findAreaButton('Sebehodnocení'));
    await user.click(await screen.findByRole('button', { name: 'Nový cyklus sebehodnocení' }));
    const form = await screen.findByRole('region', { name: 'Nový cyklus sebehodnocení' });
    const name = within(form).getByRole('textbox', { name: /Název cyklu/ });
    await user.type(name, 'SEBEHODNOCENI CAF 2026');
    await user.type(within(form).getByLabelText(/Začátek/), '2027-01-04');
    await user.type(within(form).getByLabelText(/Konec/), '2027-03-31');
    await user.click(within(form).getByRole('button', { name: 'Založit cyklus' }));
    expect(await within(form).findByText(CLASH)).toBeTruthy();
    expect((name as HTMLInputElement).value).toBe('SEBEHODNOCENI CAF 2026');
  }, 20_000);
});
