import { formatDate, translate, type Locale, type RaterGroup } from '@kvalita/core';
import type {
  AdaptiveCard,
  CardAction,
  CardElement,
  ExecuteAction,
  TextBlock,
} from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';

/** Which card a refresh brings back: its verb, cycle and subject, and whose devices refresh it. */
export interface FeedbackCardRef {
  readonly cycleId: number;
  readonly subjectId: number;
  /**
   * The Teams user ids whose clients refresh the card by themselves whenever it is shown (the
   * recipient's id in their personal chat), so a phone and a desktop both show the current state.
   */
  readonly userIds: readonly string[];
}

export function feedbackRefresh(verb: string, ref: FeedbackCardRef): NonNullable<AdaptiveCard['refresh']> {
  const action: ExecuteAction = {
    type: 'Action.Execute',
    verb,
    data: { cycleId: ref.cycleId, subjectId: ref.subjectId },
  };
  return { action, ...(ref.userIds.length > 0 ? { userIds: ref.userIds } : {}) };
}

export function heading(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true, weight: 'Bolder', size: 'Medium' };
}

/** A sentence of ours; with a name or a title inside it is shown literally (never as markdown). */
export function notice(text: string, tone: 'Good' | 'Attention' | 'Default' = 'Default'): CardElement {
  return plainBlock(text, tone === 'Default' ? {} : { weight: 'Bolder', color: tone });
}

export function subtle(text: string): CardElement {
  return plainBlock(text, { isSubtle: true, size: 'Small' });
}

export function groupLabel(locale: Locale, group: RaterGroup): string {
  return translate(locale, `bot.feedback.group.${group}`);
}

/** "Cyklus: Zpětná vazba 2027" and "Termín: 31. 3. 2027": the cycle's name is typed, so shown literally. */
export function cycleLines(locale: Locale, cycleName: string, deadline: string | null): CardElement[] {
  return [
    plainBlock(`${translate(locale, 'bot.feedback.cycle')}: ${cycleName}`),
    ...(deadline
      ? [plainBlock(`${translate(locale, 'bot.feedback.deadline')}: ${formatDate(locale, deadline)}`)]
      : []),
  ];
}

export function charter(locale: Locale): CardElement {
  return subtle(translate(locale, 'bot.feedback.charter'));
}

/** "Otevřít v Kvalitě" when the Teams app id is set (a deep link into the tab). */
export function tabAction(locale: Locale, link: string | null, title?: string): CardAction[] {
  return link
    ? [{ type: 'Action.OpenUrl', title: title ?? translate(locale, 'bot.feedback.openTab'), url: link }]
    : [];
}

/** Teams refuses a message over 28 KB; the card keeps 1 KB for the activity around it. */
export const CARD_BYTES_LIMIT = 27 * 1024;

export function cardBytes(card: AdaptiveCard): number {
  return new TextEncoder().encode(JSON.stringify(card)).length;
}

/** A text cut to `max` characters with an ellipsis (never cutting a surrogate pair). */
export function shortened(text: string, max: number): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  if (max <= 1) return '…';
  return `${characters
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
