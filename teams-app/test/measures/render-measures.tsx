import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { CAF_PEOPLE, createFakeCaf } from '../caf/fake-caf';
import { createFakeService } from '../support/fake-service';
import type { MemoryHistory } from '../support/memory-history';
import { renderApp, type RenderAppOptions, type RenderedApp } from '../support/render-app';
import { createFakeMeasures } from './fake-measures';

export interface RenderedMeasures extends RenderedApp {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly fake: ReturnType<typeof createFakeMeasures>;
}

/** The tab signed in as a demo person, with the fake measures (and CAF) services behind it. */
export function renderMeasures(
  stored: Readonly<Record<string, string>>,
  options: { readonly history?: MemoryHistory; readonly host?: RenderAppOptions['host'] } = {},
): RenderedMeasures {
  const fake = createFakeMeasures();
  const caf = createFakeCaf();
  const service = createFakeService({
    people: CAF_PEOPLE,
    caf: (request) => fake.handler(request) ?? caf.handler(request),
  });
  const user = userEvent.setup();
  const rendered = renderApp({ service, stored, ...options });
  return { ...rendered, user, fake };
}

/** From the start page to the register, the way a person gets there. */
export async function openRegister(user: ReturnType<typeof userEvent.setup>) {
  const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
  await user.click(within(areas).getByRole('button', { name: 'Opatření' }));
  await screen.findByRole('heading', { level: 1, name: 'Opatření' });
}

/**
 * axe-core's rules on the page as jsdom renders it (the full run, with colour contrast, is the
 * Chromium tests'): the names, roles, labels and structure a screen reader depends on.
 */
export async function axeViolations(container: HTMLElement = document.body): Promise<string[]> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
