import type { ApiClient, ApiClientOptions } from './api.types';
import { ApiError } from './apiError';
import { cafEndpoints } from './cafEndpoints';
import {
  parseCafModel,
  parseConfig,
  parseDemoPeople,
  parseDepartments,
  parseErrorBody,
  parseMe,
} from './parse';
import { surveyEndpoints } from './surveyEndpoints';

const statusCodes: Readonly<Record<number, ApiError['code']>> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
};

export interface RequestOptions<T> {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly withAuth?: boolean;
  readonly signal?: AbortSignal | undefined;
  /** Reads a successful answer; undefined = not the promised shape. */
  readonly read: (response: Response) => Promise<T | undefined>;
}

/** Sends one request to the service and returns its checked answer, or throws ApiError. */
export type Send = <T>(path: string, options: RequestOptions<T>) => Promise<T>;

/** The typed client for the app service's tab API. One instance per locale and identity. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  // Called unbound: window.fetch throws "Illegal invocation" when called as a method of another object.
  const fetchFn = options.fetch;

  const send: Send = async (path, request) => {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.locale };
    if (request.withAuth !== false) {
      const authorization = await authorize();
      if (authorization !== null) headers.Authorization = authorization;
    }
    const init: RequestInit = { headers, method: request.method ?? 'GET' };
    if (request.signal !== undefined) init.signal = request.signal;
    if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(request.body);
    }
    let response: Response;
    try {
      response = await fetchFn(new URL(path, options.baseUrl).toString(), init);
    } catch (error) {
      if (request.signal?.aborted) throw error;
      throw new ApiError('network', null);
    }
    if (!response.ok) {
      const serviceError = parseErrorBody(await readJson(response));
      const code = serviceError?.code ?? statusCodes[response.status] ?? 'internal';
      throw new ApiError(code, response.status, serviceError?.message ?? '');
    }
    const parsed = await request.read(response);
    if (parsed === undefined) throw new ApiError('invalidResponse', response.status);
    return parsed;
  };

  const get = <T>(
    path: string,
    parse: (body: unknown) => T | undefined,
    withAuth: boolean,
    signal?: AbortSignal,
  ) => send(path, { withAuth, signal, read: async (response) => parse(await readJson(response)) });

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
    getDepartments: (signal) => get('departments', parseDepartments, true, signal),
    getCafModel: (signal) =>
      get(`caf/model?locale=${encodeURIComponent(options.locale)}`, parseCafModel, true, signal),
    ...cafEndpoints(send),
    ...surveyEndpoints(send),
  };
}

export async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
