import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { connectHost } from './host/connectHost';
import { loadCatalogue } from './i18n/catalogues';
import { startLocale } from './i18n/startLocale';
import { createPreferences } from './session/preferences';

/** Browser entry: find the host, then render. The service serves the tab at /tab/ and its API at /api/. */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('The page has no #root element.');
  const host = await connectHost(window);
  const preferences = createPreferences(safeLocalStorage());
  // The first paint is in the user's language: its catalogue is there before it.
  const catalogue = await loadCatalogue(startLocale(host, preferences));
  createRoot(container).render(
    <StrictMode>
      <App
        host={host}
        fetch={window.fetch.bind(window)}
        apiBaseUrl={new URL('../api/', document.baseURI).toString()}
        preferences={preferences}
        catalogue={catalogue}
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
