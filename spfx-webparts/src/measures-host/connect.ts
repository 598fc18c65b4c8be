import type {
  AadHttpClient,
  AadHttpClientConfiguration,
  AadHttpClientFactory,
  SPHttpClient,
  SPHttpClientConfiguration,
} from '@microsoft/sp-http';

import { createAadMeasuresApi } from '../measures-api/aad-measures-api';
import type { MeasuresApi } from '../measures-api/measures-api';
import { resolveServiceSettings, storageEntityReader } from './service-settings';

/** What both web parts' contexts offer for reaching the service. */
export interface ServiceContext {
  readonly aadHttpClientFactory: Pick<AadHttpClientFactory, 'getClient'>;
  readonly spHttpClient: Pick<SPHttpClient, 'get'>;
  readonly pageContext: {
    readonly web: { readonly absoluteUrl: string };
    readonly cultureInfo: { readonly currentUICultureName: string };
  };
}

/** The clients' configurations (AadHttpClient.configurations.v1, SPHttpClient.configurations.v1). */
export interface ClientConfigurations {
  readonly aad: AadHttpClientConfiguration;
  readonly sharePoint: SPHttpClientConfiguration;
}

/** The signed-in user's AadHttpClient for the service's API, and where the service is. */
export interface ServiceConnection {
  readonly client: AadHttpClient;
  readonly serviceUrl: string;
  readonly language: string;
}

/**
 * The web part's (else the tenant's) service settings and an AadHttpClient for the API's app id
 * URI: it adds the signed-in user's Entra token. Undefined when the service is not configured yet.
 */
export async function connectService(
  context: ServiceContext,
  properties: { readonly serviceUrl?: string; readonly apiAppIdUri?: string },
  configurations: ClientConfigurations,
): Promise<ServiceConnection | undefined> {
  const settings = await resolveServiceSettings(
    properties,
    storageEntityReader(context.pageContext.web.absoluteUrl, (url) =>
      context.spHttpClient.get(url, configurations.sharePoint),
    ),
  );
  if (settings === undefined) return undefined;
  const client = await context.aadHttpClientFactory.getClient(settings.apiAppIdUri);
  return { client, serviceUrl: settings.serviceUrl, language: context.pageContext.cultureInfo.currentUICultureName };
}

/**
 * The measures API for a page in SharePoint: AadHttpClient with the signed-in user's Entra token
 * for the API's app id URI. Undefined when the service is not configured yet.
 */
export async function connectMeasuresApi(
  context: ServiceContext,
  properties: { readonly serviceUrl?: string; readonly apiAppIdUri?: string },
  configurations: ClientConfigurations,
): Promise<MeasuresApi | undefined> {
  const connection = await connectService(context, properties, configurations);
  if (connection === undefined) return undefined;
  return createAadMeasuresApi({ ...connection, configuration: configurations.aad });
}
