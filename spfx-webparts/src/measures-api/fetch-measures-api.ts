import { createMeasuresApi, readJsonBody, type MeasuresApi, type SendJson } from './measures-api';

export interface FetchMeasuresApiOptions {
  /** The service's origin ('' for the page's own). */
  readonly baseUrl: string;
  /** The Authorization header for the next request (the local page: `Demo <email>`). */
  readonly authorization: () => string;
  readonly language: string;
  readonly fetch?: typeof fetch;
}

/** One JSON request over the browser's fetch (the local page); shared by the measures and documents parts. */
export function createFetchSendJson(options: FetchMeasuresApiOptions): SendJson {
  const send = options.fetch ?? ((input: RequestInfo, init?: RequestInit) => fetch(input, init));
  return async (method, path, body) => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.language,
      Authorization: options.authorization(),
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await send(`${options.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await readJsonBody(response) };
  };
}

/** The API over the browser's fetch: the local page, signed in as a demo person. */
export function createFetchMeasuresApi(options: FetchMeasuresApiOptions): MeasuresApi {
  return createMeasuresApi(createFetchSendJson(options));
}
