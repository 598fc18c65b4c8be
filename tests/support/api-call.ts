import { expectContractReply } from './contract-reply';

export interface ApiReply {
  readonly status: number;
  readonly body: Record<string, unknown> | null;
}

/**
 * One call to a feature's API as a signed-in demo person (local mode's `Authorization: Demo`),
 * its reply read as JSON and checked against the contract (`expectContractReply`).
 */
export async function callApi(
  serviceUrl: string,
  feature: 'caf' | 'surveys' | 'mystery' | 'opendata',
  request: { method: string; path: string; who: string; body?: unknown; language?: string },
): Promise<ApiReply> {
  const { method, path, who, body, language = 'en' } = request;
  const response = await fetch(`${serviceUrl}/api/${feature}${path}`, {
    method,
    headers: {
      Authorization: `Demo ${who}@lipova.example`,
      'content-type': 'application/json',
      'accept-language': language,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const reply = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  expectContractReply(method, new URL(response.url).pathname, response.status, reply);
  return { status: response.status, body: reply };
}
