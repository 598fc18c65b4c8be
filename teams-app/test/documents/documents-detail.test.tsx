/** @jest-environment jsdom */
import { afterEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { asJana, asLucie, asMarie, asPavel } from '../caf/fake-caf';
import { axeViolations } from '../measures/render-measures';
import { memoryHistory } from '../support/memory-history';
import { renderDocuments, type RenderedDocuments } from './render-documents';

let rendered: RenderedDocuments | null = null;
afterEach(() => rendered?.xhr.restore());

const open = (stored: Record<string, string>, id: number) => {
  rendered = renderDocuments(stored, { history: memoryHistory(`documents/${id}`) });
  return rendered;
};

describe('a document’s page', () => {
  it('shows the effective version, every earlier version, the draft, comments and history to the approver', async () => {
    const { service } = open(asPavel, 1);
    await screen.findByRole(
      'heading',
      { level: 1, name: 'SM-01 Metodika řízení kvality' },
      { timeout: 10_000 },
    );
    expect(screen.getByText(/^Verze 3\.0, účinná od/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Otevřít v SharePointu' })).toBeTruthy();
    const versions = screen.getByRole('table', { name: 'Všechny verze dokumentu (4)' });
    expect(
      within(versions)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getByRole('rowheader').textContent),
    ).toEqual(['3.1', '3.0', '2.0', '1.0']);
    expect(within(versions).getByRole('row', { name: /^2\.0/ }).textContent).toContain('Nahrazená');
    expect(screen.getByText('Koncept 3.1: Ve schvalování')).toBeTruthy();
    expect(screen.getByText('Kapitola 4 je nejasná.')).toBeTruthy();
    const actions = screen.getByRole('region', { name: 'Akce s dokumentem' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Schválit', 'Vrátit k přepracování']);

    URL.createObjectURL = () => 'blob:document';
    URL.revokeObjectURL = () => undefined;
    await rendered?.user.click(within(versions).getByRole('button', { name: 'Stáhnout verzi 1.0' }));
    await waitFor(() => expect(service.requestsTo('/api/documents/1/versions/1.0/content')).toHaveLength(1));
    expect(await axeViolations()).toEqual([]);
  }, 30_000);

  it('approves the draft with an effective date after a confirmation, and the new major version is in force', async () => {
    const { user, service } = open(asPavel, 1);
    await user.click(await screen.findByRole('button', { name: 'Schválit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schválit koncept 3.1?' });
    expect(await axeViolations()).toEqual([]);
    await user.type(within(dialog).getByLabelText('Účinnost od (prázdné = dnes)'), '2030-01-01');
    await user.type(within(dialog).getByLabelText('Komentář ke schválení'), 'Schvaluji.');
    await user.click(within(dialog).getByRole('button', { name: 'Ano, provést' }));
    await screen.findByText('Změna je uložena.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(service.requestsTo('/api/documents/1/approve')[0]?.body).toEqual({
      etag: '"1"',
      versionLabel: '3.1',
      comment: 'Schvaluji.',
      effectiveFrom: '2030-01-01',
      issuingResolution: null,
    });
    expect(screen.getByText(/^Verze 4\.0, účinná od/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Akce s dokumentem' })).toBeNull();
  }, 30_000);

  it('returns a draft only with a comment, and keeps the dialog with what was typed when the document went stale', async () => {
    const { user, service } = open(asPavel, 1);
    await user.click(await screen.findByRole('button', { name: 'Vrátit k přepracování' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vrátit koncept 3.1 k přepracování?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ano, provést' }));
    expect(within(dialog).getByText('Vyplňte, prosím, toto pole.')).toBeTruthy();
    expect(service.requestsTo('/api/documents/1/return')).toHaveLength(0);

    service.replyOnce('/api/documents/1/return', {
      status: 409,
      body: { error: { code: 'conflict', message: 'Stale.', reason: { key: 'error.stale' } } },
    });
    await user.type(within(dialog).getByLabelText(/^Co má garant změnit/), 'Doplňte rizika.');
    await user.click(within(dialog).getByRole('button', { name: 'Ano, provést' }));
    await within(dialog).findByText(/Dokument mezitím změnil někdo jiný/);
    expect((within(dialog).getByLabelText(/^Co má garant změnit/) as HTMLTextAreaElement).value).toBe(
      'Doplňte rizika.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ano, provést' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Schvalovatel koncept vrátil: Doplňte rizika.')).toBeTruthy();
  }, 30_000);

  it('says in the service’s words why an approval of an outdated draft did not go, and reloads it', async () => {
    const { user, service } = open(asPavel, 1);
    service.replyOnce('/api/documents/1/approve', {
      status: 409,
      body: {
        error: {
          code: 'conflict',
          message: 'Stale version.',
          reason: { key: 'documents.rule.staleVersion' },
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Schválit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schválit koncept 3.1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ano, provést' }));
    expect(
      await within(dialog).findByText(/^Koncept se mezitím změnil \(byl nahrán nový soubor\)\./),
    ).toBeTruthy();
    await waitFor(() => expect(service.requestsTo('/api/documents/1').length).toBe(2));
  }, 30_000);

  it('lets a reader confirm reading the effective version, and says when they did', async () => {
    const { user, service } = open(asLucie, 2);
    await screen.findByRole('heading', { level: 1, name: 'ES-01 Etický kodex' });
    expect(screen.getByText('S touto verzí se máte seznámit a seznámení potvrdit.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Akce s dokumentem' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Potvrzuji, že jsem se seznámil/a s verzí 1.0' }));
    await screen.findByText('Seznámení je potvrzeno.');
    expect(screen.getByText(/^Seznámení s verzí 1\.0 jste potvrdili/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Potvrzuji/ })).toBeNull();
    expect(service.requestsTo('/api/documents/2/acknowledge')).toHaveLength(1);
  }, 30_000);

  it('shows a reader only the approved versions, without the draft or its comments', async () => {
    open(asMarie, 1);
    await screen.findByRole(
      'heading',
      { level: 1, name: 'SM-01 Metodika řízení kvality' },
      { timeout: 10_000 },
    );
    expect(screen.getByRole('table', { name: 'Všechny verze dokumentu (3)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Rozpracovaný koncept' })).toBeNull();
    expect(screen.queryByText('Kapitola 4 je nejasná.')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Akce s dokumentem' })).toBeNull();
  }, 30_000);

  it('shows the acknowledgement rates per department', async () => {
    open(asJana, 2);
    const rates = await screen.findByRole('table', { name: 'Potvrzení seznámení podle útvarů' });
    expect(screen.getByText('Verze 1.0: potvrdilo 3 z 4 (75 %).')).toBeTruthy();
    const finance = within(rates).getByRole('row', { name: /Odbor financí/ });
    expect(within(finance).getByText('50 %')).toBeTruthy();
  }, 30_000);

  it('confirms a periodic review, and withdraws only with a reason', async () => {
    const { user, service } = open(asJana, 3);
    await user.click(await screen.findByRole('button', { name: 'Potvrdit revizi beze změny' }));
    const review = await screen.findByRole('dialog', { name: 'Potvrdit revizi beze změny?' });
    await user.click(within(review).getByRole('button', { name: 'Ano, provést' }));
    await screen.findByText('Změna je uložena.');
    expect(service.requestsTo('/api/documents/3/review')[0]?.body).toMatchObject({ outcome: 'confirmed' });

    await user.click(screen.getByRole('button', { name: 'Zrušit dokument' }));
    const withdraw = await screen.findByRole('dialog', { name: 'Zrušit dokument?' });
    await user.click(within(withdraw).getByRole('button', { name: 'Ano, provést' }));
    expect(within(withdraw).getByText('Vyplňte, prosím, toto pole.')).toBeTruthy();
    await user.type(within(withdraw).getByLabelText(/^Důvod zrušení/), 'Nahrazen novým standardem.');
    await user.click(within(withdraw).getByRole('button', { name: 'Ano, provést' }));
    await waitFor(() => expect(service.requestsTo('/api/documents/3/withdraw')).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByText('Zrušený').length).toBeGreaterThan(0));
  }, 30_000);

  it('sends a reviewer’s comment on the draft in review', async () => {
    const { user, service } = open(asPavel, 1);
    const box = await screen.findByLabelText('Vaše připomínka ke konceptu 3.1');
    await user.click(screen.getByRole('button', { name: 'Odeslat připomínku' }));
    expect(screen.getByText('Napište, prosím, text připomínky.')).toBeTruthy();
    await user.type(box, 'Chybí odkaz na zákon.');
    await user.click(screen.getByRole('button', { name: 'Odeslat připomínku' }));
    await screen.findByText('Připomínka je odeslána.');
    const comments = screen.getByRole('region', { name: 'Připomínky ke konceptu' });
    expect(within(comments).getByText('Chybí odkaz na zákon.')).toBeTruthy();
    expect(service.requestsTo('/api/documents/1/comments')[0]?.body).toEqual({
      versionLabel: '3.1',
      text: 'Chybí odkaz na zákon.',
    });
  }, 30_000);
});
