import type { StoredBotConversation } from '@kvalita/sharepoint';
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';

/** Sends one activity into a stored personal chat; throws what the Bot Connector answered. */
export type ProactiveSend = (
  conversation: StoredBotConversation,
  activity: Partial<Activity>,
) => Promise<void>;

export function conversationReferenceOf(conversation: StoredBotConversation): Partial<ConversationReference> {
  return {
    channelId: conversation.channelId,
    serviceUrl: conversation.serviceUrl,
    conversation: {
      id: conversation.conversationId,
      conversationType: 'personal',
      isGroup: false,
      name: '',
      ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}),
    },
    user: {
      id: conversation.channelUserId,
      name: conversation.displayName,
      aadObjectId: conversation.userObjectId,
    },
    bot: { id: conversation.botId ?? '', name: 'Kvalita' },
    locale: conversation.locale ?? undefined,
  };
}

/**
 * Production path: CloudAdapter.continueConversationAsync with the stored reference. Note that
 * botbuilder's HTTP pipeline already retries a 429 or 5xx a few times on its own (honouring
 * Retry-After per request); what still fails reaches the fan-out, which then pauses everyone.
 */
export function cloudAdapterSend(adapter: CloudAdapter, botAppId: string): ProactiveSend {
  return async (conversation, activity) => {
    await adapter.continueConversationAsync(
      botAppId,
      conversationReferenceOf(conversation),
      async (context) => {
        await context.sendActivity(activity);
      },
    );
  };
}
