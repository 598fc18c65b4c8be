import { createAadSendJson, normalizeServiceUrl, type AadMeasuresApiOptions } from '../measures-api/aad-measures-api';
import { statusError } from '../measures-api/measures-api';
import { createDocumentsApi, type DocumentsApi } from './documents-api';

/** AadHttpClient's response also gives the body as a Blob (a version's file). */
export interface AadFileClientLike<TConfiguration> {
  fetch(
    url: string,
    configuration: TConfiguration,
    options: { method: string; headers: Record<string, string>; body?: string },
  ): Promise<{ status: number; text(): Promise<string>; blob(): Promise<Blob> }>;
}

export interface AadDocumentsApiOptions<TConfiguration> extends Omit<AadMeasuresApiOptions<TConfiguration>, 'client'> {
  readonly client: AadFileClientLike<TConfiguration>;
}

/**
 * The documents API in SharePoint: AadHttpClient calls the service with the user's Entra token, so
 * the service applies the signed-in person's rights to every document, version and file.
 */
export function createAadDocumentsApi<TConfiguration>(options: AadDocumentsApiOptions<TConfiguration>): DocumentsApi {
  const base = normalizeServiceUrl(options.serviceUrl);
  return createDocumentsApi(createAadSendJson(options), async (path) => {
    const response = await options.client.fetch(`${base}${path}`, options.configuration, {
      method: 'GET',
      headers: { 'Accept-Language': options.language },
    });
    if (response.status < 200 || response.status >= 300) throw statusError(response.status);
    return response.blob();
  });
}
