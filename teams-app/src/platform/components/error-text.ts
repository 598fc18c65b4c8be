import { DOMAIN_ERRORS } from '@kvalita/core';
import { isApiError } from '../api/api-error';
import type { Translate } from '../i18n/i18n.types';

/**
 * The text to show for a failed call: the tab's own catalogue sentence for the error code, in the
 * language the tab shows. Never the service's text: it may be in another language (the language
 * was switched, a proxy answered) and its details are for developers, not for people.
 */
export function errorText(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.internal');
  switch (error.code) {
    case 'network':
      return t('tab.error.network');
    case 'invalidResponse':
      return t('tab.error.invalidResponse');
    case 'unauthorized':
      return t('tab.error.unauthorized');
    case 'forbidden':
      return t('tab.error.forbidden');
    default:
      return t(DOMAIN_ERRORS[error.code]);
  }
}
