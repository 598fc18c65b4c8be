import { describe, expect, it } from '@jest/globals';
import type { BotConversation } from '@kvalita/sharepoint';
import { ActivityTypes, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { sharePointConversationRecorder } from '../../src/platform/chat/conversation-recorder';

function activity(overrides: Partial<Activity>): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    locale: 'cs-CZ',
    from: { id: '29:jana', name: 'Ing. Jana Nováková', aadObjectId: 'oid-jana' },
    recipient: { id: '28:kvalita', name: 'Kvalita' },
    conversation: {
      id: 'a:1jana',
      conversationType: 'personal',
      isGroup: false,
      name: '',
      tenantId: 'tenant',
    },
    text: 'help',
    ...overrides,
  };
}

async function record(incoming: Partial<Activity>, upsert: (c: BotConversation) => Promise<void>) {
  const logs: string[] = [];
  const recorder = sharePointConversationRecorder(
    {
      upsert: async (conversation) => {
        await upsert(conversation);
        return 'added';
      },
    },
    () => new Date('2027-02-01T08:00:00Z'),
    (line) => logs.push(line),
  );
  const adapter = new TestAdapter();
  await recorder(new TurnContext(adapter, incoming));
  return logs;
}

describe('conversation recorder', () => {
  it('keeps the reference of a personal chat, with the person’s object id and locale', async () => {
    const stored: BotConversation[] = [];
    await record(activity({}), async (conversation) => void stored.push(conversation));
    expect(stored).toEqual([
      expect.objectContaining({
        userObjectId: 'oid-jana',
        conversationId: 'a:1jana',
        channelUserId: '29:jana',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        botId: '28:kvalita',
        tenantId: 'tenant',
        channelId: 'msteams',
        locale: 'cs-CZ',
      }),
    ]);
  });

  it('ignores channels and group chats, uninstalls and turns without an Entra identity', async () => {
    const stored: BotConversation[] = [];
    const keep = async (conversation: BotConversation) => void stored.push(conversation);
    await record(
      activity({ conversation: { id: '19:x', conversationType: 'channel', isGroup: true, name: '' } }),
      keep,
    );
    await record(activity({ type: ActivityTypes.InstallationUpdate, action: 'remove' }), keep);
    await record(activity({ from: { id: '29:guest', name: 'Guest' } }), keep);
    await record(activity({ type: ActivityTypes.Typing }), keep);
    expect(stored).toEqual([]);
  });

  it('never fails the person’s turn when SharePoint does', async () => {
    const logs = await record(activity({}), async () => {
      throw new Error('SharePoint is down');
    });
    expect(logs.some((line) => line.includes('SharePoint is down'))).toBe(true);
  });
});
