import { render, type RenderResult } from '@testing-library/react';
import { App } from '../../src/platform/components/App';
import type { HostContext } from '../../src/platform/host/host.types';
import { createPreferences } from '../../src/platform/session/preferences';
import { createFakeService, type FakeService, type FakeServiceOptions } from './fake-service';
import { fakeHost } from './fake-host';
import { memoryHistory, type MemoryHistory } from './memory-history';
import { memoryStorage } from './memory-storage';

export interface RenderAppOptions extends FakeServiceOptions {
  readonly host?: HostContext;
  /** localStorage contents at start, e.g. a remembered demo person. */
  readonly stored?: Readonly<Record<string, string>>;
  /** A service prepared beforehand, e.g. to fail the very first request. */
  readonly service?: FakeService;
  /** The history the tab starts in, e.g. one left by an earlier visit (a reload). */
  readonly history?: MemoryHistory;
}

export interface RenderedApp extends RenderResult {
  readonly service: FakeService;
  readonly storage: Storage;
  readonly history: MemoryHistory;
}

export function renderApp(options: RenderAppOptions = {}): RenderedApp {
  const service = options.service ?? createFakeService(options);
  const storage = memoryStorage(options.stored);
  const history = options.history ?? memoryHistory();
  const result = render(
    <App
      host={options.host ?? fakeHost()}
      fetch={service.fetch}
      apiBaseUrl="https://kvalita.test/api/"
      preferences={createPreferences(storage)}
      history={history}
    />,
  );
  return { ...result, service, storage, history };
}

/** A demo person remembered from an earlier visit, so the tab starts signed in. */
export const signedInAsJana = { 'kvalita.demoEmail': 'jana.novakova@urad.example' };
