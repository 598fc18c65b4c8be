import { createMeasuresRepository, type MeasuresSiteContext } from '../data/measures-repository';
import { failureMessage } from '../model/load-state';

const context: MeasuresSiteContext = {
  pageContext: {
    web: {
      absoluteUrl: 'https://urad.sharepoint.com/sites/kvalita',
      serverRelativeUrl: '/sites/kvalita',
    },
    legacyPageContext: { formDigestTimeoutSeconds: 1800, formDigestValue: '' },
  },
};

interface SentRequest {
  readonly url: string;
  readonly method: string;
}

/** Answers every request with one response, as SharePoint Online would, and records what was asked. */
function answerWith(status: number, body: unknown): SentRequest[] {
  const sent: SentRequest[] = [];
  globalThis.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: decodeURIComponent(String(input)), method: init?.method ?? 'GET' });
    return Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    );
  });
  return sent;
}

const originalFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = originalFetch;
});

describe('createMeasuresRepository', () => {
  it("reads the Measures list of the page's site through PnPjs and maps the items", async () => {
    const sent = answerWith(200, {
      value: [
        {
          Id: 12,
          Title: 'Zveřejnit výsledky průzkumu spokojenosti občanů',
          Kind: 'Zlepšení',
          Status: 'Probíhá',
          Owner: { Title: 'Jana Nováková', EMail: 'jana.novakova@urad.example' },
          Deadline: '2025-05-31T22:00:00Z',
          Subcriterion: '6.1',
        },
      ],
    });

    const measures = await createMeasuresRepository(context).list({ top: 50 });

    expect(measures).toEqual([
      {
        id: 12,
        title: 'Zveřejnit výsledky průzkumu spokojenosti občanů',
        kind: 'improvement',
        status: 'inProgress',
        ownerEmail: 'jana.novakova@urad.example',
        ownerName: 'Jana Nováková',
        deadline: '2025-05-31T22:00:00Z',
        subcriterionCode: '6.1',
      },
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe('GET');
    // The list is addressed by its URL on the page's own site, never by its (localized) title.
    expect(sent[0].url).toContain(
      "https://urad.sharepoint.com/sites/kvalita/_api/web/getList('/sites/kvalita/Lists/KvalitaMeasures')/items",
    );
    expect(sent[0].url).toContain('$top=50');
  });

  it("turns SharePoint's answer for a missing list into the message the view shows", async () => {
    answerWith(404, {
      'odata.error': {
        code: '-2130575322, Microsoft.SharePoint.SPException',
        message: {
          lang: 'en-US',
          value: "List '/sites/kvalita/Lists/KvalitaMeasures' does not exist at site with URL 'https://urad.sharepoint.com/sites/kvalita'.",
        },
      },
    });

    const failure: unknown = await createMeasuresRepository(context)
      .list()
      .then(
        () => undefined,
        (error: unknown) => error,
      );

    expect(failureMessage(failure)).toBe(
      "List '/sites/kvalita/Lists/KvalitaMeasures' does not exist at site with URL 'https://urad.sharepoint.com/sites/kvalita'.",
    );
  });
});
