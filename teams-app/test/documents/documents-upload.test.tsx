/** @jest-environment jsdom */
import { afterEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DOCUMENT_FILE_TYPES } from '@kvalita/core';
import { asJana } from '../caf/fake-caf';
import { memoryHistory } from '../support/memory-history';
import { renderDocuments, type RenderedDocuments } from './render-documents';

let rendered: RenderedDocuments | null = null;
afterEach(() => rendered?.xhr.restore());

const docx = (name: string, text = 'Směrnice o oběhu dokladů') =>
  new File([text], name, { type: DOCUMENT_FILE_TYPES.docx });

async function openDraft() {
  rendered = renderDocuments(asJana, { history: memoryHistory('documents/4') });
  // The first page of the documents' chunk takes a while in jsdom.
  await screen.findByRole(
    'heading',
    { level: 1, name: 'SM-05 Směrnice o oběhu dokladů' },
    { timeout: 10_000 },
  );
  return rendered;
}

describe('uploading a draft’s file', () => {
  it('sends the file with its name, the etag and its type, shows the progress and the new draft', async () => {
    const { user, xhr } = await openDraft();
    expect(screen.getByText('Koncept zatím nemá soubor.')).toBeTruthy();
    // Eight bytes: half of them is exactly 50 %.
    await user.upload(screen.getByLabelText('Soubor .docx'), docx('oběh dokladů.docx', 'Smernice'));
    const release = xhr.hold();
    await user.click(screen.getByRole('button', { name: 'Nahrát soubor' }));
    const bar = await screen.findByRole('progressbar', { name: 'Nahrávání souboru oběh dokladů.docx' });
    await screen.findByText('Nahráno 50 %');
    expect(bar.getAttribute('aria-valuenow')).toBe('0.5');
    // One upload at a time.
    expect((screen.getByRole('button', { name: 'Nahrát soubor' }) as HTMLButtonElement).disabled).toBe(true);
    release();
    await screen.findByText('Soubor oběh dokladů.docx je nahraný jako koncept 0.1.');
    expect(screen.queryByRole('progressbar')).toBeNull();
    const [sent] = xhr.uploads;
    expect(sent?.method).toBe('PUT');
    expect(sent?.url.pathname).toBe('/api/documents/4/file');
    expect(sent?.url.searchParams.get('name')).toBe('oběh dokladů.docx');
    expect(sent?.url.searchParams.get('etag')).toBe('"1"');
    expect(sent?.headers['content-type']).toBe(DOCUMENT_FILE_TYPES.docx);
    expect(sent?.headers.authorization).toBe('Demo jana.novakova@urad.example');
    expect(xhr.progress.at(-1)).toBe(sent?.body.size);
    expect(screen.getByText(/^Soubor konceptu: oběh dokladů\.docx/)).toBeTruthy();
  }, 30_000);

  it('refuses a file of another type, or an empty one, before sending a byte', async () => {
    const { user, xhr } = await openDraft();
    const input = screen.getByLabelText('Soubor .docx');
    await user.click(screen.getByRole('button', { name: 'Nahrát soubor' }));
    expect(screen.getByRole('alert').textContent).toBe('Nejprve vyberte soubor.');
    // The input's accept list would hide it in a browser's dialog; a drop or a script need not obey it.
    await userEvent
      .setup({ applyAccept: false })
      .upload(input, new File(['%PDF'], 'oběh.pdf', { type: DOCUMENT_FILE_TYPES.pdf }));
    await user.click(screen.getByRole('button', { name: 'Nahrát soubor' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Soubor „oběh.pdf“ není typu .docx. Tento dokument je .docx: nahrajte, prosím, soubor stejného typu.',
    );
    await user.upload(input, docx('prázdný.docx', ''));
    await user.click(screen.getByRole('button', { name: 'Nahrát soubor' }));
    expect(screen.getByRole('alert').textContent).toBe('Soubor „prázdný.docx“ je prázdný.');
    expect(xhr.uploads).toHaveLength(0);
  }, 30_000);

  it('says a stale document was not changed and shows it as it now is', async () => {
    const { user, xhr, fake, service } = await openDraft();
    // Someone else changed the document after this page read it.
    const entry = fake.stored.find((item) => item.document.id === 4);
    if (entry !== undefined)
      entry.document = { ...entry.document, etag: '"99"', title: 'Směrnice o dokladech' };
    await user.upload(screen.getByLabelText('Soubor .docx'), docx('oběh.docx'));
    await user.click(screen.getByRole('button', { name: 'Nahrát soubor' }));
    await screen.findByText(/^Dokument se mezitím změnil, proto se soubor nenahrál\./);
    expect(xhr.uploads).toHaveLength(1);
    await screen.findByRole('heading', { level: 1, name: 'SM-05 Směrnice o dokladech' });
    expect(screen.getByText('Koncept zatím nemá soubor.')).toBeTruthy();
    await waitFor(() => expect(service.requestsTo('/api/documents/4').length).toBe(2));
  }, 30_000);

  it('says the previous version is unchanged when the upload breaks off', async () => {
    const { user, xhr } = await openDraft();
    xhr.restore();
    const { installFakeXhr } = await import('./fake-xhr');
    const broken = installFakeXhr(
      () => 'networkError',
      () => undefined,
    );
    try {
      await user.upload(screen.getByLabelText('Soubor .docx'), docx('oběh.docx'));
      await user.click(screen.getByRole('button', { name: 'Nahrát soubor' }));
      await screen.findByText(/^Soubor se nepodařilo nahrát: .*Předchozí verze zůstala beze změny\.$/);
      expect(screen.getByText('Koncept zatím nemá soubor.')).toBeTruthy();
    } finally {
      broken.restore();
    }
  }, 30_000);
});
