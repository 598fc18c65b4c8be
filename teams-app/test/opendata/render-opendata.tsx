import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CAF_PEOPLE } from '../caf/fake-caf';
import { createFakeService, type FakeService } from '../support/fake-service';
import type { MemoryHistory } from '../support/memory-history';
import { renderApp, type RenderedApp } from '../support/render-app';
import { createFakeOpenData } from './fake-opendata';

export const asJana = { 'kvalita.demoEmail': 'jana.novakova@urad.example' };
export const asLucie = { 'kvalita.demoEmail': 'lucie.dvorakova@urad.example' };

export interface RenderedOpenData extends RenderedApp {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly fake: ReturnType<typeof createFakeOpenData>;
  /** Holds every publication's answer until `release` (to click twice while one is on its way). */
  readonly holdPublications: () => { readonly release: () => void };
}

/** The tab signed in as a demo person, with the fake open data service behind it. */
export function renderOpenData(
  stored: Readonly<Record<string, string>>,
  options: { readonly history?: MemoryHistory } = {},
): RenderedOpenData {
  const fake = createFakeOpenData();
  const inner = createFakeService({ people: CAF_PEOPLE, caf: fake.handler });
  let gate: Promise<void> | null = null;
  const service: FakeService = {
    ...inner,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (gate !== null && new URL(String(input)).pathname === '/api/opendata/publish') await gate;
      return inner.fetch(input, init);
    }) as typeof fetch,
  };
  const holdPublications = () => {
    let release = () => {};
    gate = new Promise<void>((resolve) => {
      release = () => {
        gate = null;
        resolve();
      };
    });
    return { release };
  };
  const user = userEvent.setup();
  const rendered = renderApp({ service, stored, ...options });
  return { ...rendered, user, fake, holdPublications };
}

/** From the start page to open data, the way the quality manager gets there. */
export async function openOpenData(user: ReturnType<typeof userEvent.setup>) {
  const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
  await user.click(await within(areas).findByRole('button', { name: 'Otevřená data' }));
  await screen.findByRole('heading', { level: 1, name: 'Otevřená data' });
  return screen.findByRole('table', { name: /^Datové sady, které Kvalita umí zveřejnit/ });
}
