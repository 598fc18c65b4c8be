import { createAadDocumentsApi } from '../documents-api/aad-documents-api';
import type { DocumentsApi } from '../documents-api/documents-api';
import { connectService, type ClientConfigurations, type ServiceContext } from '../measures-host/connect';

/**
 * The documents API for a page in SharePoint: the same connection as the measures web parts
 * (web part or tenant properties, AadHttpClient with the signed-in user's Entra token).
 */
export async function connectDocumentsApi(
  context: ServiceContext,
  properties: { readonly serviceUrl?: string; readonly apiAppIdUri?: string },
  configurations: ClientConfigurations,
): Promise<DocumentsApi | undefined> {
  const connection = await connectService(context, properties, configurations);
  if (connection === undefined) return undefined;
  return createAadDocumentsApi({ ...connection, configuration: configurations.aad });
}
