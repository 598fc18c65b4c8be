import { describe, expect, it } from '@jest/globals';
import { DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { GuardIfMatch } from '../../src/platform/behaviors/guard-if-match';
import { TypedErrors } from '../../src/platform/behaviors/typed-errors';
import { FakeSend } from './fake-site';

const SITE = 'https://lipova.sharepoint.com/sites/kvalita';

function site() {
  const send = FakeSend(() => ({ status: 204 }));
  const sp = spfi(SITE).using(
    DefaultHeaders(),
    DefaultInit(),
    GuardIfMatch(),
    send,
    DefaultParse(),
    TypedErrors(),
  );
  const item = sp.web.lists.getByTitle('Měření').items.getById(7);
  return { item, sent: send.sent };
}

describe('GuardIfMatch', () => {
  it.each([
    ['a space', ' '],
    ['a tab', '\t'],
    ['an empty string', ''],
    ['a quoted blank', '" "'],
    ['a non-Latin-1 character', '"1€"'],
    ['a line break', '"1"\r\nX-Injected: yes'],
    ['an unquoted number', '1'],
  ])('never sends an update or a delete with %s as If-Match', async (_name, etag) => {
    const { item, sent } = site();
    await expect(item.update({ Title: 'x' }, etag)).rejects.toBeInstanceOf(RangeError);
    await expect(item.delete(etag)).rejects.toBeInstanceOf(RangeError);
    expect(sent).toEqual([]);
  });

  it('sends an ETag as it was read, and PnPjs’s wildcard for a write that names no version', async () => {
    const { item, sent } = site();
    await item.update({ Title: 'x' }, '"3"');
    await item.update({ Title: 'y' }, '"{5C8A1B2E-0F4D-4E3A-9B7C-1D2E3F4A5B6C},3"');
    await item.update({ Title: 'z' });
    expect(sent.map((request) => request.headers['IF-Match'])).toEqual([
      '"3"',
      '"{5C8A1B2E-0F4D-4E3A-9B7C-1D2E3F4A5B6C},3"',
      '*',
    ]);
  });
});
