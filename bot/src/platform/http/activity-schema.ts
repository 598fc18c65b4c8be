import { z } from 'zod';

/**
 * The minimum an inbound Bot Framework activity must have before the adapter sees it; anything
 * less is a 400 at the edge (architecture rule 5), not an exception deep in a turn.
 */
const account = z.object({ id: z.string().min(1).max(1024) }).passthrough();

export const inboundActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    channelId: z.string().min(1).max(64),
    from: account,
    recipient: account,
    conversation: account,
    text: z.string().max(28_000).optional(),
    locale: z.string().max(64).optional(),
  })
  .passthrough();
