import { connectDocumentsApi } from '../../../documents-host/connect';
import { chosenKind, documentsPageSize } from '../../../documents-host/web-part-properties';
import { downloadName } from '../../../documents-ui/open-file';
import type { ClientConfigurations, ServiceContext } from '../../../measures-host/connect';
import { registerReply } from './fixtures';

/** A web part context with a fake AadHttpClient factory and SharePoint's storage entities. */
function fakeContext(tenantProperties: Record<string, string>): { context: ServiceContext; audiences: string[]; urls: string[] } {
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
      cultureInfo: { currentUICultureName: 'en-US' },
    },
  } as unknown as ServiceContext;
  return { context, audiences, urls };
}

const configurations = { aad: 'aad-v1', sharePoint: 'sp-v1' } as unknown as ClientConfigurations;

describe('connecting the documents web parts', () => {
  it('uses the same settings as the measures web parts: the tenant properties when its own are blank', async () => {
    const { context, audiences, urls } = fakeContext({
      KvalitaServiceUrl: 'https://tenant.kvalita.example',
      KvalitaApiAppIdUri: 'api://tenant.kvalita.example/xyz',
    });
    const api = await connectDocumentsApi(context, { serviceUrl: ' ', apiAppIdUri: '' }, configurations);

    await api?.listDocuments({ mine: true });

    expect(audiences).toEqual(['api://tenant.kvalita.example/xyz']);
    expect(urls).toEqual(['https://tenant.kvalita.example/api/documents?mine=true']);
  });

  it('is not connected while the service is not configured anywhere', async () => {
    const { context, audiences } = fakeContext({});
    expect(await connectDocumentsApi(context, {}, configurations)).toBeUndefined();
    expect(audiences).toEqual([]);
  });
});

describe('the documents web parts’ properties', () => {
  it('keeps the page size within the API’s limits', () => {
    expect(documentsPageSize(30)).toBe(30);
    expect(documentsPageSize(5000)).toBe(200);
    expect(documentsPageSize('x')).toBe(50);
    expect(documentsPageSize(0)).toBe(50);
  });

  it('starts with a known kind only', () => {
    expect(chosenKind('codeOfEthics')).toBe('codeOfEthics');
    expect(chosenKind('')).toBeUndefined();
    expect(chosenKind('memo')).toBeUndefined();
  });

  it('saves a version’s file under a name with its type’s extension', () => {
    expect(downloadName('SM-01.docx', 'application/octet-stream')).toBe('SM-01.docx');
    expect(downloadName('EK-01 1.0', 'application/pdf')).toBe('EK-01 1.0.pdf');
    expect(downloadName('EK-01 1.0', 'text/html')).toBe('EK-01 1.0');
  });
});
