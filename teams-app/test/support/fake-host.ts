import type { HostContext, HostTheme } from '../../src/platform/host/host.types';

/** A host for tests: standalone by default, or Teams with a locale, theme and SSO token. */
export function fakeHost(
  overrides: Partial<HostContext> = {},
): HostContext & { changeTheme(theme: HostTheme): void } {
  const listeners = new Set<(theme: HostTheme) => void>();
  return {
    inTeams: false,
    locale: null,
    theme: 'default',
    subPageId: null,
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onBackButton: () => () => undefined,
    shareDeepLink: null,
    configureChannelTab: null,
    getToken: () => Promise.reject(new Error('not in Teams')),
    ...overrides,
    changeTheme(theme) {
      for (const listener of listeners) listener(theme);
    },
  };
}
