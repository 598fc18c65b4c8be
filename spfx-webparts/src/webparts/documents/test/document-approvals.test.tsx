import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { DocumentDetailReply } from '@kvalita/core';

import { DocumentApprovals } from '../../../documents-ui/DocumentApprovals';
import { measuresApiError } from '../../../measures-api/measures-api';
import {
  detailReply,
  documentSummary,
  fakeDocumentsApi,
  jana,
  qualityDocument,
  registerReply,
  version,
} from './fixtures';
import { loadDocumentsStrings } from './strings';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30_000);
const cs = loadDocumentsStrings('default');
const en = loadDocumentsStrings('en-us');
const TODAY = '2026-03-10';

/** A draft in review of the standard, as its approver (the director) reads it. */
const inReview: DocumentDetailReply = detailReply({
  document: qualityDocument({
    id: 2,
    code: 'ST-01',
    title: 'Standard přístupu ke klientům',
    kind: 'standard',
    status: 'effective',
    etag: '"12"',
    revision: {
      label: '1.2',
      status: 'inReview',
      reasonForChange: 'Doplněny lhůty pro odpověď',
      submittedAt: '2026-03-02T09:00:00Z',
      returnComment: null,
      file: { name: 'ST-01.docx', type: 'docx', bytes: 10240 },
    },
  }),
  versions: [version({ label: '1.2', status: 'inReview', approvedAt: null, approvedBy: null, effectiveFrom: null, contentUrl: '/api/documents/2/versions/1.2/content' })],
  comments: [{ id: 5, versionLabel: '1.2', by: { email: 'marie@urad.example', displayName: 'Marie Procházková' }, at: '2026-03-03T10:00:00Z', text: 'Chybí lhůta pro e-mail.' }],
  allowed: ['approve', 'return', 'comment'],
});

/** An effective methodology whose review date has passed; its owner may conclude the review. */
const overdue: DocumentDetailReply = detailReply({
  document: qualityDocument({ id: 4, code: 'SM-02', title: 'Směrnice o stížnostech', nextReviewDate: '2026-02-28', etag: '"4"' }),
  allowed: ['confirmReview', 'revise', 'acknowledge'],
});

/** The owner's own first draft, being written. */
const ownDraft: DocumentDetailReply = detailReply({
  document: qualityDocument({
    id: 6,
    code: 'PP-03',
    title: 'Popis procesu podatelny',
    status: 'draft',
    owner: { email: 'petr.svoboda@urad.example', displayName: 'Petr Svoboda' },
    effectiveVersion: null,
    revision: { label: '0.1', status: 'draft', reasonForChange: null, submittedAt: null, returnComment: 'Doplňte lhůty.', file: null },
  }),
  versions: [],
  allowed: ['edit', 'upload', 'submit'],
});

function approverApi(): ReturnType<typeof fakeDocumentsApi> {
  const details: Record<number, DocumentDetailReply> = { 2: inReview, 4: overdue, 6: ownDraft };
  return fakeDocumentsApi({
    listDocuments: () =>
      Promise.resolve(
        registerReply([
          documentSummary({ id: 2, code: 'ST-01', revisionStatus: 'inReview' }),
          documentSummary({ id: 4, code: 'SM-02', nextReviewDate: '2026-02-28', reviewOverdue: true }),
          documentSummary({ id: 6, code: 'PP-03', status: 'draft', revisionStatus: 'draft' }),
          // Effective, review far off, no draft: nothing to do, not even read in detail.
          documentSummary({ id: 9, code: 'SM-09', nextReviewDate: '2027-06-01' }),
        ]),
      ),
    getDocument: (id) => Promise.resolve(details[id] ?? detailReply()),
  });
}

