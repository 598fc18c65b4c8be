import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { RequestHandler } from 'express';
import { DomainError } from '@kvalita/core';
import { inboundActivitySchema } from './activity-schema';

/** POST /api/messages: schema check at the edge, then botbuilder's CloudAdapter runs the turn. */
export function botEndpoint(adapter: CloudAdapter, bot: ActivityHandler): RequestHandler {
  return async (req, res) => {
    const parsed = inboundActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DomainError('badRequest', {
        details: issue ? `${issue.path.join('.') || 'activity'}: ${issue.message}` : 'not an activity',
      });
    }
    await adapter.process(req, res, (context) => bot.run(context));
  };
}
