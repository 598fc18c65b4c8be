import type { ListSchema } from '../../schema/types';
import { uniqueKeyField } from '../../schema/fields';

/**
 * A bot may write first in a personal chat only with a conversation reference it kept from an
 * earlier turn (Teams gives no way to open a chat from an e-mail address without Graph rights the
 * office does not grant). One row per person who installed Kvalita in personal scope, keyed by the
 * stable Entra object id; the e-mail is what survey deliveries know a recipient by.
 */
export const botConversationsList = {
  key: 'botConversations',
  urlName: 'KvalitaBotConversations',
  template: 'genericList',
  permissions: 'serviceOnly',
  title: { cs: 'Konverzace s botem', en: 'Bot conversations' },
  description: {
    cs: 'Osobní chaty, ve kterých může Kvalita poslat pozvánku k průzkumu (jeden řádek na osobu).',
    en: 'Personal chats in which Kvalita may send a survey invitation (one row per person).',
  },
  titleField: { cs: 'Jméno', en: 'Name' },
  fields: [
    uniqueKeyField('UserObjectId', { cs: 'ID objektu v Entra', en: 'Entra object id' }),
    {
      name: 'Email',
      type: 'Text',
      title: { cs: 'E-mail', en: 'E-mail' },
      indexed: true,
      maxLength: 255,
    },
    // Teams personal-chat ids ("a:1…") and channel account ids ("29:1…") can outgrow 255 characters.
    { name: 'ConversationId', type: 'Note', title: { cs: 'ID konverzace', en: 'Conversation id' } },
    { name: 'ChannelUserId', type: 'Note', title: { cs: 'ID uživatele v kanálu', en: 'Channel user id' } },
    {
      name: 'ServiceUrl',
      type: 'Text',
      title: { cs: 'Adresa služby', en: 'Service URL' },
      required: true,
      maxLength: 255,
    },
    { name: 'BotId', type: 'Text', title: { cs: 'ID bota', en: 'Bot id' }, maxLength: 255 },
    { name: 'TenantId', type: 'Text', title: { cs: 'ID tenanta', en: 'Tenant id' }, maxLength: 64 },
    { name: 'ChannelId', type: 'Text', title: { cs: 'Kanál', en: 'Channel' }, maxLength: 32 },
    { name: 'Locale', type: 'Text', title: { cs: 'Jazyk', en: 'Language' }, maxLength: 16 },
    { name: 'UpdatedOn', type: 'DateTime', title: { cs: 'Aktualizováno', en: 'Updated' } },
  ],
} as const satisfies ListSchema;
