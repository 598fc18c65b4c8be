import type { ActivityHandler, Activity } from 'botbuilder';
import type { RequestHandler } from 'express';
import { DomainError } from '@kvalita/core';
import { inboundActivitySchema } from './activity-schema';
import type { BotAdapter, ClaimedOrigin } from './bot-adapter';

export interface BotEndpointOptions {
  /**
   * Local mode's stand-in for the Bot Framework token, which botbuilder does not check without an
   * app id: only activities from these chat services (the local Agents Playground's serviceUrl)
   * are let in. Absent in production, where the token's `serviceurl` claim is checked instead.
   */
  readonly acceptServiceUrl?: (serviceUrl: string) => boolean;
}

/** Where the unparsed body says it comes from; nothing else of it is read before authentication. */
function claimedOrigin(body: unknown): ClaimedOrigin {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  const { channelId, serviceUrl } = body as Record<string, unknown>;
  return {
    ...(typeof channelId === 'string' ? { channelId } : {}),
    ...(typeof serviceUrl === 'string' ? { serviceUrl } : {}),
  };
}

/**
 * POST /api/messages: authentication first (a caller that fails it gets a bare 401, never a
 * library message nor which field of its activity is wrong), then the schema check at the edge
 * (400 naming the field), then the turn; an invoke's answer is the HTTP answer.
 */
export function botEndpoint(
  adapter: BotAdapter,
  bot: ActivityHandler,
  options: BotEndpointOptions = {},
): RequestHandler {
  return async (req, res) => {
    const origin = claimedOrigin(req.body);
    if (options.acceptServiceUrl && !(origin.serviceUrl && options.acceptServiceUrl(origin.serviceUrl)))
      throw new DomainError('unauthorized');
    const authenticated = await adapter.authenticate(origin, req.headers.authorization ?? '').catch(() => {
      throw new DomainError('unauthorized');
    });
    const parsed = inboundActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DomainError('badRequest', {
        details: issue ? `${issue.path.join('.') || 'activity'}: ${issue.message}` : 'not an activity',
      });
    }
    const answer = await adapter.run(
      authenticated,
      withDates(parsed.data as unknown as Activity),
      (context) => bot.run(context),
    );
    res.status(answer?.status ?? 200);
    if (answer?.body === undefined) res.end();
    else res.json(answer.body);
  };
}

/** As botbuilder's own endpoint does: the activity's timestamps as Dates, the raw text kept beside. */
function withDates(activity: Activity): Activity {
  const raw = activity as Activity & Record<string, unknown>;
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      raw[rawField] = value;
      raw[field] = new Date(value) as never;
    }
  }
  return activity;
}
