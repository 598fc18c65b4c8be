import type { BotConversation, UpsertOutcome } from '@kvalita/sharepoint';
import { TeamsInfo, TurnContext } from 'botbuilder';
import { teamsLanguageTag } from './chat-locale';

/** Keeps the personal chat a turn came from, so survey waves can write to the person first. */
export type ConversationRecorder = (context: TurnContext) => Promise<void>;

export interface ConversationStore {
  upsert(conversation: BotConversation, at: Date): Promise<UpsertOutcome>;
}

const REMEMBERED = new Set(['message', 'installationUpdate', 'conversationUpdate']);

/**
 * Every personal-chat turn refreshes the reference (Teams may move a chat to another service URL);
 * the store writes only when something changed. The e-mail comes from the Teams roster, since
 * survey deliveries know recipients by e-mail. A failure here never breaks the person's turn: the
 * next turn tries again, and a wave reports "no personal chat" meanwhile.
 */
export function sharePointConversationRecorder(
  store: ConversationStore,
  now: () => Date,
  log: (line: string) => void,
): ConversationRecorder {
  return async (context) => {
    const activity = context.activity;
    if (!REMEMBERED.has(activity.type)) return;
    if (activity.conversation?.conversationType !== 'personal') return;
    if (activity.type === 'installationUpdate' && activity.action?.startsWith('remove')) return;
    const objectId = activity.from?.aadObjectId;
    // A conversationUpdate may come from the bot's own side; only the person's turns identify them.
    if (!objectId || activity.from.id === activity.recipient?.id) return;
    try {
      const reference = TurnContext.getConversationReference(activity);
      let email: string | null = null;
      try {
        const member = await TeamsInfo.getMember(context, activity.from.id);
        email = member.email ?? member.userPrincipalName ?? null;
      } catch (error) {
        log(`roster lookup failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await store.upsert(
        {
          userObjectId: objectId,
          displayName: activity.from.name ?? '',
          email,
          conversationId: reference.conversation?.id ?? activity.conversation.id,
          channelUserId: activity.from.id,
          serviceUrl: reference.serviceUrl ?? activity.serviceUrl,
          botId: reference.bot?.id ?? null,
          tenantId: activity.conversation.tenantId ?? null,
          channelId: reference.channelId ?? activity.channelId,
          locale: teamsLanguageTag(activity),
        },
        now(),
      );
    } catch (error) {
      log(`conversation reference not stored: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
