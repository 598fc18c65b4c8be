/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeHost } from '../support/fake-host';
import { renderApp, signedInAsJana } from '../support/render-app';

describe('language switch', () => {
  it('switches headings and model titles to English and back, and sets <html lang>', async () => {
    const user = userEvent.setup();
    const { service, storage } = renderApp({ stored: signedInAsJana });
    await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Jazyk' }), 'en');

    expect(await screen.findByRole('heading', { level: 3, name: 'Criterion 1: Leadership' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'CAF 2020 model' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Enablers' })).toBeTruthy();
    expect(screen.getByText('9 criteria, 28 subcriteria')).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
    expect(document.documentElement.lang).toBe('en');
    const lastModelRequest = service.requestsTo('/api/caf/model').at(-1);
    expect(lastModelRequest?.search.get('locale')).toBe('en');
    expect(lastModelRequest?.headers['accept-language']).toBe('en');
    expect(storage.getItem('kvalita.locale')).toBe('en');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'cs');
    expect(await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('cs');
  });

  it('shows the self-assessment pages, whose texts load as they open, in the language chosen', async () => {
    const user = userEvent.setup();
    renderApp({ stored: signedInAsJana });
    await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' });

    await user.click(screen.getByRole('button', { name: 'Sebehodnocení' }));
    expect(await screen.findByRole('heading', { name: 'Sebehodnocení CAF' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jazyk' }), 'en');
    expect(await screen.findByRole('heading', { name: 'CAF self-assessment' })).toBeTruthy();
    // No text is ever shown as its key while a language's part is on its way.
    expect(document.body.textContent).not.toMatch(/tab\.caf\./);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'cs');
    expect(await screen.findByRole('heading', { name: 'Sebehodnocení CAF' })).toBeTruthy();
  });

  it('remembers the chosen language for the next visit', async () => {
    renderApp({ stored: { ...signedInAsJana, 'kvalita.locale': 'en' } });
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Criterion 9: Key Performance Results' }),
    ).toBeTruthy();
  });

  it('inside Teams starts in the Teams locale and calls the API with the SSO token', async () => {
    const host = fakeHost({ inTeams: true, locale: 'en-GB', getToken: () => Promise.resolve('teams-token') });
    const { service } = renderApp({ host });

    expect(await screen.findByRole('heading', { level: 3, name: 'Criterion 1: Leadership' })).toBeTruthy();
    expect(await screen.findByText('Signed in: Tereza Teamsová')).toBeTruthy();
    expect(service.requestsTo('/api/caf/model')[0]?.headers.authorization).toBe('Bearer teams-token');
    // Teams decides who is signed in: no picker, no demo people, no local-mode config check.
    expect(screen.queryByRole('combobox', { name: 'Sign in as' })).toBeNull();
    expect(service.requestsTo('/api/demo/people')).toHaveLength(0);
    // The switch is still there.
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
  });

  it('treats any other Teams locale as Czech', async () => {
    const host = fakeHost({ inTeams: true, locale: 'de-DE', getToken: () => Promise.resolve('teams-token') });
    renderApp({ host });
    expect(await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' })).toBeTruthy();
  });
});
