import type { ErrorReply } from '@kvalita/core';

import { createAadMeasuresApi, type AadClientLike } from '../../../measures-api/aad-measures-api';
import { isMeasuresApiError, measureFilterQuery } from '../../../measures-api/measures-api';
import { detailReply, registerReply, summary } from './fixtures';

interface SentRequest {
  url: string;
  configuration: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Stands in for SPFx's AadHttpClient: records what the web part sends and answers as the service would. */
function fakeAadClient(answer: (request: SentRequest) => { status: number; body: unknown }): {
  client: AadClientLike<string>;
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
        return Promise.resolve({ status: reply.status, text: () => Promise.resolve(reply.body === undefined ? '' : JSON.stringify(reply.body)) });
      },
    },
  };
}

describe('the measures API over AadHttpClient', () => {
  it('asks the service for the filtered register with the client configuration and the page language', async () => {
    const { client, sent } = fakeAadClient(() => ({ status: 200, body: registerReply([summary()]) }));
    const api = createAadMeasuresApi({ client, configuration: 'v1', serviceUrl: 'https://kvalita.urad.example/', language: 'cs-CZ' });

    const reply = await api.listMeasures({ status: ['proposed', 'inProgress'], departmentCode: 'POD', overdue: true, sort: 'deadline', pageSize: 50 });

    expect(reply.items[0]?.title).toBe('Zkrátit čekací dobu na podatelně');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(
      'https://kvalita.urad.example/api/measures?status=proposed%2CinProgress&departmentCode=POD&overdue=true&sort=deadline&pageSize=50',
    );
    expect(sent[0]?.configuration).toBe('v1');
    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.headers['Accept-Language']).toBe('cs-CZ');
  });

  it('sends each change to its endpoint with the ETag it read', async () => {
    const { client, sent } = fakeAadClient(() => ({ status: 200, body: detailReply() }));
    const api = createAadMeasuresApi({ client, configuration: 'v1', serviceUrl: 'https://kvalita.urad.example', language: 'en-US' });

    await api.reportProgress(7, { etag: '"3"', progress: 60, phase: 'do', note: 'Half done' });
    await api.transition(7, { etag: '"4"', transition: 'cancel', reason: 'Duplicate' });
    await api.checkEffectiveness(7, { etag: '"5"', effective: true, note: 'Fewer complaints', newDeadline: null });
    await api.editMeasure(7, { etag: '"6"', draft: { ...detailReply().measure, ownerEmail: null, coOwnerEmails: [] } as never });
    await api.getMeasure(7);

    expect(sent.map((request) => `${request.method} ${request.url.replace('https://kvalita.urad.example', '')}`)).toEqual([
      'POST /api/measures/7/progress',
      'POST /api/measures/7/transition',
      'POST /api/measures/7/effectiveness',
      'PUT /api/measures/7',
      'GET /api/measures/7',
    ]);
    expect(sent[0]?.body).toEqual({ etag: '"3"', progress: 60, phase: 'do', note: 'Half done' });
    expect(sent[0]?.headers['Content-Type']).toBe('application/json');
    expect(sent[1]?.body).toEqual({ etag: '"4"', transition: 'cancel', reason: 'Duplicate' });
  });

  it('turns a refusal into an error with the service sentence and code', async () => {
    const refusal: ErrorReply = { error: { code: 'forbidden', message: 'Toto opatření nemůžete měnit.' } };
    const { client } = fakeAadClient(() => ({ status: 403, body: refusal }));
    const api = createAadMeasuresApi({ client, configuration: 'v1', serviceUrl: 'https://kvalita.urad.example', language: 'cs' });

    const failure = api.transition(1, { etag: '"1"', transition: 'approve', reason: '' });

    const error = await failure.catch((caught: unknown) => caught);
    expect(isMeasuresApiError(error)).toBe(true);
    await expect(failure).rejects.toMatchObject({ code: 'forbidden', status: 403, message: 'Toto opatření nemůžete měnit.' });
  });

  it('names a stale ETag a conflict even when the body is not JSON', async () => {
    const { client } = fakeAadClient(() => ({ status: 412, body: undefined }));
    const api = createAadMeasuresApi({ client, configuration: 'v1', serviceUrl: 'https://kvalita.urad.example', language: 'cs' });

    await expect(api.reportProgress(1, { etag: '"1"', progress: 1, phase: 'do', note: '' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses a service address that is not https', () => {
    const { client } = fakeAadClient(() => ({ status: 200, body: {} }));
    expect(() => createAadMeasuresApi({ client, configuration: 'v1', serviceUrl: 'http://kvalita.urad.example', language: 'cs' })).toThrow(/https/);
  });

  it('leaves empty filters out of the query', () => {
    expect(measureFilterQuery({ status: [], departmentCode: '', mine: false })).toBe('?mine=false');
    expect(measureFilterQuery({})).toBe('');
  });
});
