import userEvent from '@testing-library/user-event';
import { CAF_PEOPLE, createFakeCaf } from '../caf/fake-caf';
import { createFakeService } from '../support/fake-service';
import { renderApp, type RenderedApp } from '../support/render-app';
import { createFakeSurveys } from './fake-surveys';

export interface RenderedSurveys extends RenderedApp {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly surveys: ReturnType<typeof createFakeSurveys>;
}

/** The tab signed in as a demo person, with the fake survey and CAF services behind it. */
export function renderSurveys(stored: Readonly<Record<string, string>>): RenderedSurveys {
  const surveys = createFakeSurveys();
  const caf = createFakeCaf();
  const service = createFakeService({
    people: CAF_PEOPLE,
    caf: (request) => surveys.handler(request) ?? caf.handler(request),
  });
  const user = userEvent.setup();
  const rendered = renderApp({ service, stored });
  return { ...rendered, user, surveys };
}
