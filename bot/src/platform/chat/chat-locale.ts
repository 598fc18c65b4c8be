import { resolveLocale, type Locale } from '@kvalita/core';
import type { Activity } from 'botbuilder';

interface ClientInfoEntity {
  readonly type: 'clientInfo';
  readonly locale?: unknown;
}

function isClientInfo(entity: unknown): entity is ClientInfoEntity {
  return (
    typeof entity === 'object' && entity !== null && (entity as { type?: unknown }).type === 'clientInfo'
  );
}

/**
 * The language tag of the person's Teams client: the activity's `locale`, or else the `locale` of
 * the `clientInfo` entity Teams adds to the turn's entities (some activities carry only the
 * entity). Null when Teams said neither.
 */
export function teamsLanguageTag(activity: Pick<Partial<Activity>, 'locale' | 'entities'>): string | null {
  if (typeof activity.locale === 'string' && activity.locale.trim() !== '') return activity.locale;
  const clientInfo = (activity.entities ?? []).find(isClientInfo);
  return typeof clientInfo?.locale === 'string' && clientInfo.locale.trim() !== '' ? clientInfo.locale : null;
}

/** The language the bot answers this turn in: the person's Teams language, Czech by default. */
export function chatLocale(activity: Pick<Partial<Activity>, 'locale' | 'entities'>): Locale {
  return resolveLocale(teamsLanguageTag(activity));
}
