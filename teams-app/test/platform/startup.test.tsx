/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/platform/components/App';
import { createSharedRequests } from '../../src/platform/load/shared-requests';
import { tabApi } from '../../src/platform/load/tab-api';
import { createPreferences } from '../../src/platform/session/preferences';
import { readAheadAtStart } from '../../src/platform/session/read-ahead-at-start';
import { createFakeService } from '../support/fake-service';
import { fakeHost } from '../support/fake-host';
import { memoryHistory } from '../support/memory-history';
import { memoryStorage } from '../support/memory-storage';
import { signedInAsJana } from '../support/render-app';

/** The fake service behind a fetch that holds the answers to the given paths until released. */
function heldService(held: readonly string[]) {
  const service = createFakeService();
  const waiting: (() => void)[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = new URL(String(input)).pathname;
    const answer = service.fetch(input, init);
    if (held.includes(path)) await new Promise<void>((resolve) => waiting.push(resolve));
    return answer;
  };
  return { service, fetch, release: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

function renderWith(fetch: typeof globalThis.fetch, stored: Readonly<Record<string, string>>) {
  render(
    <App
      host={fakeHost()}
      fetch={fetch}
      apiBaseUrl="https://kvalita.test/api/"
      preferences={createPreferences(memoryStorage(stored))}
      history={memoryHistory()}
    />,
  );
}

describe('tab start-up', () => {
  it('shows its frame and a loading state before the service answers', async () => {
    const { fetch, release } = heldService(['/api/config']);
    renderWith(fetch, signedInAsJana);
    expect(screen.getByRole('banner').textContent).toContain('Kvalita');
    expect(screen.getByRole('heading', { level: 1, name: 'Kvalita' })).toBeTruthy();
    expect(screen.getByText('Načítám…')).toBeTruthy();
    release();
    await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' });
  });

  it("asks for a remembered person's first page together with the configuration, once each", async () => {
    const held = heldService(['/api/config']);
    renderWith(held.fetch, signedInAsJana);
    await waitFor(() => expect(held.service.requestsTo('/api/caf/model')).toHaveLength(1));
    expect(held.service.requestsTo('/api/me')).toHaveLength(1);
    expect(held.service.requestsTo('/api/demo/people')).toHaveLength(1);

    held.release();
    expect(await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' })).toBeTruthy();
    await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
    // The pages took the answers read ahead instead of asking again.
    expect(held.service.requestsTo('/api/caf/model')).toHaveLength(1);
    expect(held.service.requestsTo('/api/me')).toHaveLength(1);
    expect(held.service.requestsTo('/api/caf/model')[0]?.headers.authorization).toBe(
      'Demo jana.novakova@urad.example',
    );
  });

  it('asks for the cycles while the self-assessment pages load, without waiting for who is signed in', async () => {
    const user = userEvent.setup();
    const held = heldService(['/api/me']);
    renderWith(held.fetch, signedInAsJana);
    const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
    await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' });
    await user.click(within(areas).getByRole('button', { name: 'Sebehodnocení' }));
    await waitFor(() => expect(held.service.requestsTo('/api/caf/cycles')).toHaveLength(1));

    held.release();
    await screen.findByRole('heading', { level: 1, name: 'Sebehodnocení CAF' });
    await waitFor(() => expect(screen.queryByText('Načítám…')).toBeNull());
    expect(held.service.requestsTo('/api/caf/cycles')).toHaveLength(1);
  });

  it('sends the start-up calls before the first render, and the pages take their answers', async () => {
    const service = createFakeService();
    const host = fakeHost();
    const preferences = createPreferences(memoryStorage(signedInAsJana));
    const requests = createSharedRequests();
    const baseUrl = 'https://kvalita.test/api/';
    readAheadAtStart(host, preferences, (caller) =>
      tabApi({ baseUrl, fetch: service.fetch, locale: 'cs', requests }, caller),
    );
    await waitFor(() => expect(service.requestsTo('/api/caf/model')).toHaveLength(1));
    expect(service.requestsTo('/api/config')).toHaveLength(1);
    expect(service.requestsTo('/api/demo/people')).toHaveLength(1);
    expect(service.requestsTo('/api/me')).toHaveLength(1);

    render(
      <App
        host={host}
        fetch={service.fetch}
        apiBaseUrl={baseUrl}
        preferences={preferences}
        history={memoryHistory()}
        requests={requests}
      />,
    );
    expect(await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' })).toBeTruthy();
    await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
    for (const path of ['/api/config', '/api/demo/people', '/api/me', '/api/caf/model'])
      expect(service.requestsTo(path)).toHaveLength(1);
  });
});
