import { Spinner } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';

export function Loading() {
  const { t } = useI18n();
  return <Spinner label={t('tab.loading')} />;
}
