/** @jest-environment jsdom */
import { afterEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { CreateDocumentRequest } from '@kvalita/core';
import { asJana } from '../caf/fake-caf';
import { axeViolations } from '../measures/render-measures';
import { memoryHistory } from '../support/memory-history';
import { openDocuments, renderDocuments, type RenderedDocuments } from './render-documents';

let rendered: RenderedDocuments | null = null;
afterEach(() => rendered?.xhr.restore());

/** A field's control by its label (Fluent's Field marks required ones with an asterisk). */
const field = (name: string) =>
  screen.getByLabelText(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));

/** A person the directory found, in the picker's own list (the header's sign-in-as select has options too). */
function personOption(name: RegExp) {
  return waitFor(
    () => {
      const found = screen
        .getAllByRole('option', { name })
        .find((option) => option.closest('[role="listbox"]') !== null);
      if (found === undefined) throw new Error(`${String(name)} is not listed yet`);
      return found;
    },
    { timeout: 5_000 },
  );
}

describe('the document form', () => {
  it('says what is missing next to each field, then creates the document with its file type and audience', async () => {
    rendered = renderDocuments(asJana);
    const { user, service } = rendered;
    await openDocuments(user);
    await user.click(await screen.findByRole('button', { name: 'Nový dokument' }));
    await screen.findByRole('heading', { level: 1, name: 'Nový dokument' });
    await user.click(screen.getByRole('button', { name: 'Založit dokument' }));
    expect(await screen.findByText('Formulář obsahuje chyby, opravte označená pole.')).toBeTruthy();
    expect(screen.getAllByText('Vyplňte, prosím, toto pole.').length).toBe(3);
    expect(await axeViolations()).toEqual([]);

    await user.type(field('Kód'), '1 SM');
    await user.click(screen.getByRole('button', { name: 'Založit dokument' }));
    expect(
      await screen.findByText('Kód začíná písmenem a obsahuje jen písmena, číslice, „-“, „/“ a „.“.'),
    ).toBeTruthy();
    await user.clear(field('Kód'));
    await user.type(field('Kód'), 'SM-09');
    await user.type(field('Název'), 'Směrnice o stížnostech');
    await user.selectOptions(field('Druh'), 'directive');
    await user.selectOptions(field('Typ souboru'), 'pdf');
    await user.type(screen.getByRole('combobox', { name: 'Schvalovatel' }), 'Pav');
    await user.click(await personOption(/Pavel Ředitel/));
    await screen.findByText('Schvalovatel: Pavel Ředitel');
    await user.type(screen.getByRole('combobox', { name: 'Připomínkující' }), 'Luc');
    await user.click(await personOption(/Lucie Dvořáková/));
    expect(
      within(screen.getByRole('list', { name: 'Vybraní připomínkující' })).getByText('Lucie Dvořáková'),
    ).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Vyžaduje potvrzení seznámení' }));
    await user.click(screen.getByRole('radio', { name: 'Vybrané role' }));
    await user.click(screen.getByRole('button', { name: 'Založit dokument' }));
    expect(await screen.findByText('Vyberte alespoň jednu roli.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Vedoucí útvaru' }));
    await user.click(screen.getByRole('checkbox', { name: /^1\.1 / }));
    await user.click(screen.getByRole('button', { name: 'Založit dokument' }));

    await screen.findByRole(
      'heading',
      { level: 1, name: 'SM-09 Směrnice o stížnostech' },
      { timeout: 5_000 },
    );
    expect(screen.getByText('Dokument je založen. Nahrajte jeho první soubor.')).toBeTruthy();
    expect(screen.getByLabelText('Soubor .pdf')).toBeTruthy();
    const sent = service.requests.find(
      (request) => request.path === '/api/documents' && request.method === 'POST',
    )?.body as CreateDocumentRequest;
    expect(sent.fileType).toBe('pdf');
    expect(sent.draft).toMatchObject({
      code: 'SM-09',
      title: 'Směrnice o stížnostech',
      kind: 'directive',
      ownerEmail: null,
      approverEmail: 'pavel.reditel@urad.example',
      reviewerEmails: ['lucie.dvorakova@urad.example'],
      reviewIntervalMonths: 12,
      requiresAcknowledgement: true,
      acknowledgementAudience: { scope: 'roles', departmentCodes: [], roles: ['headOfDepartment'] },
      relatedSubcriteria: ['1.1'],
    });
  }, 60_000);

  it('edits a stored document’s details without offering its file type again', async () => {
    rendered = renderDocuments(asJana, { history: memoryHistory('documents/4/edit') });
    const { user, service } = rendered;
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Upravit údaje dokumentu SM-05' },
      { timeout: 10_000 },
    );
    expect(screen.queryByLabelText(/^Typ souboru/)).toBeNull();
    expect((field('Název') as HTMLInputElement).value).toBe('Směrnice o oběhu dokladů');
    await user.clear(field('Interval revize v měsících'));
    await user.type(field('Interval revize v měsících'), '24');
    await user.click(screen.getByRole('button', { name: 'Uložit změny' }));
    await screen.findByRole('heading', { level: 1, name: 'SM-05 Směrnice o oběhu dokladů' });
    expect(screen.getByText('Změna je uložena.')).toBeTruthy();
    const sent = service.requests.find(
      (request) => request.path === '/api/documents/4' && request.method === 'PUT',
    );
    expect(sent?.body).toMatchObject({ etag: '"1"', draft: { reviewIntervalMonths: 24 } });
  }, 30_000);
});
