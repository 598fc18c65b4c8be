import { normalizeEmail } from '@kvalita/core';
import '../pnp-imports';
import { DuplicateValueError } from '../errors';
import { filterOn } from '../schema/filter';
import type { NewItemOf } from '../schema/items';
import { selectOf, type RowOf } from '../schema/select';
import { botConversationsList } from './lists/bot-conversations';
import type { SiteContext } from '../site-context';
import { pagesOf } from '../paging';

/** What the bot needs to write first in a person's personal chat (a Bot Framework conversation reference). */
export interface BotConversation {
  readonly userObjectId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly conversationId: string;
  readonly channelUserId: string;
  readonly serviceUrl: string;
  readonly botId: string | null;
  readonly tenantId: string | null;
  readonly channelId: string;
  readonly locale: string | null;
}

export interface StoredBotConversation extends BotConversation {
  readonly itemId: number;
  readonly updatedOn: Date | null;
}

export type UpsertOutcome = 'added' | 'updated' | 'unchanged';

const CONVERSATION = selectOf(
  botConversationsList,
  'Id',
  'Title',
  'UserObjectId',
  'Email',
  'ConversationId',
  'ChannelUserId',
  'ServiceUrl',
  'BotId',
  'TenantId',
  'ChannelId',
  'Locale',
  'UpdatedOn',
);
type ConversationRow = RowOf<typeof CONVERSATION>;
type ConversationValues = NewItemOf<typeof botConversationsList>;
const where = filterOn(botConversationsList);

/** One row per person (unique UserObjectId): a retry or two turns racing end in one row. */
export class BotConversationsRepository {
  constructor(private readonly site: SiteContext) {}

  async getByObjectId(userObjectId: string): Promise<StoredBotConversation | null> {
    return this.first(where('UserObjectId', 'eq', userObjectId));
  }

  async getByEmail(email: string): Promise<StoredBotConversation | null> {
    return this.first(where('Email', 'eq', normalizeEmail(email)));
  }

  /** Every stored conversation, paged by ID (the list may outgrow the list view threshold). */
  async all(): Promise<StoredBotConversation[]> {
    const list = await this.site.list(botConversationsList);
    const all: StoredBotConversation[] = [];
    const query = CONVERSATION.applyTo(list.items).orderBy('Id', true);
    for await (const page of pagesOf<ConversationRow>(query, 5000)) all.push(...page.map(toConversation));
    return all;
  }

  /**
   * Adds the person's conversation or brings it up to date. A write happens only when something
   * changed, since the bot calls this on every personal-chat turn. When a concurrent turn added the
   * row first, the unique column refuses the second add and this updates the winner's row instead.
   */
  async upsert(input: BotConversation, at: Date): Promise<UpsertOutcome> {
    const conversation = { ...input, email: input.email === null ? null : normalizeEmail(input.email) };
    const values = toValues(conversation, at);
    const existing = await this.getByObjectId(conversation.userObjectId);
    if (existing) return this.update(existing, conversation, values);
    const list = await this.site.list(botConversationsList);
    try {
      await list.items.add(values);
      return 'added';
    } catch (error) {
      if (!(error instanceof DuplicateValueError)) throw error;
      const winner = await this.getByObjectId(conversation.userObjectId);
      if (!winner) throw error;
      return this.update(winner, conversation, values);
    }
  }

  private async update(
    existing: StoredBotConversation,
    conversation: BotConversation,
    values: ConversationValues,
  ): Promise<UpsertOutcome> {
    if (sameConversation(existing, conversation)) return 'unchanged';
    const list = await this.site.list(botConversationsList);
    // Last writer wins: both writers hold a reference Teams gave them moments ago.
    await list.items.getById(existing.itemId).update(values);
    return 'updated';
  }

  private async first(filter: string): Promise<StoredBotConversation | null> {
    const list = await this.site.list(botConversationsList);
    const items = await CONVERSATION.applyTo(list.items).filter(filter).orderBy('Id', true).top(1)<
      ConversationRow[]
    >();
    const item = items[0];
    return item ? toConversation(item) : null;
  }
}

function sameConversation(a: BotConversation, b: BotConversation): boolean {
  const keys: (keyof BotConversation)[] = [
    'displayName',
    'email',
    'conversationId',
    'channelUserId',
    'serviceUrl',
    'botId',
    'tenantId',
    'channelId',
    'locale',
  ];
  return keys.every((key) => a[key] === b[key]);
}

function toValues(conversation: BotConversation, at: Date): ConversationValues {
  return {
    Title: conversation.displayName.slice(0, 255),
    UserObjectId: conversation.userObjectId,
    Email: conversation.email,
    ConversationId: conversation.conversationId,
    ChannelUserId: conversation.channelUserId,
    ServiceUrl: conversation.serviceUrl,
    BotId: conversation.botId,
    TenantId: conversation.tenantId,
    ChannelId: conversation.channelId,
    Locale: conversation.locale,
    UpdatedOn: at.toISOString(),
  };
}

function toConversation(item: ConversationRow): StoredBotConversation {
  return {
    itemId: item.Id,
    userObjectId: item.UserObjectId ?? '',
    displayName: item.Title ?? '',
    email: item.Email ?? null,
    conversationId: item.ConversationId ?? '',
    channelUserId: item.ChannelUserId ?? '',
    serviceUrl: item.ServiceUrl ?? '',
    botId: item.BotId ?? null,
    tenantId: item.TenantId ?? null,
    channelId: item.ChannelId ?? 'msteams',
    locale: item.Locale ?? null,
    updatedOn: item.UpdatedOn ? new Date(item.UpdatedOn) : null,
  };
}
