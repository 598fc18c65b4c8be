import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { connectHost } from './host/connectHost';
import { loadCatalogue } from './i18n/catalogues';
import { startLocale } from './i18n/startLocale';
import { createSharedRequests } from './load/sharedRequests';
import { tabApi } from './load/tabApi';
import { createPreferences } from './session/preferences';
import { readAheadAtStart } from './session/readAheadAtStart';

/**
 * Browser entry: find the host, send the start-up calls, then render. The service serves the tab
 * at /tab/ and its API at /api/.
 */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('The page has no #root element.');
  const host = await connectHost(window);
  const preferences = createPreferences(safeLocalStorage());
  const fetch = window.fetch.bind(window);
  const apiBaseUrl = new URL('../api/', document.baseURI).toString();
  const locale = startLocale(host, preferences);
  const requests = createSharedRequests();
  readAheadAtStart(host, preferences, (caller) =>
    tabApi({ baseUrl: apiBaseUrl, fetch, locale, requests }, caller),
  );
  // The first paint is in the user's language: its catalogue is there before it.
  const catalogue = await loadCatalogue(locale);
  createRoot(container).render(
    <StrictMode>
      <App
        host={host}
        fetch={fetch}
        apiBaseUrl={apiBaseUrl}
        preferences={preferences}
        catalogue={catalogue}
        requests={requests}
      />
    </StrictMode>,
  );
}

/** Reading window.localStorage itself throws when the browser blocks storage. */
function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

void start();
