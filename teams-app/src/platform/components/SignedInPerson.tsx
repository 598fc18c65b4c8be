import { Text } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ApiClient } from '../api/api.types';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../load/use-load';

/** Inside Teams: who the service recognised from the SSO token. Problems show in the page itself. */
export function SignedInPerson({ api }: { readonly api: ApiClient }) {
  const { t } = useI18n();
  const me = useLoad(useCallback((signal: AbortSignal) => api.getMe(signal), [api]));
  if (me.status !== 'ready') return null;
  return <Text>{t('tab.signInAs.signedIn', { name: me.data.displayName })}</Text>;
}
