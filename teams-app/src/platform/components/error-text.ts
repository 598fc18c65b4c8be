import { isApiError } from '../api/api-error';
import type { Translate } from '../i18n/i18n.types';

/** The text to show for a failed load: the service's own message when it sent one. */
export function errorText(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.internal');
  if (error.message !== '') return error.message;
  switch (error.code) {
    case 'network':
      return t('tab.error.network');
    case 'invalidResponse':
      return t('tab.error.invalidResponse');
    case 'unauthorized':
      return t('tab.error.unauthorized');
    case 'forbidden':
      return t('tab.error.forbidden');
    case 'notFound':
      return t('error.notFound');
    default:
      return t('error.internal');
  }
}
