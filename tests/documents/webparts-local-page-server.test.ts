import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSharePointPage, type RunningSharePointPage } from '../../scripts/local/sharepoint-page';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/*
 * The local SharePoint page's server gives the documents web parts their texts from their own loc
 * files, beside the measures ones.
 */

const TIMEOUT = 180_000;
let stack: LocalStack | undefined;
let page: RunningSharePointPage | undefined;

beforeAll(async () => {
  stack = await startTestStack();
  page = await startSharePointPage({ serviceUrl: stack.serviceUrl, port: 0 });
}, TIMEOUT);

afterAll(async () => {
  await page?.close();
  await stack?.stop();
}, TIMEOUT);

function at(path: string): URL {
  if (page === undefined) throw new Error('The page did not start.');
  return new URL(path, page.url);
}

describe('the local SharePoint page server and the documents web parts', () => {
  it('gives the documents web parts’ texts in Czech and English, every key in both', async () => {
    const cs = (await (await fetch(at('/strings/documents/cs.json'))).json()) as DocumentsTexts;
    const en = (await (await fetch(at('/strings/documents/en.json'))).json()) as DocumentsTexts;
    expect(cs.RegisterHeading).toBe('Dokumenty kvality');
    expect(cs.ApprovalsHeading).toBe('Schvalování dokumentů');
    expect(en.RegisterHeading).toBe('Quality documents');
    expect(cs.VersionStatus.draft).toBe('Koncept');
    expect(Object.keys(en).sort()).toEqual(Object.keys(cs).sort());
    for (const group of ['Kind', 'VersionStatus', 'Action'] as const) {
      expect(Object.keys(en[group]).sort()).toEqual(Object.keys(cs[group]).sort());
    }
    // The measures' texts are still where their web parts read them.
    expect(
      ((await (await fetch(at('/strings/cs.json'))).json()) as { RegisterHeading: string }).RegisterHeading,
    ).toBe('Opatření');
  });
});

/** The part of the texts this test reads. */
interface DocumentsTexts {
  readonly RegisterHeading: string;
  readonly ApprovalsHeading: string;
  readonly Kind: Readonly<Record<string, string>>;
  readonly VersionStatus: Readonly<Record<string, string>>;
  readonly Action: Readonly<Record<string, string>>;
}
