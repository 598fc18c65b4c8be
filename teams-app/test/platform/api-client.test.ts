import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../src/platform/api/api-error';
import { createApiClient } from '../../src/platform/api/client';
import { createFakeService } from '../support/fake-service';

function clientFor(
  service = createFakeService(),
  authorization: string | null = 'Demo jana.novakova@urad.example',
) {
  return createApiClient({
    baseUrl: 'https://kvalita.test/api/',
    fetch: service.fetch,
    locale: 'en',
    authorize: () => Promise.resolve(authorization),
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('API client', () => {
  it('calls the service under /api/ with Authorization and Accept-Language', async () => {
    const service = createFakeService();
    const model = await clientFor(service).getCafModel();

    expect(model.locale).toBe('en');
    expect(model.criteria).toHaveLength(9);
    const [request] = service.requests;
    expect(request?.path).toBe('/api/caf/model');
    expect(request?.search.get('locale')).toBe('en');
    expect(request?.headers).toMatchObject({
      authorization: 'Demo jana.novakova@urad.example',
      'accept-language': 'en',
    });
  });

  it('sends no Authorization to the endpoints that need none', async () => {
    const service = createFakeService();
    await clientFor(service).getConfig();
    await clientFor(service).getDemoPeople();
    expect(service.requests.map((request) => request.headers.authorization)).toEqual([undefined, undefined]);
  });

  it("turns an error body into an ApiError with the service's code and message", async () => {
    const error = await failure(clientFor(createFakeService(), 'Demo nobody@urad.example').getMe());
    expect(error).toMatchObject({ code: 'unauthorized', status: 401, message: 'Chybí platné přihlášení.' });
  });

  it('derives the code from the status when the error body is unreadable', async () => {
    const service = createFakeService();
    service.replyOnce('/api/me', { status: 403, body: '<html>Forbidden</html>' });
    service.replyOnce('/api/me', { status: 503, body: undefined });
    expect(await failure(clientFor(service).getMe())).toMatchObject({ code: 'forbidden', message: '' });
    expect(await failure(clientFor(service).getMe())).toMatchObject({ code: 'unavailable', status: 503 });
  });

  it('reports a network failure and a failed token request as such', async () => {
    const service = createFakeService();
    service.replyOnce('/api/config', 'networkError');
    expect(await failure(clientFor(service).getConfig())).toMatchObject({ code: 'network', status: null });

    const noToken = createApiClient({
      baseUrl: 'https://kvalita.test/api/',
      fetch: service.fetch,
      locale: 'cs',
      authorize: () => Promise.reject(new Error('consent required')),
    });
    expect(await failure(noToken.getMe())).toMatchObject({ code: 'unauthorized' });
  });

  it.each([
    ['a config with an unknown mode', '/api/config', { mode: 'staging' }],
    ['people without a list', '/api/demo/people', { people: 'all' }],
    ['a person without a name', '/api/demo/people', { people: [{ email: 'a@b.cz', roles: [] }] }],
    ['a model in an unknown locale', '/api/caf/model', { locale: 'de', criteria: [] }],
    [
      'a subcriterion with an unknown status',
      '/api/caf/model',
      {
        locale: 'cs',
        criteria: [
          {
            number: 1,
            kind: 'enabler',
            title: 'Vedení',
            titleStatus: 'confirmed',
            subcriteria: [{ code: '1.1', title: 'x', titleStatus: 'draft' }],
          },
        ],
      },
    ],
  ])('rejects %s as an invalid response', async (_name, path, body) => {
    const service = createFakeService();
    service.replyOnce(path, { status: 200, body });
    const client = clientFor(service);
    const call =
      { '/api/config': client.getConfig, '/api/demo/people': client.getDemoPeople }[path] ??
      client.getCafModel;
    expect(await failure(call())).toMatchObject({ code: 'invalidResponse' });
  });

  it('accepts demo people whose job title or department is missing', async () => {
    const service = createFakeService();
    service.replyOnce('/api/demo/people', {
      status: 200,
      body: { people: [{ email: 'a@urad.example', displayName: 'A', roles: ['employee'] }] },
    });
    expect(await clientFor(service).getDemoPeople()).toEqual([
      {
        email: 'a@urad.example',
        displayName: 'A',
        jobTitle: null,
        departmentName: null,
        roles: ['employee'],
      },
    ]);
  });
});
