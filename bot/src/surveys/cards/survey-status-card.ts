import { inLocale, translate, type BilingualText, type Locale, type MessageKey } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard, type CardElement } from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';

export type SurveyStatus = 'answered' | 'alreadyAnswered' | 'closed' | 'notForYou' | 'invalid';

const MESSAGES: Readonly<Record<SurveyStatus, MessageKey>> = {
  answered: 'bot.survey.answered',
  alreadyAnswered: 'bot.survey.alreadyAnswered',
  closed: 'bot.survey.closed',
  notForYou: 'bot.survey.notForYou',
  invalid: 'bot.survey.invalid',
};

/**
 * What replaces a survey card once it is answered or closed: a short, final state without inputs.
 * `echo` repeats a text answer back, literally (see plain-text.ts), so the person sees what was
 * stored; it is only ever shown to its author, in the reply to their own submit.
 */
export function surveyStatusCard(
  locale: Locale,
  title: BilingualText | null,
  status: SurveyStatus,
  options: {
    readonly echo?: readonly string[];
    /** Keeps the wave's refresh (surveyRefresh): the card shows the wave's current state again later. */
    readonly refresh?: AdaptiveCard['refresh'];
  } = {},
): AdaptiveCard {
  const echoes = (options.echo ?? []).filter((text) => text.trim() !== '');
  const body: CardElement[] = [
    ...(title ? [plainBlock(inLocale(title, locale), { weight: 'Bolder', size: 'Medium' })] : []),
    {
      type: 'TextBlock',
      text: translate(locale, MESSAGES[status]),
      wrap: true,
      ...(status === 'answered' ? { color: 'Good' as const } : {}),
    },
    ...(echoes.length > 0
      ? [
          {
            type: 'TextBlock',
            text: translate(locale, 'bot.survey.yourText'),
            wrap: true,
            isSubtle: true,
            size: 'Small',
          } as const,
          ...echoes.map((text) => plainBlock(text, { italic: true }, 'None')),
        ]
      : []),
  ];
  return adaptiveCard(locale, body, undefined, options.refresh);
}
