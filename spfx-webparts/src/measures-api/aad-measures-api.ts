import { createMeasuresApi, readJsonBody, type MeasuresApi, type SendJson } from './measures-api';

/**
 * The part of SPFx's AadHttpClient (@microsoft/sp-http) the API needs: `fetch` with the client's
 * configuration. The client adds the signed-in user's Entra token for the API's app id URI.
 */
export interface AadClientLike<TConfiguration> {
  fetch(
    url: string,
    configuration: TConfiguration,
    options: { method: string; headers: Record<string, string>; body?: string },
  ): Promise<{ status: number; text(): Promise<string> }>;
}

export interface AadMeasuresApiOptions<TConfiguration> {
  readonly client: AadClientLike<TConfiguration>;
  /** AadHttpClient.configurations.v1 */
  readonly configuration: TConfiguration;
  /** The app service's address (web part or tenant property), e.g. https://kvalita.example.cz */
  readonly serviceUrl: string;
  /** The page's language, so refusals come back as sentences the reader understands. */
  readonly language: string;
}

/** The service URL without a trailing slash; only https (or loopback http) is accepted. */
export function normalizeServiceUrl(serviceUrl: string): string {
  const trimmed = serviceUrl.trim().replace(/\/+$/, '');
  const url = new URL(trimmed);
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
    throw new Error(`The service URL must use https: ${trimmed}`);
  }
  return trimmed;
}

/**
 * One JSON request to the service through AadHttpClient with the user's Entra token; shared by the
 * measures and the documents web parts.
 */
export function createAadSendJson<TConfiguration>(options: AadMeasuresApiOptions<TConfiguration>): SendJson {
  const base = normalizeServiceUrl(options.serviceUrl);
  return async (method, path, body) => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.language,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await options.client.fetch(`${base}${path}`, options.configuration, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await readJsonBody(response) };
  };
}

/** The API in SharePoint: AadHttpClient calls the service with the user's Entra token. */
export function createAadMeasuresApi<TConfiguration>(options: AadMeasuresApiOptions<TConfiguration>): MeasuresApi {
  return createMeasuresApi(createAadSendJson(options));
}
