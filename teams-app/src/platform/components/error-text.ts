import { DOMAIN_ERRORS, type MessageKey } from '@kvalita/core';
import { isApiError } from '../api/api-error';
import type { Translate } from '../i18n/i18n.types';

/**
 * The text to show for a failed call: the tab's own catalogue sentence, in the language the tab
 * shows — the precise one the service named (a rule saying what is missing) when the tab knows it,
 * else the error code's. Never the service's text: it may be in another language (the language
 * was switched, a proxy answered) and its details are for developers, not for people.
 */
export function errorText(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.internal');
  if (error.reason !== null) {
    const key = error.reason.key as MessageKey;
    const precise = t(key, error.reason.params);
    // A key this tab does not know (a newer service) shows as itself: fall back to the code's.
    if (precise !== key) return precise;
  }
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
