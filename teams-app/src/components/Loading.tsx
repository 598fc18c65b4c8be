import { Spinner } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

export function Loading() {
  const { t } = useI18n();
  return <Spinner label={t('tab.loading')} />;
}
