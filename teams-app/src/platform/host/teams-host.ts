import { app, authentication, pages } from '@microsoft/teams-js';
import type { HostContext, HostTheme } from './host.types';
import { toHostTheme } from './host-theme';

/**
 * The only module that talks to @microsoft/teams-js. Resolves once Teams has answered the
 * handshake; rejects if initialisation fails. The caller bounds the wait (see connectHost), because
 * app.initialize() never settles in a frame that is not a Microsoft 365 host.
 */
export async function connectTeams(): Promise<HostContext> {
  await app.initialize();
  const context = await app.getContext();
  const listeners = new Set<(theme: HostTheme) => void>();
  // teams-js keeps a single theme handler, so register once and fan out to our listeners.
  app.registerOnThemeChangeHandler((theme) => {
    for (const listener of listeners) listener(toHostTheme(theme));
  });
  // Tells Teams to hide its loading indicator (harmless when the manifest does not ask for it).
  void app.notifySuccess().catch(() => undefined);
  return {
    inTeams: true,
    locale: context.app.locale || null,
    theme: toHostTheme(context.app.theme),
    subPageId: context.page.subPageId || null,
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onBackButton(handler) {
      if (!pages.backStack.isSupported()) return () => undefined;
      pages.backStack.registerBackButtonHandler(handler);
      // teams-js keeps one handler: the tab's is replaced by one that lets Teams go back.
      return () => pages.backStack.registerBackButtonHandler(() => false);
    },
    shareDeepLink: pages.isSupported()
      ? async (link) => pages.shareDeepLink({ subPageId: link.subPageId, subPageLabel: link.label })
      : null,
    configureChannelTab: pages.config.isSupported()
      ? (tab) => {
          if (tab === null) {
            void pages.config.setValidityState(false);
            return;
          }
          pages.config.registerOnSaveHandler((event) => {
            pages.config.setConfig({ ...tab, websiteUrl: tab.contentUrl }).then(
              () => event.notifySuccess(),
              (error: unknown) => event.notifyFailure(String(error)),
            );
          });
          void pages.config.setValidityState(true);
        }
      : null,
    getToken: () => authentication.getAuthToken(),
  };
}
