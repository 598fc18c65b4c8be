import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { DocumentFilter } from '@kvalita/core';

import { DocumentsRegister } from '../../../documents-ui/DocumentsRegister';
import { measuresApiError } from '../../../measures-api/measures-api';
import { detailReply, fakeDocumentsApi, pendingReply } from './fixtures';
import { loadDocumentsStrings } from './strings';

setIconOptions({ disableWarnings: true });
// Fluent UI's panel and forms in jsdom take seconds on a busy machine.
jest.setTimeout(30_000);
const cs = loadDocumentsStrings('default');
const en = loadDocumentsStrings('en-us');

const lastFilter = (api: ReturnType<typeof fakeDocumentsApi>): DocumentFilter =>
  api.calls.filter((call) => call.name === 'listDocuments').pop()?.args[0] as DocumentFilter;

describe('the Dokumenty kvality register', () => {
  it('lists the effective documents of the default kind, each title opening SharePoint’s file', async () => {
    const api = fakeDocumentsApi();
    render(<DocumentsRegister api={api} texts={cs} locale="cs" defaultKind="methodology" pageSize={25} showPendingAcknowledgements={false} />);

    const table = await screen.findByRole('table', { name: 'Dokumenty kvality' });
    const link = within(table).getByRole('link', { name: 'Metodika řízení kvality' });
    expect(link.getAttribute('href')).toBe('https://urad.sharepoint.com/sites/kvalita/KvalitaDocuments/SM-01.docx');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(within(table).getByRole('rowheader', { name: 'Standard přístupu ke klientům' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Zobrazeno 2 z 2');
    expect(lastFilter(api)).toEqual({ status: ['effective'], kind: 'methodology', sort: 'code', pageSize: 25 });
    // Switched off in the property pane: no list of pending acknowledgements, no request for it.
    expect(screen.queryByRole('heading', { name: 'Čeká na vaše potvrzení' })).toBeNull();
    expect(api.calls.some((call) => call.name === 'myAcknowledgements')).toBe(false);
  });

  it('searches the code and title when the search is sent, keeping the kind the reader chose', async () => {
    const api = fakeDocumentsApi();
    render(<DocumentsRegister api={api} texts={en} locale="en" defaultKind={undefined} pageSize={50} showPendingAcknowledgements={false} />);
    await screen.findByRole('table');

    const search = within(screen.getByRole('search', { name: 'Document search' }));
    fireEvent.change(search.getByLabelText('Search code and title'), { target: { value: '  etick ' } });
    // Typing alone asks nothing; Enter (submit) does.
    expect(lastFilter(api)).toEqual({ status: ['effective'], sort: 'code', pageSize: 50 });
    fireEvent.click(search.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(lastFilter(api)).toEqual({ status: ['effective'], search: 'etick', sort: 'code', pageSize: 50 }));
  });

  it('lists a document’s versions in a panel, the earlier ones opened through the service', async () => {
    const created: Blob[] = [];
    (URL as unknown as { createObjectURL: (blob: Blob) => string }).createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:version';
    };
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    // jsdom cannot navigate; the browser would save the file under the link's name.
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const api = fakeDocumentsApi();
    render(<DocumentsRegister api={api} texts={cs} locale="cs" defaultKind={undefined} pageSize={50} showPendingAcknowledgements={false} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Verze dokumentu SM-01 Metodika řízení kvality' }));

    const panel = await screen.findByRole('dialog');
    const versions = await within(panel).findByRole('table', { name: 'Verze dokumentu SM-01 Metodika řízení kvality' });
    const rows = within(versions).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getByText('Platná')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('Nahrazená')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('Nová organizační struktura')).toBeTruthy();
    // The effective version opens in SharePoint, the superseded one comes through the service.
    expect(within(panel).getByRole('link', { name: 'Otevřít SM-01 Metodika řízení kvality, verze 3.0' }).getAttribute('href')).toContain('SM-01.docx');
    fireEvent.click(within(panel).getByRole('button', { name: 'Otevřít SM-01 Metodika řízení kvality, verze 2.0' }));

    await waitFor(() => expect(created).toHaveLength(1));
    expect(saved).toEqual(['SM-01.docx']);
    click.mockRestore();
    expect(api.calls.find((call) => call.name === 'downloadFile')?.args).toEqual(['/api/documents/1/versions/2.0/content']);
  });

  it('lists what the reader still has to acknowledge and confirms one with its version', async () => {
    let pending = pendingReply();
    const api = fakeDocumentsApi({
      myAcknowledgements: () => Promise.resolve(pending),
      acknowledge: () => {
        pending = { pending: [] };
        return Promise.resolve(detailReply());
      },
    });
    render(<DocumentsRegister api={api} texts={cs} locale="cs" defaultKind={undefined} pageSize={50} showPendingAcknowledgements={true} />);

    const section = await screen.findByRole('region', { name: 'Čeká na vaše potvrzení' });
    await within(section).findByText('EK-01 Etický kodex');
    expect(within(section).getByText('Verze 1.0, účinná od 1. 2. 2026, čeká 12 dní')).toBeTruthy();

    fireEvent.click(within(section).getByRole('button', { name: 'Potvrzuji seznámení s dokumentem EK-01 Etický kodex, verze 1.0' }));

    expect(await within(section).findByText('Potvrzeno: EK-01, verze 1.0.')).toBeTruthy();
    expect(api.calls.find((call) => call.name === 'acknowledge')?.args).toEqual([3, { versionLabel: '1.0' }]);
    expect(await within(section).findByText('Všechny dokumenty, které se vás týkají, máte potvrzené.')).toBeTruthy();
  });

  it('shows the service’s refusal of an acknowledgement and keeps the document in the list', async () => {
    const api = fakeDocumentsApi({
      myAcknowledgements: () => Promise.resolve(pendingReply()),
      acknowledge: () => Promise.reject(measuresApiError('conflict', 'This version has been superseded.', 409)),
    });
    render(<DocumentsRegister api={api} texts={en} locale="en" defaultKind={undefined} pageSize={50} showPendingAcknowledgements={true} />);
    const section = await screen.findByRole('region', { name: 'Awaiting your acknowledgement' });
    fireEvent.click(await within(section).findByRole('button', { name: 'I have read it: EK-01 Etický kodex, version 1.0' }));

    expect(await within(section).findByText('The change could not be saved: This version has been superseded.')).toBeTruthy();
    expect(within(section).getByText('EK-01 Etický kodex')).toBeTruthy();
  });

  it('says why the register could not be loaded', async () => {
    const api = fakeDocumentsApi({ listDocuments: () => Promise.reject(new Error('The service does not answer.')) });
    render(<DocumentsRegister api={api} texts={en} locale="en" defaultKind={undefined} pageSize={50} showPendingAcknowledgements={false} />);
    expect(await screen.findByText('The documents could not be loaded: The service does not answer.')).toBeTruthy();
  });
});
