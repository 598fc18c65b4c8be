import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RunningEmulator } from '../src/index';
import { digest, start } from './helpers';

describe('REST over HTTP', () => {
  let emulator: RunningEmulator;
  let requestDigest: string;
  const api = (path: string) => `${emulator.siteUrl}/_api/${path}`;
  const write = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(api(path), {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'X-RequestDigest': requestDigest,
        ...headers,
      },
      body,
    });

  beforeAll(async () => {
    emulator = await start({ maxBodyBytes: 64 * 1024 });
    requestDigest = await digest(emulator.siteUrl);
    await write('web/lists', JSON.stringify({ Title: 'Shapes' }));
    await write("web/lists/getByTitle('Shapes')/items", JSON.stringify({ Title: 'one' }));
    await write("web/lists/getByTitle('Shapes')/items", JSON.stringify({ Title: 'two' }));
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('answers in the JSON flavour the Accept header asks for', async () => {
    const get = async (accept: string) =>
      (
        await fetch(api("web/lists/getByTitle('Shapes')/items?$select=Title"), {
          headers: { Accept: accept },
        })
      ).json();
    expect(await get('application/json;odata=nometadata')).toEqual({
      value: [
        { Id: 1, Title: 'one', ID: 1 },
        { Id: 2, Title: 'two', ID: 2 },
      ],
    });
    const minimal = (await get('application/json')) as {
      'odata.metadata': string;
      value: Record<string, unknown>[];
    };
    expect(minimal['odata.metadata']).toBe(`${emulator.siteUrl}/_api/$metadata#SP.ListData.ShapesListItems`);
    expect(minimal.value[0]).toMatchObject({
      'odata.type': 'SP.Data.ShapesListItem',
      'odata.etag': '"1"',
      'odata.editLink': expect.stringMatching(/^Web\/Lists\(guid'[0-9a-f-]+'\)\/Items\(1\)$/),
      Title: 'one',
    });
    const verbose = (await get('application/json;odata=verbose')) as {
      d: { results: { __metadata: Record<string, string>; Title: string }[] };
    };
    expect(verbose.d.results[0]?.__metadata).toMatchObject({
      type: 'SP.Data.ShapesListItem',
      etag: '"1"',
      uri: expect.stringContaining('/_api/Web/Lists('),
    });
    expect(verbose.d.results[0]?.Title).toBe('one');
  });

  it('addresses lists by guid and pages verbose collections with __next', async () => {
    const lists = (await (
      await fetch(api("web/lists?$filter=Title eq 'Shapes'&$select=Id"), {
        headers: { Accept: 'application/json;odata=nometadata' },
      })
    ).json()) as {
      value: { Id: string }[];
    };
    const id = lists.value[0]?.Id as string;
    const byGuid = await fetch(api(`web/lists(guid'${id}')/items?$top=1&$select=Title`), {
      headers: { Accept: 'application/json;odata=verbose' },
    });
    const page = (await byGuid.json()) as { d: { results: { Title: string }[]; __next: string } };
    expect(page.d.results.map((r) => r.Title)).toEqual(['one']);
    expect(page.d.__next).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D1');
    const fields = (await (
      await fetch(
        api(
          `web/lists(guid'${id}')/fields?$filter=Hidden eq false and ReadOnlyField eq false&$select=InternalName`,
        ),
        { headers: { Accept: 'application/json;odata=nometadata' } },
      )
    ).json()) as {
      value: { InternalName: string }[];
    };
    expect(fields.value.map((f) => f.InternalName)).toContain('Title');
    expect(fields.value.map((f) => f.InternalName)).not.toContain('GUID');
  });

  it('issues digests in both shapes', async () => {
    const verbose = (await (
      await fetch(api('contextinfo'), {
        method: 'POST',
        headers: { Accept: 'application/json;odata=verbose' },
      })
    ).json()) as {
      d: { GetContextWebInformation: { FormDigestValue: string; FormDigestTimeoutSeconds: number } };
    };
    expect(verbose.d.GetContextWebInformation.FormDigestTimeoutSeconds).toBe(1800);
    expect(verbose.d.GetContextWebInformation.FormDigestValue).toMatch(
      /^0x[0-9A-F]+,\d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} -0000$/,
    );
    const forged = await write('web/lists', JSON.stringify({ Title: 'Forged' }), {
      'X-RequestDigest': '0xABC,01 Jan 2025 00:00:00 -0000',
    });
    expect(forged.status).toBe(403);
  });

  it('writes errors as odata.error, or error for verbose', async () => {
    const missing = await fetch(api("web/lists/getByTitle('Nope')"), {
      headers: { Accept: 'application/json;odata=verbose' },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: {
        code: '-1, System.ArgumentException',
        message: {
          lang: 'en-US',
          value: `List 'Nope' does not exist at site with URL '${emulator.siteUrl}'.`,
        },
      },
    });
    const segment = await fetch(api('web/nothing'), { headers: { Accept: 'application/json' } });
    expect(segment.status).toBe(404);
    expect(await segment.json()).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: { lang: 'en-US', value: "Resource not found for the segment 'nothing'." },
      },
    });
  });

  it('turns bad input into 400s, never a crash', async () => {
    for (const body of ['{"Title":', '', '[1,2]', '"text"']) {
      const response = await write("web/lists/getByTitle('Shapes')/items", body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
    for (const path of [
      "web/lists/getByTitle('Shapes)/items",
      "web/lists/getByTitle('Shapes')/items(abc)",
      "web/lists/getByTitle('Shapes')/items?$top=-1",
      "web/lists/getByTitle('Shapes')/items?$orderby=Title%20sideways",
      'web/lists(guid%27nope%27)',
      "web/lists/getByTitle('Shapes')/items?$filter=%E0%A4%A",
    ]) {
      const response = await fetch(api(path), { headers: { Accept: 'application/json' } });
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
    }
    const wrongDialect = await write(
      "web/lists/getByTitle('Shapes')/items",
      JSON.stringify({ __metadata: { type: 'SP.Data.ShapesListItem' }, Title: 'x' }),
    );
    expect(wrongDialect.status).toBe(400);
    const verbose = await write(
      "web/lists/getByTitle('Shapes')/items",
      JSON.stringify({ __metadata: { type: 'SP.Data.ShapesListItem' }, Title: 'verbose' }),
      {
        'Content-Type': 'application/json;odata=verbose',
      },
    );
    expect(verbose.status).toBe(201);
    const wrongType = await write(
      "web/lists/getByTitle('Shapes')/items",
      JSON.stringify({ __metadata: { type: 'SP.Data.OtherListItem' } }),
      { 'Content-Type': 'application/json;odata=verbose' },
    );
    expect(wrongType.status).toBe(400);
  });

  it('refuses bodies over the size limit with 413', async () => {
    const response = await write(
      "web/lists/getByTitle('Shapes')/items",
      JSON.stringify({ Title: 'x'.repeat(100 * 1024) }),
    );
    expect(response.status).toBe(413);
    const after = await fetch(api('web'), { headers: { Accept: 'application/json' } });
    expect(after.status).toBe(200);
  });

  it('answers nothing outside the site’s _api', async () => {
    expect((await fetch(`${emulator.url}/sites/other/_api/web`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/`)).status).toBe(404);
  });
});
