import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { loadedFluentTheme, loadFluentTheme } from './fluent-theme';
import type { HostTheme } from './host.types';

/**
 * The Fluent theme for the host's theme. The start-up code loads it before the first render; when
 * the user switches Teams to a theme not loaded yet, the page stays in the last one fetched for the
 * moment the new one's chunk takes to arrive, rather than flashing an unstyled page.
 */
export function useFluentTheme(hostTheme: HostTheme): Theme {
  const [fetched, setFetched] = useState<Theme>(() => loadedFluentTheme(hostTheme) ?? teamsLightTheme);
  const known = loadedFluentTheme(hostTheme);
  useEffect(() => {
    if (loadedFluentTheme(hostTheme) !== undefined) return;
    let current = true;
    void loadFluentTheme(hostTheme).then(
      (next) => {
        if (current) setFetched(next);
      },
      // Offline or a failed chunk: stay in the theme shown.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [hostTheme]);
  return known ?? fetched;
}
