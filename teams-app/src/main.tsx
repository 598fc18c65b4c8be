import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './platform/components/App';
import { connectHost } from './platform/host/connect-host';
import { loadFluentTheme } from './platform/host/fluent-theme';
import { loadCatalogue } from './platform/i18n/catalogues';
import { createBrowserHistory } from './platform/navigation/browser-history';
import { startLocale } from './platform/i18n/start-locale';
import { createSharedRequests } from './platform/load/shared-requests';
import { tabApi } from './platform/load/tab-api';
import { createPreferences } from './platform/session/preferences';
import { readAheadAtStart } from './platform/session/read-ahead-at-start';

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
  // The first paint is in the user's language and the host's theme: both are there before it.
  const [catalogue] = await Promise.all([loadCatalogue(locale), loadFluentTheme(host.theme)]);
  createRoot(container).render(
    <StrictMode>
      <App
        host={host}
        fetch={fetch}
        apiBaseUrl={apiBaseUrl}
        preferences={preferences}
        history={createBrowserHistory(window)}
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
