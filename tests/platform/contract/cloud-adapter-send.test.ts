import { afterEach, describe, expect, it } from '@jest/globals';
import { classifySendFailure, cloudAdapterSend, systemClock } from '@kvalita/bot';
import type { StoredBotConversation } from '@kvalita/sharepoint';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import { ConnectorStub, type ConnectorStubOptions } from '../../support/connector-stub';

let stub: ConnectorStub | null = null;
afterEach(async () => {
  await stub?.close();
  stub = null;
});

function conversation(serviceUrl: string, id: string): StoredBotConversation {
  return {
    itemId: 1,
    userObjectId: 'oid-1',
    displayName: 'Ing. Jana Nováková',
    email: 'jana.novakova@lipova.example',
    conversationId: id,
    channelUserId: '29:jana',
    serviceUrl,
    botId: '28:kvalita',
    tenantId: 'tenant',
    channelId: 'msteams',
    locale: 'cs-CZ',
    updatedOn: null,
  };
}

async function failureOf(options: Omit<ConnectorStubOptions, 'clock'>) {
  stub = await ConnectorStub.start({ clock: systemClock, ...options });
  // Local setup (no app id): botbuilder posts to the stored service URL without a token.
  const send = cloudAdapterSend(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), '');
  try {
    await send(conversation(stub.serviceUrl, 'a:1chat'), MessageFactory.text('Ahoj'));
    return null;
  } catch (error) {
    return classifySendFailure(error, Date.now());
  }
}

describe('the production sender (botbuilder CloudAdapter) against a Bot Connector', () => {
  it('delivers into the stored conversation', async () => {
    expect(await failureOf({ ratePerSecond: 50 })).toBeNull();
    expect(stub?.received.get('a:1chat')).toHaveLength(1);
  });

  it('surfaces 403 (app removed) as a permanent failure with the status', async () => {
    const failure = await failureOf({ ratePerSecond: 50, statusFor: () => 403 });
    expect(failure).toMatchObject({ kind: 'permanent' });
    expect(failure?.kind === 'permanent' && failure.reason).toMatch(/^Bot Connector 403/);
    expect(stub?.requests).toBe(1);
  });

  it('surfaces a 429 that outlasts botbuilder’s own retries with its Retry-After', async () => {
    const failure = await failureOf({ ratePerSecond: 50, injectThrottle: () => 0 });
    expect(failure).toEqual({ kind: 'throttled', retryAfterMs: 0 });
    // botbuilder's HTTP pipeline retries a 429 itself before giving up (4.23: the request and three
    // retries); the fan-out sees what is left and pauses everyone.
    expect(stub?.requests).toBeGreaterThan(1);
  });
});
