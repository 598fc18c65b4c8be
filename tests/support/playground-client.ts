import WebSocket from 'ws';

/** A message the bot sent, as Agents Playground streams it to its web client. */
export interface StreamedMessage {
  readonly messageId: string;
  readonly text?: string;
  readonly attachments?: readonly { contentType: string; content: Record<string, unknown> }[];
}

interface PlaygroundConfig {
  config: { currentUser: { id: string }; personalChat: { id: string } };
}

/**
 * Drives Microsoft 365 Agents Playground the way its web UI does: send as the user over its
 * conversation API, read the bot's replies from its WebSocket stream, submit cards.
 */
export class PlaygroundClient {
  private readonly received: StreamedMessage[] = [];
  private readonly waiters: (() => void)[] = [];

  private constructor(
    private readonly url: string,
    private readonly socket: WebSocket,
    readonly userId: string,
    readonly conversationId: string,
  ) {
    socket.on('message', (data: Buffer) => {
      const event = JSON.parse(data.toString()) as { action?: string; message?: StreamedMessage };
      if (event.action === 'createMessage' && event.message) {
        this.received.push(event.message);
        this.waiters.splice(0).forEach((wake) => wake());
      }
    });
  }

  static async connect(url: string): Promise<PlaygroundClient> {
    const config = (await (await fetch(`${url}/_internal/v1/config`)).json()) as PlaygroundConfig;
    const socket = new WebSocket(`${url.replace('http', 'ws')}/_ws_conversation/v1/conversations/stream`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new PlaygroundClient(url, socket, config.config.currentUser.id, config.config.personalChat.id);
  }

  async say(text: string): Promise<void> {
    const response = await fetch(
      `${this.url}/_conversation/v1/conversations/${encodeURIComponent(this.conversationId)}/messages`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: { id: this.userId }, text, textFormat: 'plain' }),
      },
    );
    if (!response.ok)
      throw new Error(`Playground refused the message: ${response.status} ${await response.text()}`);
  }

  /** Installs the app in the personal chat, as Teams does when a person adds it. */
  async install(): Promise<void> {
    const response = await fetch(
      `${this.url}/_debug/conversation/${encodeURIComponent(this.conversationId)}/installation`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
    );
    if (!response.ok) throw new Error(`Playground refused the installation: ${response.status}`);
  }

  /**
   * Presses an Action.Execute button of a card the bot sent (or lets Teams refresh it): the bot's
   * invoke answer comes back, with the card that now replaces the old one.
   */
  async execute(
    card: StreamedMessage,
    verb: string,
    data: Record<string, unknown>,
    trigger: 'manual' | 'automatic' = 'manual',
  ): Promise<{ type: string; value: Record<string, unknown> }> {
    const response = await fetch(`${this.url}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data }, trigger },
        from: { id: this.userId },
        conversation: { id: this.conversationId },
        replyToId: card.messageId,
      }),
    });
    if (!response.ok)
      throw new Error(`Playground refused the invoke: ${response.status} ${await response.text()}`);
    // The playground passes on the invoke response's type and value (not its statusCode).
    return (await response.json()) as { type: string; value: Record<string, unknown> };
  }

  /** Submits an Adaptive Card the bot sent, with the inputs a person filled in. */
  async submit(card: StreamedMessage, value: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${this.url}/_conversation/v1/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        conversation: { id: this.conversationId },
        from: { id: this.userId },
        replyToId: card.messageId,
        value,
      }),
    });
    if (!response.ok)
      throw new Error(`Playground refused the submit: ${response.status} ${await response.text()}`);
  }

  /** Waits for the next bot message after the ones already taken. */
  async nextMessage(timeoutMs = 15_000): Promise<StreamedMessage> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('The bot did not answer in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received.shift() as StreamedMessage;
  }

  close(): void {
    this.socket.close();
  }
}

export function cardOf(message: StreamedMessage): Record<string, unknown> {
  const attachment = message.attachments?.find(
    (item) => item.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  if (!attachment) throw new Error(`Expected an Adaptive Card, got: ${JSON.stringify(message)}`);
  return attachment.content;
}
