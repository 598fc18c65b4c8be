/** Where the web parts find the app service: the web part's own properties, else the tenant's. */
export interface ServiceSettings {
  readonly serviceUrl: string;
  /** The API's Application ID URI in Entra ID (api://<host>/<client id>), the token's audience. */
  readonly apiAppIdUri: string;
}

/** Tenant properties (app catalog storage entities) an administrator sets once for every page. */
export const TENANT_PROPERTY_KEYS = {
  serviceUrl: 'KvalitaServiceUrl',
  apiAppIdUri: 'KvalitaApiAppIdUri',
} as const;

/** Reads one storage entity; undefined when it is not set or cannot be read. */
export type ReadTenantProperty = (key: string) => Promise<string | undefined>;

/**
 * The web part's properties win; a blank one falls back to the tenant property. Undefined when either
 * is still missing (the web part then says it is not connected yet).
 */
export async function resolveServiceSettings(
  properties: { readonly serviceUrl?: string; readonly apiAppIdUri?: string },
  readTenantProperty: ReadTenantProperty,
): Promise<ServiceSettings | undefined> {
  const own = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);
  const serviceUrl = own(properties.serviceUrl) ?? (await readTenantProperty(TENANT_PROPERTY_KEYS.serviceUrl));
  const apiAppIdUri = own(properties.apiAppIdUri) ?? (await readTenantProperty(TENANT_PROPERTY_KEYS.apiAppIdUri));
  return serviceUrl && apiAppIdUri ? { serviceUrl, apiAppIdUri } : undefined;
}

/** GET <site>/_api/web/GetStorageEntity('<key>') through any fetch-like SharePoint client. */
export function storageEntityReader(
  siteUrl: string,
  get: (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>,
): ReadTenantProperty {
  return async (key) => {
    try {
      const response = await get(`${siteUrl.replace(/\/+$/, '')}/_api/web/GetStorageEntity('${encodeURIComponent(key)}')`);
      if (!response.ok) return undefined;
      const body = (await response.json()) as { Value?: unknown } | null;
      return typeof body?.Value === 'string' && body.Value.trim() !== '' ? body.Value.trim() : undefined;
    } catch {
      return undefined;
    }
  };
}
