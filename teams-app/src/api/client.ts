import type { ApiClient, ApiClientOptions } from './api.types';
import { ApiError } from './apiError';
import { parseCafModel, parseConfig, parseDemoPeople, parseErrorBody, parseMe } from './parse';

const statusCodes: Readonly<Record<number, ApiError['code']>> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
};

/** The typed client for the app service's tab API. One instance per locale and identity. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  // Called unbound: window.fetch throws "Illegal invocation" when called as a method of another object.
  const send = options.fetch;

  async function get<T>(
    path: string,
    parse: (body: unknown) => T | undefined,
    withAuth: boolean,
    signal?: AbortSignal,
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.locale };
    if (withAuth) {
      const authorization = await authorize();
      if (authorization !== null) headers.Authorization = authorization;
    }
    let response: Response;
    try {
      response = await send(new URL(path, options.baseUrl).toString(), { headers, signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError('network', null);
    }
    const body = await readJson(response);
    if (!response.ok) {
      const serviceError = parseErrorBody(body);
      const code = serviceError?.code ?? statusCodes[response.status] ?? 'internal';
      throw new ApiError(code, response.status, serviceError?.message ?? '');
    }
    const parsed = parse(body);
    if (parsed === undefined) throw new ApiError('invalidResponse', response.status);
    return parsed;
  }

  async function authorize(): Promise<string | null> {
    try {
      return await options.authorize();
    } catch {
      // No token (e.g. the user dismissed the Teams consent prompt): the same as a rejected sign-in.
      throw new ApiError('unauthorized', null);
    }
  }

  return {
    getConfig: (signal) => get('config', parseConfig, false, signal),
    getDemoPeople: (signal) => get('demo/people', parseDemoPeople, false, signal),
    getMe: (signal) => get('me', parseMe, true, signal),
    getCafModel: (signal) =>
      get(`caf/model?locale=${encodeURIComponent(options.locale)}`, parseCafModel, true, signal),
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
