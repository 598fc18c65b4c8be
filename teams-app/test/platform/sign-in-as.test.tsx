/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signedInAsJana } from '../support/render-app';

describe('sign-in-as picker (local mode)', () => {
  it('lists the demo people with job title and department and asks to pick one first', async () => {
    const { service } = renderApp();

    const picker = await screen.findByRole('combobox', { name: 'Přihlásit se jako' });
    expect(
      screen.getByText('Pro zobrazení obsahu se přihlaste jako některá z ukázkových osob.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Kvalita' })).toBeTruthy();
    const options = within(picker).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Vyberte osobu',
      'Jana Nováková · Manažerka kvality · Kancelář tajemníka',
      'Petr Svoboda · Vedoucí odboru · Odbor dopravy',
    ]);
    // The prompt is shown, not chosen: picking it signs nobody in.
    expect((options[0] as HTMLOptionElement).disabled).toBe(true);
    expect((picker as HTMLSelectElement).value).toBe('');
    // Nothing that needs a person is asked for before one is picked.
    expect(service.requestsTo('/api/caf/model')).toHaveLength(0);
  });

  it('signs in by choosing a person and sends Authorization: Demo <email> from then on', async () => {
    const user = userEvent.setup();
    const { service, storage } = renderApp();
    // A native select: the browser's own keyboard handling (the browser tests choose with it).
    const picker = await screen.findByRole('combobox', { name: 'Přihlásit se jako' });
    await user.selectOptions(picker, 'Jana Nováková · Manažerka kvality · Kancelář tajemníka');

    expect(await screen.findByRole('heading', { level: 1, name: 'Model CAF 2020' })).toBeTruthy();
    await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' });
    expect(service.requestsTo('/api/caf/model')[0]?.headers.authorization).toBe(
      'Demo jana.novakova@urad.example',
    );
    expect(storage.getItem('kvalita.demoEmail')).toBe('jana.novakova@urad.example');
    const chosen = screen.getByRole('combobox', { name: 'Přihlásit se jako' }) as HTMLSelectElement;
    expect(chosen.selectedOptions[0]?.textContent).toContain('Jana Nováková');
    // Once someone is signed in, the prompt is gone from the list.
    expect(within(chosen).queryByRole('option', { name: 'Vyberte osobu' })).toBeNull();
  });

  it('lets the person switch to someone else', async () => {
    const user = userEvent.setup();
    const { service, storage } = renderApp({ stored: signedInAsJana });
    await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' });

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Přihlásit se jako' }),
      'Petr Svoboda · Vedoucí odboru · Odbor dopravy',
    );

    expect(storage.getItem('kvalita.demoEmail')).toBe('petr.svoboda@urad.example');
    await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' });
    const authorizations = service
      .requestsTo('/api/caf/model')
      .map((request) => request.headers.authorization);
    expect(authorizations.at(-1)).toBe('Demo petr.svoboda@urad.example');
  });

  it('forgets a remembered person who is no longer among the demo people', async () => {
    renderApp({ stored: { 'kvalita.demoEmail': 'someone.gone@urad.example' } });
    expect(
      await screen.findByText('Pro zobrazení obsahu se přihlaste jako některá z ukázkových osob.'),
    ).toBeTruthy();
  });

  it('outside Teams against a production service offers no picker and points to Teams', async () => {
    const { service } = renderApp({ mode: 'production' });
    expect(
      await screen.findByText(
        'Kvalitu otevřete v Microsoft Teams. Mimo Teams je dostupná jen v místním režimu.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Přihlásit se jako' })).toBeNull();
    expect(service.requestsTo('/api/demo/people')).toHaveLength(0);
  });
});
