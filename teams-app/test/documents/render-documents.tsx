import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CAF_PEOPLE, createFakeCaf } from '../caf/fake-caf';
import { createFakeService } from '../support/fake-service';
import type { MemoryHistory } from '../support/memory-history';
import { renderApp, type RenderedApp } from '../support/render-app';
import { createFakeDocuments } from './fake-documents';
import { installFakeXhr } from './fake-xhr';

export interface RenderedDocuments extends RenderedApp {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly fake: ReturnType<typeof createFakeDocuments>;
  readonly xhr: ReturnType<typeof installFakeXhr>;
}

const identify = (authorization: string | undefined) => {
  const person = CAF_PEOPLE.find((candidate) => authorization === `Demo ${candidate.email}`);
  return person && { email: person.email, displayName: person.displayName, roles: person.roles };
};

/** The tab signed in as a demo person, with the fake documents (and CAF) services behind it. */
export function renderDocuments(
  stored: Readonly<Record<string, string>>,
  options: { readonly history?: MemoryHistory } = {},
): RenderedDocuments {
  const fake = createFakeDocuments();
  const caf = createFakeCaf();
  const service = createFakeService({
    people: CAF_PEOPLE,
    caf: (request) => fake.handler(request) ?? caf.handler(request),
  });
  const xhr = installFakeXhr((upload, me) => {
    const match = /^\/api\/documents\/(\d+)\/file$/.exec(upload.url.pathname);
    if (match === null || me === undefined) return { status: 404, body: {} };
    return fake.upload(
      Number(match[1]),
      upload.url.searchParams.get('name') ?? '',
      upload.url.searchParams.get('etag') ?? '',
      upload.headers['content-type'] ?? '',
      upload.body.size,
      me,
    );
  }, identify);
  const user = userEvent.setup();
  const rendered = renderApp({ service, stored, ...options });
  return { ...rendered, user, fake, xhr };
}

/** From the start page to the register, the way a person gets there. */
export async function openDocuments(user: ReturnType<typeof userEvent.setup>) {
  const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
  await user.click(within(areas).getByRole('button', { name: 'Dokumenty' }));
  await screen.findByRole('heading', { level: 1, name: 'Řízené dokumenty' });
}
