import type { HostContext, HostTheme } from './host.types';
import { toHostTheme } from './host-theme';

/**
 * The tab opened in a plain browser (local mode, demos, browser tests). A `?theme=dark|contrast`
 * query parameter picks the theme, so dark and high-contrast rendering can be checked without Teams;
 * `?subPageId=` stands in for a Teams deep link's sub-page.
 */
export function createStandaloneHost(search: string): HostContext {
  const params = new URLSearchParams(search);
  const theme: HostTheme = toHostTheme(params.get('theme'));
  return {
    inTeams: false,
    locale: null,
    theme,
    subPageId: params.get('subPageId'),
    onThemeChange: () => () => undefined,
    // The browser's own back button walks the tab's history; there is no other.
    onBackButton: () => () => undefined,
    shareDeepLink: null,
    // Channel tabs are configured in Teams only.
    configureChannelTab: null,
    getToken: () => Promise.reject(new Error('Single sign-on is only available inside Microsoft Teams.')),
  };
}
