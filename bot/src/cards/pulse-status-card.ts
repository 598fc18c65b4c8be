import { translate, type Locale, type MessageKey, type MessageParams } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.types';

/** What replaces a pulse card once it is answered or closed: a short, final state, no inputs. */
export function pulseStatusCard(
  locale: Locale,
  message: MessageKey,
  params: MessageParams = {},
): AdaptiveCard {
  return adaptiveCard(locale, [
    {
      type: 'TextBlock',
      text: translate(locale, 'bot.pulse.title'),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    { type: 'TextBlock', text: translate(locale, message, params), wrap: true },
  ]);
}
