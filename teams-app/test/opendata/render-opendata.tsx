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
  /** The next publication is made, but the tab gets a 502 instead of its answer. */
  readonly losePublicationAnswer: () => void;
}

/** The tab signed in as a demo person, with the fake open data service behind it. */
export function renderOpenData(
  stored: Readonly<Record<string, string>>,
  options: { readonly history?: MemoryHistory } = {},
): RenderedOpenData {
  const fake = createFakeOpenData();
  const inner = createFakeService({ people: CAF_PEOPLE, caf: fake.handler });
  let gate: Promise<void> | null = null;
  let loseNextAnswer = false;
  const service: FakeService = {
    ...inner,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const publishing = new URL(String(input)).pathname === '/api/opendata/publish';
      if (gate !== null && publishing) await gate;
      const reply = await inner.fetch(input, init);
      if (!publishing || !loseNextAnswer) return reply;
      // The publication was made, but its answer is lost on the way (a gateway's 502).
      loseNextAnswer = false;
      return new Response(JSON.stringify({ error: { code: 'unavailable', message: 'Bad gateway' } }), {
        status: 502,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch,
  };
  /** The next publication is made but its answer never reaches the tab. */
  const losePublicationAnswer = () => {
    loseNextAnswer = true;
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
  return { ...rendered, user, fake, holdPublications, losePublicationAnswer };
}

/** From the start page to open data, the way the quality manager gets there. */
export async function openOpenData(user: ReturnType<typeof userEvent.setup>) {
  const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
  await user.click(await within(areas).findByRole('button', { name: 'Otevřená data' }));
  await screen.findByRole('heading', { level: 1, name: 'Otevřená data' });
  return screen.findByRole('table', { name: /^Datové sady, které Kvalita umí zveřejnit/ });
}
