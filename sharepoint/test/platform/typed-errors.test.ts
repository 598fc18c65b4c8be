import { describe, expect, it } from '@jest/globals';
import { DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { TimelinePipe } from '@pnp/core';
import { TypedErrors } from '../../src/platform/behaviors/typed-errors';
import {
  ConcurrencyConflictError,
  DuplicateValueError,
  NotFoundError,
  SharePointError,
} from '../../src/platform/errors';
import { FakeSend, json, type Answer } from './fake-site';

const SITE = 'https://lipova.sharepoint.com/sites/kvalita';
const LIST = '/sites/kvalita/Lists/KvalitaMeasures';

const failure = (status: number, code: string, message: string): Answer =>
  json({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }, status);

function site(answer: (request: { method: string; url: string }) => Answer, ...more: TimelinePipe[]) {
  const send = FakeSend(answer);
  const sp = spfi(SITE).using(DefaultHeaders(), DefaultInit(), send, DefaultParse(), TypedErrors(), ...more);
  return { sp, sent: send.sent };
}

/** A $batch answer as SharePoint writes it: one HTTP response per part, in the parts' order. */
function batchAnswer(parts: readonly { status: string; body: unknown }[]): Answer {
  const lines = parts.flatMap((part) => [
    '--batchresponse_1',
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `HTTP/1.1 ${part.status}`,
    'CONTENT-TYPE: application/json;odata=nometadata;charset=utf-8',
    '',
    JSON.stringify(part.body),
  ]);
  return {
    status: 200,
    headers: { 'Content-Type': 'multipart/mixed; boundary=batchresponse_1' },
    text: [...lines, '--batchresponse_1--', ''].join('\r\n'),
  };
}

describe('TypedErrors', () => {
  it('rejects a missing item with NotFoundError, keeping SharePoint’s code and message', async () => {
    const { sp } = site(() => failure(404, '-2147024809, System.ArgumentException', 'Item does not exist.'));
    const error = await sp.web
      .getList(LIST)
      .items.getById(7)()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: expect.stringContaining('ArgumentException') });
    expect((error as Error).message).toBe('Item does not exist.');
  });

  it('rejects a stale ETag with ConcurrencyConflictError, also for an update, which brings its own parser', async () => {
    const { sp } = site(() =>
      failure(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'Version conflict.'),
    );
    const update = sp.web.getList(LIST).items.getById(7).update({ Title: 'x' }, '"1"');
    await expect(update).rejects.toBeInstanceOf(ConcurrencyConflictError);
  });

  it('rejects a value a unique column already holds with DuplicateValueError', async () => {
    const { sp } = site(() =>
      failure(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'Duplicate.'),
    );
    await expect(sp.web.getList(LIST).items.add({ Title: 'x' })).rejects.toBeInstanceOf(DuplicateValueError);
  });

  it('keeps any other failure as a SharePointError with its status', async () => {
    const { sp } = site(() => failure(400, '-1, Microsoft.SharePoint.SPException', 'Bad column.'));
    const error = await sp.web
      .getList(LIST)
      .items()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SharePointError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 400, message: 'Bad column.' });
  });

  it('rejects each failed part of a $batch with its own typed error, the others resolve', async () => {
    const { sp, sent } = site(() =>
      batchAnswer([
        { status: '200 OK', body: { Id: 1, Title: 'first' } },
        {
          status: '412 Precondition Failed',
          body: { 'odata.error': { code: '-1, x', message: { value: 'Version conflict.' } } },
        },
        { status: '404 Not Found', body: { 'odata.error': { code: '-1, y', message: { value: 'Gone.' } } } },
      ]),
    );
    const [batched, execute] = sp.batched();
    const first = batched.web.getList(LIST).items.getById(1)();
    const second = batched.web.getList(LIST).items.getById(2).update({ Title: 'x' }, '"1"');
    const third = batched.web.getList(LIST).items.getById(3)();
    for (const part of [first, second, third]) part.catch(() => undefined);
    await execute();
    await expect(first).resolves.toMatchObject({ Title: 'first' });
    await expect(second).rejects.toBeInstanceOf(ConcurrencyConflictError);
    await expect(third).rejects.toBeInstanceOf(NotFoundError);
    expect(sent).toHaveLength(1);
  });

  it('passes errors that are not SharePoint answers through unchanged', async () => {
    const refused = new Error('no token');
    const failingAuth: TimelinePipe = (instance) => {
      (instance as unknown as { on: { auth: (observer: () => Promise<never>) => void } }).on.auth(
        async () => {
          throw refused;
        },
      );
      return instance;
    };
    const { sp, sent } = site(() => json({}), failingAuth);
    await expect(sp.web()).rejects.toBe(refused);
    expect(sent).toHaveLength(0);
  });
});
