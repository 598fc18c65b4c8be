import type { Locale } from '@kvalita/core';
import { FluentProvider, makeStaticStyles, makeStyles } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useFluentTheme } from '../host/use-fluent-theme';
import { useHostTheme } from '../host/use-host-theme';
import { czechCatalogue } from '../i18n/catalogues';
import { I18nProvider } from '../i18n/I18nProvider';
import { startLocale } from '../i18n/start-locale';
import { useCatalogue } from '../i18n/use-catalogue';
import { createSharedRequests } from '../load/shared-requests';
import { tabApi } from '../load/tab-api';
import { NavigationContext } from '../navigation/navigation-context';
import { useTabNavigation } from '../navigation/use-tab-navigation';
import type { ApiFactory } from '../session/session.types';
import type { AppProps } from './App.types';
import { Shell } from './Shell';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });
const useStyles = makeStyles({ root: { minHeight: '100vh' } });

/** The tab: theme from the host, language (Czech unless chosen or given by Teams), then the shell. */
export function App(props: AppProps) {
  const { host, fetch, apiBaseUrl, preferences, history } = props;
  useGlobalStyles();
  const styles = useStyles();
  const theme = useFluentTheme(useHostTheme(host));
  const [locale, setLocaleState] = useState<Locale>(() => startLocale(host, preferences));
  const { catalogue, requirePart } = useCatalogue(locale, props.catalogue ?? czechCatalogue);
  const setLocale = useCallback(
    (next: Locale) => {
      preferences.setLocale(next);
      setLocaleState(next);
    },
    [preferences],
  );
  // One for the tab's lifetime: reads started ahead are taken by the pages that open later.
  const [requests] = useState(() => props.requests ?? createSharedRequests());
  const apiFor = useCallback<ApiFactory>(
    (caller) => tabApi({ baseUrl: apiBaseUrl, fetch, locale, requests }, caller),
    [apiBaseUrl, fetch, locale, requests],
  );
  const navigation = useTabNavigation(history, host);
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <I18nProvider catalogue={catalogue} onLocaleChange={setLocale} requirePart={requirePart}>
        <NavigationContext.Provider value={navigation}>
          <Shell host={host} apiFor={apiFor} preferences={preferences} />
        </NavigationContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}
