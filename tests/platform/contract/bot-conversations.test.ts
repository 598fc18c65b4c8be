import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  BotConversationsRepository,
  botConversationsList,
  provisionLists,
  type BotConversation,
} from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../../support/contract-target';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs', lists: [botConversationsList] });
}, 60_000);
afterAll(() => target.close());

const jana: BotConversation = {
  userObjectId: '11111111-2222-3333-4444-555555555555',
  displayName: 'Ing. Jana Nováková',
  email: 'Jana.Novakova@lipova.example',
  conversationId: `a:1${'x'.repeat(300)}`,
  channelUserId: '29:1jana',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  botId: '28:kvalita',
  tenantId: '00000000-0000-0000-0000-000000000001',
  channelId: 'msteams',
  locale: 'cs-CZ',
};

describe('bot conversation references', () => {
  it('keeps one row per person however often and however concurrently it is stored', async () => {
    const conversations = new BotConversationsRepository(target.site);
    const at = new Date('2027-02-01T08:00:00Z');
    // installationUpdate and conversationUpdate arrive together: two upserts race.
    const outcomes = await Promise.all([conversations.upsert(jana, at), conversations.upsert(jana, at)]);
    expect(outcomes).toContain('added');
    expect(await conversations.upsert(jana, at)).toBe('unchanged');
    const all = await conversations.all();
    expect(all.filter((row) => row.userObjectId === jana.userObjectId)).toHaveLength(1);
  });

  it('finds a person by e-mail (any case) or object id, with the long conversation id intact', async () => {
    const conversations = new BotConversationsRepository(target.site);
    const byEmail = await conversations.getByEmail('JANA.NOVAKOVA@lipova.example');
    expect(byEmail).toMatchObject({ ...jana, email: 'jana.novakova@lipova.example' });
    expect((await conversations.getByObjectId(jana.userObjectId))?.itemId).toBe(byEmail?.itemId);
    expect(await conversations.getByEmail('nobody@lipova.example')).toBeNull();
  });

  it('follows the person to a new conversation (reinstall) without a second row', async () => {
    const conversations = new BotConversationsRepository(target.site);
    const moved = { ...jana, conversationId: 'a:1reinstalled', locale: 'en-US' };
    expect(await conversations.upsert(moved, new Date('2027-03-01T08:00:00Z'))).toBe('updated');
    const stored = await conversations.getByObjectId(jana.userObjectId);
    expect(stored).toMatchObject({ conversationId: 'a:1reinstalled', locale: 'en-US' });
    expect(stored?.updatedOn?.toISOString()).toBe('2027-03-01T08:00:00.000Z');
    expect(await conversations.all()).toHaveLength(1);
  });
});
