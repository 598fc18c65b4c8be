import {
  BotAdapter,
  FeedbackChat,
  KvalitaBot,
  RateLimiter,
  TrustedServiceUrls,
  botEndpoint,
  cloudAdapterSend,
  feedbackCardActions,
  noFeedbackLinks,
  systemClock,
} from '@kvalita/bot';
import type { BotConversation, StoredBotConversation } from '@kvalita/sharepoint';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sharePointConversationRecorder } from '../../../bot/src/platform/chat/conversation-recorder';
import { directoryRespondentResolver } from '../../../bot/src/platform/chat/respondent';
import { errorHandler } from '../../../bot/src/platform/http/error-handler';
import type { SurveyAnswering } from '../../../bot/src/surveys/answering/survey-answering';
import { MemoryFeedbackDeliveries } from '../../../bot/test/feedback/memory-feedback-deliveries';
import type { MemoryFeedbackOffice } from '../../../bot/test/feedback/memory-feedback-office';

export interface FeedbackChatServer {
  readonly url: string;
  readonly chat: FeedbackChat;
  readonly deliveries: MemoryFeedbackDeliveries;
  trust(serviceUrl: string): void;
  stop(): Promise<void>;
}

/**
 * The app service's chat for 360 feedback alone, as the composition root wires it: the bot on
 * /api/messages (local mode: only a trusted Agents Playground may talk to it), its card actions
 * over a stand-in of the feedback service, the chat's fan-out sending proactively through the
 * Bot Connector the playground emulates, conversation references kept in memory.
 */
export async function startFeedbackChatServer(office: MemoryFeedbackOffice): Promise<FeedbackChatServer> {
  const log = (line: string) => {
    if (process.env['KVALITA_TEST_LOG']) console.log(line);
  };
  const conversations = new Map<string, StoredBotConversation>();
  const store = {
    upsert: async (conversation: BotConversation) => {
      const known = conversations.get(conversation.userObjectId);
      conversations.set(conversation.userObjectId, {
        ...conversation,
        itemId: known?.itemId ?? conversations.size + 1,
        updatedOn: new Date(),
      });
      return known ? ('updated' as const) : ('added' as const);
    },
  };
  const adapter = new BotAdapter(
    { appId: '', appPassword: '', tenantId: '', appType: 'MultiTenant' },
    10_000,
  );
  adapter.onTurnError = async (_context, error) => log(`bot turn failed: ${String(error)}`);
  const deliveries = new MemoryFeedbackDeliveries();
  const actorOf = async (email: string) =>
    office.people.has(email.toLowerCase()) ? office.actor(email) : null;
  const chat = new FeedbackChat({
    deliveries,
    cycles: office.cyclesStore,
    models: office.modelsStore,
    subjects: office.subjectsStore,
    nominations: office.nominationsStore,
    service: office,
    actorOf,
    progress: office.progress,
    conversations: { all: async () => [...conversations.values()] },
    send: cloudAdapterSend(adapter, ''),
    links: noFeedbackLinks,
    limiter: new RateLimiter(systemClock),
    clock: systemClock,
    random: Math.random,
    now: () => new Date(),
    log,
    sendFromHour: 0,
  });
  office.notifier = chat.notifier;
  const bot = new KvalitaBot({
    answering: { openFor: async () => [] } as unknown as SurveyAnswering,
    respondent: directoryRespondentResolver({ findByEmail: async () => null }, log),
    recordConversation: sharePointConversationRecorder(store, () => new Date(), log),
    feedbackCards: feedbackCardActions({
      service: office,
      cycles: office.cyclesStore,
      models: office.modelsStore,
      actorOf,
      links: noFeedbackLinks,
      log,
    }),
    log,
  });
  const trusted = new TrustedServiceUrls();
  const app = express();
  app.post(
    '/api/messages',
    express.json({ limit: '256kb' }),
    botEndpoint(adapter, bot, { acceptServiceUrl: (url) => trusted.allows(url) }),
  );
  app.use(errorHandler(log));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    chat,
    deliveries,
    trust: (serviceUrl) => trusted.add(serviceUrl),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
