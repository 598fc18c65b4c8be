import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '@kvalita/bot';

export interface ConnectorStubOptions {
  /** Whose time the limit is measured in: the fan-out's clock, real or virtual. */
  readonly clock: Clock;
  /** Accepted requests per sliding second before answering 429 (Teams: 50 per app per tenant). */
  readonly ratePerSecond: number;
  /** Retry-After (seconds) answered to the n-th request (1-based) on top of the rate limit, or null. */
  readonly injectThrottle?: (requestNumber: number) => number | null;
  /** A status to answer for a conversation instead of accepting the message (e.g. 403, 404). */
  readonly statusFor?: (conversationId: string) => number | null;
  /**
   * The roster Teams answers GET /v3/conversations/{id}/members/{userId} from (TeamsInfo.getMember):
   * the member with that channel user id, or null for 404. Without it the stub has no roster.
   */
  readonly member?: (userId: string) => RosterMember | null;
  /** Told of every message accepted, before its answer goes back (the crash bench kills a sender here). */
  readonly onAccepted?: (conversationId: string) => void;
}

/** A conversation member as the Bot Connector describes one (TeamsChannelAccount). */
export interface RosterMember {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
  readonly email: string;
  readonly userPrincipalName: string;
}

export interface ConnectorThrottle {
  readonly at: number;
  readonly retryAfterSeconds: number;
}

/**
 * A Bot Connector that behaves like Teams where a fan-out notices: it accepts
 * POST /v3/conversations/{id}/activities[/{replyToId}], enforces a requests-per-second limit with 429 +
 * Retry-After, and counts every request that came back before its Retry-After had passed. Given a
 * roster, it also answers the member lookups a turn makes (not counted against the limit).
 */
export class ConnectorStub {
  /** Messages accepted, by conversation id. */
  readonly received = new Map<string, unknown[]>();
  readonly throttles: ConnectorThrottle[] = [];
  /** Requests that arrived while a Retry-After was still running. */
  earlyRequests = 0;
  /** Requests over the rate limit (answered 429). */
  overLimit = 0;
  requests = 0;
  private accepted: number[] = [];
  private blockedUntil = 0;

  private constructor(
    private readonly server: Server,
    readonly serviceUrl: string,
    private readonly options: ConnectorStubOptions,
  ) {}

  static async start(options: ConnectorStubOptions): Promise<ConnectorStub> {
    let stub: ConnectorStub | null = null;
    const server = createServer((req, res) => {
      void (async () => {
        const body = await readBody(req);
        const answer = stub?.handle(req.method ?? '', req.url ?? '', body) ?? { status: 503, headers: {} };
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body ?? {}));
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    stub = new ConnectorStub(server, `http://127.0.0.1:${port}/`, options);
    return stub;
  }

  get duplicates(): number {
    return [...this.received.values()].reduce((sum, messages) => sum + Math.max(0, messages.length - 1), 0);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(
    method: string,
    url: string,
    body: string,
  ): { status: number; headers: Record<string, string>; body?: unknown } {
    const member = /^\/v3\/conversations\/[^/]+\/members\/([^/?]+)\/?$/.exec(url);
    if (method === 'GET' && member?.[1] && this.options.member) {
      const found = this.options.member(decodeURIComponent(member[1]));
      return found
        ? { status: 200, headers: {}, body: found }
        : { status: 404, headers: {}, body: { error: { code: 'MemberNotFoundInConversation' } } };
    }
    // SendToConversation, or ReplyToActivity (…/activities/{id}), which botbuilder uses in a continued turn.
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?\/?$/.exec(url);
    if (method !== 'POST' || !match?.[1]) return { status: 404, headers: {}, body: { url } };
    const conversationId = decodeURIComponent(match[1]);
    const now = this.options.clock.now();
    this.requests += 1;
    if (now < this.blockedUntil) {
      this.earlyRequests += 1;
      return this.throttle(now, Math.ceil((this.blockedUntil - now) / 1000));
    }
    const injected = this.options.injectThrottle?.(this.requests) ?? null;
    if (injected !== null) return this.throttle(now, injected);
    this.accepted = this.accepted.filter((at) => at > now - 1000);
    if (this.accepted.length >= this.options.ratePerSecond) {
      this.overLimit += 1;
      return this.throttle(now, 1);
    }
    const status = this.options.statusFor?.(conversationId) ?? null;
    if (status !== null)
      return { status, headers: {}, body: { error: { code: 'Forbidden', message: 'stub' } } };
    this.accepted.push(now);
    const messages = this.received.get(conversationId) ?? [];
    messages.push(JSON.parse(body) as unknown);
    this.received.set(conversationId, messages);
    this.options.onAccepted?.(conversationId);
    return { status: 201, headers: {}, body: { id: `${conversationId}-${messages.length}` } };
  }

  private throttle(now: number, seconds: number) {
    this.throttles.push({ at: now, retryAfterSeconds: seconds });
    this.blockedUntil = Math.max(this.blockedUntil, now + seconds * 1000);
    return {
      status: 429,
      headers: { 'retry-after': String(seconds) },
      body: { error: { code: 'TooManyRequests' } },
    };
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
