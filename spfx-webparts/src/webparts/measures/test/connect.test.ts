import { connectMeasuresApi, type ClientConfigurations, type ServiceContext } from '../../../measures-host/connect';
import { registerReply } from './fixtures';

/** A web part context with a fake AadHttpClient factory and SharePoint's storage entities. */
function fakeContext(tenantProperties: Record<string, string>): {
  context: ServiceContext;
  audiences: string[];
  urls: string[];
} {
  const audiences: string[] = [];
  const urls: string[] = [];
  const context = {
    aadHttpClientFactory: {
      getClient: (audience: string) => {
        audiences.push(audience);
        return Promise.resolve({
          fetch: (url: string) => {
            urls.push(url);
            return Promise.resolve({ status: 200, text: () => Promise.resolve(JSON.stringify(registerReply([]))) });
          },
        });
      },
    },
    spHttpClient: {
      get: (url: string) => {
        const key = /GetStorageEntity\('([^']+)'\)/.exec(url)?.[1] ?? '';
        const value = tenantProperties[key];
        return Promise.resolve({ ok: true, json: () => Promise.resolve(value === undefined ? { 'odata.null': true } : { Value: value }) });
      },
    },
    pageContext: {
      web: { absoluteUrl: 'https://urad.sharepoint.com/sites/kvalita' },
      cultureInfo: { currentUICultureName: 'cs-CZ' },
    },
  } as unknown as ServiceContext;
  return { context, audiences, urls };
}

/** Stand-ins for AadHttpClient.configurations.v1 and SPHttpClient.configurations.v1. */
const configurations = { aad: 'aad-v1', sharePoint: 'sp-v1' } as unknown as ClientConfigurations;

describe('connecting the web parts to the service', () => {
  it('uses the web part properties: a token for the API app id URI, requests to the service URL', async () => {
    const { context, audiences, urls } = fakeContext({});
    const api = await connectMeasuresApi(context, { serviceUrl: 'https://kvalita.urad.example', apiAppIdUri: 'api://kvalita.urad.example/abc' }, configurations);

    await api?.listMeasures({});

    expect(audiences).toEqual(['api://kvalita.urad.example/abc']);
    expect(urls).toEqual(['https://kvalita.urad.example/api/measures']);
  });

  it('falls back to the tenant properties when the web part leaves them blank', async () => {
    const { context, audiences, urls } = fakeContext({
      KvalitaServiceUrl: 'https://tenant.kvalita.example',
      KvalitaApiAppIdUri: 'api://tenant.kvalita.example/xyz',
    });
    const api = await connectMeasuresApi(context, { serviceUrl: '', apiAppIdUri: ' ' }, configurations);

    await api?.listMeasures({});

    expect(audiences).toEqual(['api://tenant.kvalita.example/xyz']);
    expect(urls).toEqual(['https://tenant.kvalita.example/api/measures']);
  });

  it('is not connected while the service is not configured anywhere', async () => {
    const { context, audiences } = fakeContext({});
    expect(await connectMeasuresApi(context, {}, configurations)).toBeUndefined();
    expect(audiences).toEqual([]);
  });
});