describe('the Schvalování dokumentů web part', () => {
  it('sorts the person’s documents into awaiting decision, own drafts and reviews due', async () => {
    const api = approverApi();
    render(<DocumentApprovals api={api} texts={cs} locale="cs" myEmail="petr.svoboda@urad.example" pageSize={50} showMyDrafts={true} showReviews={true} today={TODAY} />);

    const awaiting = await screen.findByRole('region', { name: 'Čeká na mé rozhodnutí nebo připomínky (1)' });
    const item = within(awaiting).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(item).getByRole('heading', { name: 'ST-01 Standard přístupu ke klientům' })).toBeTruthy();
    expect(within(item).getByText('Chybí lhůta pro e-mail.')).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Schválit: ST-01 Standard přístupu ke klientům' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Vrátit k přepracování: ST-01 Standard přístupu ke klientům' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Otevřít ST-01 Standard přístupu ke klientům, verze 1.2' })).toBeTruthy();

    const drafts = screen.getByRole('region', { name: 'Moje koncepty (1)' });
    expect(within(drafts).getByText('Vráceno s připomínkou: Doplňte lhůty.')).toBeTruthy();
    // Approving is not offered on one's own draft.
    expect(within(drafts).queryByRole('button', { name: /^Schválit/ })).toBeNull();

    const reviews = screen.getByRole('region', { name: 'Revize k provedení (1)' });
    expect(within(reviews).getByText('(revize po termínu)')).toBeTruthy();
    expect(within(reviews).getByRole('button', { name: 'Potvrdit beze změny: SM-02 Směrnice o stížnostech' })).toBeTruthy();

    expect(api.calls.filter((call) => call.name === 'getDocument').map((call) => call.args[0]).sort()).toEqual([2, 4, 6]);
    expect(api.calls.find((call) => call.name === 'listDocuments')?.args[0]).toEqual({ mine: true, sort: 'nextReviewDate', pageSize: 50 });
  });

  it('returns a draft only with a comment, and sends the version and etag it read', async () => {
    const api = approverApi();
    render(<DocumentApprovals api={api} texts={cs} locale="cs" myEmail="petr.svoboda@urad.example" pageSize={50} showMyDrafts={true} showReviews={true} today={TODAY} />);
    const awaiting = await screen.findByRole('region', { name: 'Čeká na mé rozhodnutí nebo připomínky (1)' });

    fireEvent.click(within(awaiting).getByRole('button', { name: 'Vrátit k přepracování: ST-01 Standard přístupu ke klientům' }));
    const form = within(awaiting).getByRole('form', { name: 'Vrátit k přepracování: ST-01 Standard přístupu ke klientům' });
    fireEvent.click(within(form).getByRole('button', { name: 'Vrátit k přepracování' }));
    expect(within(form).getByRole('alert').textContent).toBe('Vyplňte prosím: Komentář pro garanta');
    expect(api.calls.some((call) => call.name === 'returnDraft')).toBe(false);

    fireEvent.change(within(form).getByLabelText(/^Komentář pro garanta/), { target: { value: 'Doplňte lhůtu pro e-mail.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Vrátit k přepracování' }));

    expect(await screen.findByText('Uloženo – Vrátit k přepracování: ST-01 Standard přístupu ke klientům.')).toBeTruthy();
    expect(api.calls.find((call) => call.name === 'returnDraft')?.args).toEqual([2, { etag: '"12"', versionLabel: '1.2', comment: 'Doplňte lhůtu pro e-mail.' }]);
  });

  it('approves with an effective date and shows a refusal (a newer draft was uploaded) in the item', async () => {
    const api = approverApi();
    const refusing = fakeDocumentsApi({
      ...api,
      approve: () => Promise.reject(new Error('The draft was replaced by version 1.3; read it first.')),
    });
    render(<DocumentApprovals api={refusing} texts={en} locale="en" myEmail="petr.svoboda@urad.example" pageSize={50} showMyDrafts={false} showReviews={false} today={TODAY} />);
    const awaiting = await screen.findByRole('region', { name: 'Awaiting my decision or comments (1)' });
    expect(screen.queryByRole('region', { name: /^My drafts/ })).toBeNull();
    expect(screen.queryByRole('region', { name: /^Reviews to carry out/ })).toBeNull();

    fireEvent.click(within(awaiting).getByRole('button', { name: 'Approve: ST-01 Standard přístupu ke klientům' }));
    const form = within(awaiting).getByRole('form', { name: 'Approve: ST-01 Standard přístupu ke klientům' });
    fireEvent.change(within(form).getByLabelText('Effective from'), { target: { value: '2026-04-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Approve' }));

    expect(await within(awaiting).findByText('The change could not be saved: The draft was replaced by version 1.3; read it first.')).toBeTruthy();
    expect(refusing.calls.find((call) => call.name === 'approve')?.args).toEqual([
      2,
      { etag: '"12"', versionLabel: '1.2', comment: '', effectiveFrom: '2026-04-01', issuingResolution: null },
    ]);
  });

  it('concludes an overdue review without change', async () => {
    const api = approverApi();
    render(<DocumentApprovals api={api} texts={en} locale="en" myEmail={jana.email} pageSize={50} showMyDrafts={true} showReviews={true} today={TODAY} />);
    const reviews = await screen.findByRole('region', { name: 'Reviews to carry out (1)' });
    fireEvent.click(within(reviews).getByRole('button', { name: 'Confirm without change: SM-02 Směrnice o stížnostech' }));
    const form = within(reviews).getByRole('form');
    fireEvent.change(within(form).getByLabelText('Review note'), { target: { value: 'Still valid.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Confirm without change' }));

    await waitFor(() =>
      expect(api.calls.find((call) => call.name === 'review')?.args).toEqual([4, { etag: '"4"', outcome: 'confirmed', note: 'Still valid.' }]),
    );
  });

  it('leaves out a document no longer visible to the person, keeping the rest of the work', async () => {
    const api = approverApi();
    const withOneGone = fakeDocumentsApi({
      ...api,
      getDocument: (id) =>
        id === 6 ? Promise.reject(measuresApiError('notFound', 'Dokument neexistuje.', 404)) : api.getDocument(id),
    });
    render(<DocumentApprovals api={withOneGone} texts={en} locale="en" myEmail="petr.svoboda@urad.example" pageSize={50} showMyDrafts={true} showReviews={true} today={TODAY} />);

    expect(await screen.findByRole('region', { name: 'Awaiting my decision or comments (1)' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'My drafts (0)' })).toBeTruthy();
    expect(screen.getByText('You have no draft in progress.')).toBeTruthy();
  });

  it('gives the quality manager the overview’s reviews due too', async () => {
    const api = fakeDocumentsApi({
      listDocuments: () => Promise.resolve(registerReply([])),
      overview: () =>
        Promise.resolve({
          awaitingApproval: [],
          reviewsDue: [documentSummary({ id: 4, code: 'SM-02', nextReviewDate: '2026-02-28', reviewOverdue: true })],
          acknowledgementsByDocument: [],
          acknowledgementsByDepartment: [],
        }),
      getDocument: () => Promise.resolve({ ...overdue, allowed: [] }),
    });
    render(<DocumentApprovals api={api} texts={cs} locale="cs" myEmail={jana.email} pageSize={50} showMyDrafts={true} showReviews={true} today={TODAY} />);

    const reviews = await screen.findByRole('region', { name: 'Revize k provedení (1)' });
    expect(within(reviews).getByRole('heading', { name: 'SM-02 Směrnice o stížnostech' })).toBeTruthy();
    // She sees it; concluding it is the owner's.
    expect(within(reviews).queryByRole('button', { name: /^Potvrdit beze změny/ })).toBeNull();
  });
});
