import { expect } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeService } from '../support/fake-service';
import type { MemoryHistory } from '../support/memory-history';
import type { RenderAppOptions, RenderedApp } from '../support/render-app';
import { CAF_PEOPLE, createFakeCaf, type FakeCycle } from './fake-caf';
import { renderApp } from '../support/render-app';

type User = ReturnType<typeof userEvent.setup>;

export interface RenderedCaf extends RenderedApp {
  readonly caf: { readonly cycles: FakeCycle[] };
  readonly user: User;
}

/** The tab signed in as a demo person, with the fake CAF service behind it. */
export function renderCaf(
  stored: Readonly<Record<string, string>>,
  host?: RenderAppOptions['host'],
  options: { leaderSubmitted?: boolean; history?: MemoryHistory } = {},
): RenderedCaf {
  const caf = createFakeCaf();
  // The leader sees the team's scores only once her own are submitted (no anchoring).
  if (options.leaderSubmitted)
    for (const cycle of caf.cycles)
      for (const member of cycle.team) if (member.role === 'leader') member.submitted = true;
  const service = createFakeService({ people: CAF_PEOPLE, caf: caf.handler });
  const user = userEvent.setup();
  const rendered = renderApp({
    service,
    stored,
    ...(host ? { host } : {}),
    ...(options.history ? { history: options.history } : {}),
  });
  return { ...rendered, caf, user };
}

/** From the model page to a cycle's page, the way a user gets there. */
export async function openCycle(user: User, name: string, view?: string) {
  await user.click(await findAreaButton('Sebehodnocení'));
  await user.click(await screen.findByRole('link', { name }));
  await screen.findByRole('heading', { level: 1, name });
  if (view !== undefined) {
    const pages = screen.getByRole('navigation', { name: 'Stránky cyklu' });
    await user.click(within(pages).getByRole('button', { name: view }));
    expect(within(pages).getByRole('button', { name: view }).getAttribute('aria-current')).toBe('page');
  }
}

/** A button of the tab's area navigation ("Model CAF", "Sebehodnocení"). */
export async function findAreaButton(name: string): Promise<HTMLElement> {
  const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
  return within(areas).getByRole('button', { name });
}
