import type { ApiClient, ApiClientOptions } from './api.types';
import { ApiError } from './api-error';
import { cafEndpoints } from '../../caf/api/caf-endpoints';
import { lazyReplies, readJson, readWith, replyOf, type ReadReply, type ReplyReader } from './read-reply';
import { startReplies } from './start-replies';
import type * as ReplySchemas from './reply-schemas';
import { surveyEndpoints } from '../../surveys/api/survey-endpoints';
import { measureEndpoints } from '../../measures/api/measure-endpoints';
import { documentEndpoints } from '../../documents/api/document-endpoints';
import { feedbackEndpoints } from '../../feedback/api/feedback-endpoints';
import { mysteryEndpoints } from '../../mystery/api/mystery-endpoints';
import { openDataEndpoints } from '../../opendata/api/opendata-endpoints';
import { sendWithProgress, type AnswerLike, type UploadBody } from './upload-transport';

const statusCodes: Readonly<Record<number, ApiError['code']>> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  503: 'unavailable',
};

export interface RequestOptions<T> {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly withAuth?: boolean;
  readonly signal?: AbortSignal | undefined;
  /** A file as the body (its own Content-Type), sent with progress instead of a JSON body. */
  readonly upload?: UploadBody;
  /** Reads a successful answer; undefined = not the promised shape. */
  readonly read: ReadReply<T>;
}

/** Sends one request to the service and returns its checked answer, or throws ApiError. */
export type Send = <T>(path: string, options: RequestOptions<T>) => Promise<T>;

/** Reads a platform or CAF answer with its contract schema (replySchemas.ts). */
export type ReadWith = ReplyReader<typeof ReplySchemas>;

/** The typed client for the app service's tab API. One instance per locale and identity. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  // Called unbound: window.fetch throws "Illegal invocation" when called as a method of another object.
  const fetchFn = options.fetch;
  // The reply schemas (and zod/mini) come with the first request beyond the first page's
  // (startReplies), not with the tab's start.
  const replies = lazyReplies(() => import('./reply-schemas'));
  const json: ReadWith = replies.read;

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
    const url = new URL(path, options.baseUrl).toString();
    let response: Response;
    try {
      if (request.upload === undefined) response = await fetchFn(url, init);
      else {
        headers['Content-Type'] = request.upload.file.type || 'application/octet-stream';
        Object.assign(headers, request.upload.headers);
        const answer: AnswerLike = await sendWithProgress(
          url,
          init.method ?? 'PUT',
          headers,
          request.upload,
          request.signal,
        );
        // The readers take only what AnswerLike has (ok, status, json), as with the tests' fake fetch.
        response = answer as Response;
      }
    } catch (error) {
      if (request.signal?.aborted) throw error;
      throw new ApiError('network', null);
    }
    if (!response.ok) {
      const body = await readJson(response);
      const serviceError = replyOf((await replies.schemas()).errorReplySchema, body)?.error;
      const code = serviceError?.code ?? statusCodes[response.status] ?? 'internal';
      throw new ApiError(code, response.status, serviceError?.message ?? '', serviceError?.reason ?? null);
    }
    const parsed = await request.read(response);
    if (parsed === undefined) throw new ApiError('invalidResponse', response.status);
    return parsed;
  };

  async function authorize(): Promise<string | null> {
    try {
      return await options.authorize();
    } catch {
      // No token (e.g. the user dismissed the Teams consent prompt): the same as a rejected sign-in.
      throw new ApiError('unauthorized', null);
    }
  }

  return {
    getConfig: (signal) =>
      send('config', { withAuth: false, signal, read: readWith(startReplies.serviceConfig) }),
    getDemoPeople: (signal) =>
      send('demo/people', { withAuth: false, signal, read: readWith(startReplies.demoPeople) }).then(
        (reply) => reply.people,
      ),
    getMe: (signal) => send('me', { signal, read: readWith(startReplies.me) }),
    getDepartments: (signal) =>
      send('departments', { signal, read: json((s) => s.departmentsReplySchema) }).then(
        (reply) => reply.departments,
      ),
    getCafModel: (signal) =>
      send(`caf/model?locale=${encodeURIComponent(options.locale)}`, {
        signal,
        read: readWith(startReplies.cafModel),
      }),
    searchPeople: (text, top, signal) =>
      send(`people?search=${encodeURIComponent(text)}&top=${top}`, {
        signal,
        read: json((s) => s.peopleSearchReplySchema),
      }).then((reply) => reply.people),
    ...cafEndpoints(send, json),
    ...surveyEndpoints(send),
    ...measureEndpoints(send),
    ...documentEndpoints(send),
    ...feedbackEndpoints(send),
    ...mysteryEndpoints(send),
    ...openDataEndpoints(send),
  };
}
