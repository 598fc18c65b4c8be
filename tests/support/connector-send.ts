import type { ProactiveSend } from '@kvalita/bot';

/**
 * The Bot Connector REST call CloudAdapter makes for a proactive message
 * (POST {serviceUrl}/v3/conversations/{id}/activities), without botbuilder's own retry policy: its
 * real-time Retry-After sleeps would hide the stub's 429s from the fan-out under test. Errors carry
 * the same shape botbuilder's RestError has (statusCode, response.headers).
 */
export function connectorRestSend(): ProactiveSend {
  return async (conversation, activity) => {
    const url = `${conversation.serviceUrl.replace(/\/$/, '')}/v3/conversations/${encodeURIComponent(conversation.conversationId)}/activities`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...activity,
        conversation: { id: conversation.conversationId },
        recipient: { id: conversation.channelUserId },
      }),
    });
    if (!response.ok) {
      throw Object.assign(new Error(`${response.status} ${await response.text()}`), {
        statusCode: response.status,
        response: { headers: response.headers },
      });
    }
  };
}
