import { createAadDocumentsApi, type AadFileClientLike } from '../../../documents-api/aad-documents-api';
import { documentFilterQuery } from '../../../documents-api/documents-api';
import { isMeasuresApiError } from '../../../measures-api/measures-api';
import { detailReply, documentSummary, registerReply } from './fixtures';

interface SentRequest {
  url: string;
  configuration: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Stands in for SPFx's AadHttpClient: records what the web part sends and answers as the service would. */
function fakeAadClient(answer: (request: SentRequest) => { status: number; body: unknown }): {
  client: AadFileClientLike<string>;
  sent: SentRequest[];
} {
  const sent: SentRequest[] = [];
  return {
    sent,
    client: {
      fetch: (url, configuration, options) => {
        const request: SentRequest = {
          url,
          configuration,
          method: options.method,
          headers: options.headers,
          body: options.body === undefined ? undefined : JSON.parse(options.body),
        };
        sent.push(request);
        const reply = answer(request);
        const text = typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body);
        return Promise.resolve({
          status: reply.status,
          text: () => Promise.resolve(text),
          blob: () => Promise.resolve(new Blob([text], { type: 'application/pdf' })),
        });
      },
    },
  };
}

const options = { configuration: 'aad-v1', serviceUrl: 'https://kvalita.urad.example/', language: 'cs-CZ' };

describe('the documents API over AadHttpClient', () => {
  it('reads the register with the filter in the query and the page language', async () => {
    const { client, sent } = fakeAadClient(() => ({ status: 200, body: registerReply([documentSummary()]) }));
    const api = createAadDocumentsApi({ ...options, client });

    const reply = await api.listDocuments({ status: ['effective'], kind: 'standard', search: 'klient', pageSize: 25 });

    expect(reply.items.map((item) => item.code)).toEqual(['SM-01']);
    expect(sent[0]?.url).toBe('https://kvalita.urad.example/api/documents?status=effective&kind=standard&search=klient&pageSize=25');
    expect(sent[0]?.configuration).toBe('aad-v1');
    expect(sent[0]?.headers['Accept-Language']).toBe('cs-CZ');
  });

  it('posts the decisions to their endpoints with their bodies', async () => {
    const { client, sent } = fakeAadClient(() => ({ status: 200, body: detailReply() }));
    const api = createAadDocumentsApi({ ...options, client });

    await api.acknowledge(3, { versionLabel: '1.0' });
    await api.approve(2, { etag: '"1"', versionLabel: '1.2', comment: '', effectiveFrom: null, issuingResolution: null });
    await api.returnDraft(2, { etag: '"1"', versionLabel: '1.2', comment: 'Doplnit' });
    await api.review(4, { etag: '"4"', outcome: 'revise', note: 'Nový zákon' });
    await api.comment(2, { versionLabel: '1.2', text: 'Chybí lhůta' });
    await api.myAcknowledgements().catch(() => undefined);

    expect(sent.map((request) => `${request.method} ${request.url.replace('https://kvalita.urad.example', '')}`)).toEqual([
      'POST /api/documents/3/acknowledge',
      'POST /api/documents/2/approve',
      'POST /api/documents/2/return',
      'POST /api/documents/4/review',
      'POST /api/documents/2/comments',
      'GET /api/documents/acknowledgements/mine',
    ]);
    expect(sent[2]?.body).toEqual({ etag: '"1"', versionLabel: '1.2', comment: 'Doplnit' });
    expect(sent[0]?.headers['Content-Type']).toBe('application/json');
  });

  it('turns the service’s refusal into an error with its code and sentence', async () => {
    const { client } = fakeAadClient(() => ({
      status: 409,
      body: { error: { code: 'conflict', message: 'Tuto verzi už nahradila novější.' } },
    }));
    const api = createAadDocumentsApi({ ...options, client });

    const error: unknown = await api.acknowledge(3, { versionLabel: '1.0' }).catch((failure: unknown) => failure);
    expect(isMeasuresApiError(error) && error.code).toBe('conflict');
    expect((error as Error).message).toBe('Tuto verzi už nahradila novější.');
  });

  it('refuses a reply that is not the contract’s shape instead of drawing half a list', async () => {
    const { client } = fakeAadClient(() => ({ status: 200, body: '<html>sign in</html>' }));
    const api = createAadDocumentsApi({ ...options, client });
    await expect(api.listDocuments({})).rejects.toThrow('unexpected shape');
  });

  it('downloads a version’s file from the connected service, whatever origin its address names', async () => {
    const { client, sent } = fakeAadClient(() => ({ status: 200, body: 'PDF' }));
    const api = createAadDocumentsApi({ ...options, client });

    const blob = await api.downloadFile('http://127.0.0.1:3978/api/documents/1/versions/2.0/content?x=1');
    expect(blob.type).toBe('application/pdf');
    expect(sent[0]?.url).toBe('https://kvalita.urad.example/api/documents/1/versions/2.0/content?x=1');

    const failing = createAadDocumentsApi({ ...options, client: fakeAadClient(() => ({ status: 403, body: undefined })).client });
    const error: unknown = await failing.downloadFile('/api/documents/1/versions/2.0/content').catch((failure: unknown) => failure);
    expect(isMeasuresApiError(error) && error.status).toBe(403);
  });

  it('writes no empty filter into the query', () => {
    expect(documentFilterQuery({ status: [], search: '', mine: false })).toBe('');
    expect(documentFilterQuery({ mine: true, status: ['draft', 'inReview'] })).toBe('?mine=true&status=draft%2CinReview');
  });
});
