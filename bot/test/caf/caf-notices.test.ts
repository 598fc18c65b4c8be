import { describe, expect, it } from '@jest/globals';
import type { StoredBotConversation } from '@kvalita/sharepoint';
import { chatCafNotices } from '../../src/caf/caf-notices';

const conversation = (email: string, locale: string | null): StoredBotConversation => ({
  itemId: 1,
  updatedOn: null,
  userObjectId: `object-${email}`,
  displayName: email,
  email,
  conversationId: `chat-${email}`,
  channelUserId: `user-${email}`,
  serviceUrl: 'https://smba.example/emea/',
  botId: null,
  tenantId: null,
  channelId: 'msteams',
  locale,
});

function notices(chats: Record<string, string | null>, failFor: string[] = []) {
  const sent: { to: string; lang: string; text: string }[] = [];
  const log: string[] = [];
  const subject = chatCafNotices({
    withRole: async (role) => (role === 'director' ? ['petr@urad.example', 'eva@urad.example'] : []),
    conversation: async (email) => (email in chats ? conversation(email, chats[email] ?? null) : null),
    send: async (to, activity) => {
      if (failFor.includes(to.email ?? '')) throw new Error('403 Forbidden');
      const card = activity.attachments?.[0]?.content as { lang: string };
      sent.push({ to: to.email ?? '', lang: card.lang, text: JSON.stringify(card) });
    },
    link: (id) => `https://teams.example/cycle/${id}`,
    log: (line) => log.push(line),
  });
  return { subject, sent, log };
}

describe('CAF notices in chat', () => {
  it('asks every director who has a chat with the app, each in the language of their chat', async () => {
    const { subject, sent, log } = notices({ 'petr@urad.example': 'en-GB' });
    await subject.reportAwaitsApproval({ id: 7, name: 'CAF 2026' });
    expect(sent.map((card) => [card.to, card.lang])).toEqual([['petr@urad.example', 'en']]);
    expect(sent[0]?.text).toContain('https://teams.example/cycle/7');
    // Eva has not installed the app: nobody can write to her first; that is logged, not thrown.
    expect(log.join('\n')).toContain('eva@urad.example has no chat');
  });

  it('tells the leader how the director decided, in Czech by default', async () => {
    const { subject, sent } = notices({ 'lucie@urad.example': null });
    await subject.reportReviewed({ id: 7, name: 'CAF 2026' }, 'lucie@urad.example', {
      outcome: 'returned',
      byName: 'Petr Svoboda',
      note: 'Chybí důkazy.',
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.lang).toBe('cs');
    expect(sent[0]?.text).toContain('Chybí důkazy.');
  });

  it('never fails the change it follows when a chat refuses the card', async () => {
    const { subject, sent, log } = notices({ 'petr@urad.example': 'cs-CZ', 'eva@urad.example': 'cs-CZ' }, [
      'petr@urad.example',
    ]);
    await expect(subject.reportAwaitsApproval({ id: 7, name: 'CAF 2026' })).resolves.toBeUndefined();
    expect(sent.map((card) => card.to)).toEqual(['eva@urad.example']);
    expect(log.join('\n')).toContain('petr@urad.example failed: 403 Forbidden');
  });
});
