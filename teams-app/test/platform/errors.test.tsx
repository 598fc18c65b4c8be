/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate, type MessageKey } from '@kvalita/core';
import { ApiError } from '../../src/platform/api/api-error';
import { errorText } from '../../src/platform/components/error-text';
import { createFakeService } from '../support/fake-service';
import { renderApp, signedInAsJana } from '../support/render-app';

describe('error state', () => {
  it('shows its own Czech sentence for the error code, never the service’s English text, and loads the model on retry', async () => {
    const user = userEvent.setup();
    const rendered = renderApp({ stored: signedInAsJana });
    rendered.service.replyOnce('/api/caf/model', {
      status: 500,
      body: {
        error: { code: 'internal', message: 'The service ran into an error.', details: 'SharePoint timeout' },
      },
    });

    expect(await screen.findByText('Něco se nepovedlo')).toBeTruthy();
    expect(screen.getByText('Na straně služby nastala chyba.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/The service ran into an error|SharePoint timeout/);
    expect(screen.getByRole('heading', { level: 1, name: 'Model CAF 2020' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Zkusit znovu' }));

    expect(await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' })).toBeTruthy();
    expect(screen.queryByText('Něco se nepovedlo')).toBeNull();
    expect(rendered.service.requestsTo('/api/caf/model')).toHaveLength(2);
  });

  it('says a refused step in whole sentences of the UI language, without the service’s English details', () => {
    const t = (key: MessageKey) => translate('cs', key);
    const refused = new ApiError('conflict', 409, 'This step cannot be done now: the report is not approved');
    expect(errorText(refused, t)).toBe(
      'Tento krok teď nelze provést, protože to stav položky nedovoluje. Načtěte stránku znovu a podívejte se na její aktuální stav.',
    );
    expect(errorText(new ApiError('badRequest', 400, 'The request is not valid: malformed JSON'), t)).toBe(
      'Požadavek není platný. Zkontrolujte zadané údaje a zkuste to znovu.',
    );
    expect(errorText(new ApiError('notFound', 404, 'gone'), t)).toBe('Požadovaná položka neexistuje.');
  });

  it('explains a service that cannot be reached, in the UI language', async () => {
    const rendered = renderApp({ stored: { ...signedInAsJana, 'kvalita.locale': 'en' } });
    rendered.service.replyOnce('/api/caf/model', 'networkError');

    expect(
      await screen.findByText('The Kvalita service does not answer. Check your connection and try again.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('does not trust a malformed answer', async () => {
    const rendered = renderApp({ stored: signedInAsJana });
    rendered.service.replyOnce('/api/caf/model', {
      status: 200,
      body: { locale: 'cs', criteria: [{ number: 'one' }] },
    });

    expect(
      await screen.findByText('Služba Kvalita odpověděla nečekaným způsobem. Zkuste to prosím znovu.'),
    ).toBeTruthy();
  });

  it('offers a retry when even the configuration cannot be loaded', async () => {
    const user = userEvent.setup();
    const service = createFakeService();
    service.replyOnce('/api/config', { status: 502, body: undefined });
    renderApp({ service });

    expect(await screen.findByText('Na straně služby nastala chyba.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Zkusit znovu' }));
    expect(await screen.findByRole('combobox', { name: 'Přihlásit se jako' })).toBeTruthy();
  });
});
