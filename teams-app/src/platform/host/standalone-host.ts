import type { HostContext, HostTheme } from './host.types';
import { toHostTheme } from './host-theme';

/**
 * The tab opened in a plain browser (local mode, demos, browser tests). A `?theme=dark|contrast`
 * query parameter picks the theme, so dark and high-contrast rendering can be checked without Teams.
 */
export function createStandaloneHost(search: string): HostContext {
  const theme: HostTheme = toHostTheme(new URLSearchParams(search).get('theme'));
  return {
    inTeams: false,
    locale: null,
    theme,
    onThemeChange: () => () => undefined,
    getToken: () => Promise.reject(new Error('Single sign-on is only available inside Microsoft Teams.')),
  };
}
