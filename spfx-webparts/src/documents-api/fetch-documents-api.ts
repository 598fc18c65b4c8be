import { createFetchSendJson, type FetchMeasuresApiOptions } from '../measures-api/fetch-measures-api';
import { statusError } from '../measures-api/measures-api';
import { createDocumentsApi, type DocumentsApi } from './documents-api';

/** The documents API over the browser's fetch: the local page, signed in as a demo person. */
export function createFetchDocumentsApi(options: FetchMeasuresApiOptions): DocumentsApi {
  const send = options.fetch ?? ((input: RequestInfo, init?: RequestInit) => fetch(input, init));
  return createDocumentsApi(createFetchSendJson(options), async (path) => {
    const response = await send(`${options.baseUrl}${path}`, {
      method: 'GET',
      headers: { 'Accept-Language': options.language, Authorization: options.authorization() },
    });
    if (!response.ok) throw statusError(response.status);
    return response.blob();
  });
}
