import { START_PLACE, placeFromPath, placePath, type TabPlace } from '@kvalita/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HostContext } from '../host/host.types';
import type { GoOptions, Navigation, PlaceHistory, ShareOutcome } from './navigation.types';

/**
 * The place to open: the URL's (a reload, or back into the tab), else the deep link's the tab was
 * opened with, else the start page.
 */
function startPlace(history: PlaceHistory, subPageId: string | null): TabPlace {
  return placeFromPath(history.read() ?? subPageId) ?? START_PLACE;
}

/** The tab's place, kept in the history so back, forward, reload and the host's back button work. */
export function useTabNavigation(history: PlaceHistory, host: HostContext): Navigation {
  const [place, setPlace] = useState<TabPlace>(() => startPlace(history, host.subPageId));
  const shown = useRef(placePath(place));
  useEffect(() => {
    // The URL names the page on screen from the start (a deep link's, or the start page's).
    if (history.read() !== shown.current) history.replace(shown.current);
    return history.subscribe((path) => {
      const next = placeFromPath(path) ?? START_PLACE;
      const nextPath = placePath(next);
      if (nextPath === shown.current) return;
      shown.current = nextPath;
      setPlace(next);
    });
  }, [history]);
  // Teams on a phone has its own back button: it steps back inside the tab while it can.
  useEffect(
    () =>
      host.onBackButton(() => {
        if (!history.canGoBack()) return false;
        history.back();
        return true;
      }),
    [history, host],
  );
  const go = useCallback(
    (next: TabPlace, options: GoOptions = {}) => {
      const path = placePath(next);
      if (path === shown.current) return;
      shown.current = path;
      if (options.replace) history.replace(path);
      else history.push(path);
      setPlace(next);
    },
    [history],
  );
  const href = useCallback((target: TabPlace) => history.href(placePath(target)), [history]);
  const share = useCallback(
    async (target: TabPlace, label: string): Promise<ShareOutcome> => {
      const path = placePath(target);
      if (host.shareDeepLink === null) return { kind: 'address', url: history.url(path) };
      await host.shareDeepLink({ subPageId: path, label });
      return { kind: 'shared' };
    },
    [history, host],
  );
  return useMemo(() => ({ place, go, href, share }), [place, go, href, share]);
}
