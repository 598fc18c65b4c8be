import { createServer, type IncomingMessage, type Server } from 'node:http';

/** Where the language tag sits in a Teams activity: its `locale` and its `clientInfo` entity's. */
export function withTeamsLanguage(activity: unknown, tag: string): unknown {
  if (typeof activity !== 'object' || activity === null || Array.isArray(activity)) return activity;
  const record = activity as Record<string, unknown>;
  const entities = Array.isArray(record['entities'])
    ? record['entities'].map((entity: unknown) =>
        typeof entity === 'object' && entity !== null && (entity as { type?: unknown }).type === 'clientInfo'
          ? { ...entity, locale: tag }
          : entity,
      )
    : record['entities'];
  return { ...record, locale: tag, ...(entities === undefined ? {} : { entities }) };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export interface TeamsLanguageRelay {
  /** The endpoint to give Agents Playground instead of the bot's own. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Agents Playground always sends an English (en-US) Teams client's activities. The local demo is a
 * Czech office, so this relay on loopback passes each activity on to the bot as a Teams client in
 * the given language sends it (`locale` and the `clientInfo` entity), and the bot's answer back
 * unchanged; everything else of the activity stays as the playground made it.
 */
export async function startTeamsLanguageRelay(botEndpoint: string, tag: string): Promise<TeamsLanguageRelay> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      try {
        const raw = await readBody(request);
        let body: string | Buffer = raw;
        if ((request.headers['content-type'] ?? '').includes('json') && raw.length > 0)
          body = JSON.stringify(withTeamsLanguage(JSON.parse(raw.toString('utf8')) as unknown, tag));
        const headers: Record<string, string> = {};
        for (const name of ['content-type', 'authorization'])
          if (typeof request.headers[name] === 'string') headers[name] = request.headers[name];
        const answer = await fetch(botEndpoint, {
          method: request.method ?? 'POST',
          headers,
          ...(request.method === 'GET' || request.method === 'HEAD' ? {} : { body }),
        });
        const text = Buffer.from(await answer.arrayBuffer());
        response.writeHead(answer.status, {
          'content-type': answer.headers.get('content-type') ?? 'application/json',
        });
        response.end(text);
      } catch (error) {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`relay to the bot failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
