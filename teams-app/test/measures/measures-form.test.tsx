/** @jest-environment jsdom */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { asJana } from '../caf/fake-caf';
import { errorReply } from '../support/fake-service';
import { memoryHistory } from '../support/memory-history';
import { axeViolations, openRegister, renderMeasures } from './render-measures';

beforeEach(() => localStorage.clear());

const heading = (name: string) => screen.findByRole('heading', { level: 1, name }, { timeout: 5_000 });
/** A field's control by its label (Fluent's Field marks required ones with an asterisk). */
const field = (name: string) =>
  screen.getByLabelText(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(.*\\))?\\s*\\*?$`));

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

describe('measure form', () => {
  it('says next to each field what is missing or wrong, in Czech and in English', async () => {
    const { user, service } = renderMeasures(asJana);
    await openRegister(user);
    await user.click(await screen.findByRole('button', { name: 'Nové opatření' }));
    await heading('Nové opatření');
    await user.type(field('Odkaz na zdroj'), 'http://urad.example');
    await user.type(field('Termín'), '2026-06-30');
    await user.type(field('Datum ověření účinnosti'), '2026-05-01');
    await user.type(field('Rozpočet v Kč'), '12,5');
    await user.click(screen.getByRole('button', { name: 'Přidat krok' }));
    await user.click(screen.getByRole('button', { name: 'Založit opatření' }));
    expect(await screen.findByText('Formulář obsahuje chyby, opravte označená pole.')).toBeTruthy();
    expect(screen.getAllByText('Vyplňte toto pole.')).toHaveLength(5); // title, problem, result, criterion, step
    expect(screen.getByText('Odkaz musí začínat https://.')).toBeTruthy();
    expect(screen.getByText('Ověření účinnosti nemůže být dřív než termín.')).toBeTruthy();
    expect(screen.getByText('Zadejte celé nezáporné číslo v Kč.')).toBeTruthy();
    expect(field('Název').getAttribute('aria-invalid')).toBe('true');
    expect(service.requests.some((request) => request.method === 'POST')).toBe(false);
    expect(await axeViolations()).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Jazyk' }), 'en');
    expect(await screen.findByText('The form has errors; correct the marked fields.')).toBeTruthy();
    expect(screen.getByText('A link must start with https://.')).toBeTruthy();
  }, 60_000);

  it('creates a measure with every field of the draft', async () => {
    const { user, service } = renderMeasures(asJana);
    await openRegister(user);
    await user.click(await screen.findByRole('button', { name: 'Nové opatření' }));
    await heading('Nové opatření');
    await user.type(field('Název'), 'Objednávky online');
    await user.selectOptions(field('Druh'), 'Zlepšení');
    await user.selectOptions(field('Priorita'), 'Vysoká');
    await user.selectOptions(field('Zdroj'), 'Stížnost');
    await waitFor(() =>
      expect(within(field('Subkritérium CAF')).getAllByRole('option').length).toBeGreaterThan(5),
    );
    await user.selectOptions(field('Subkritérium CAF'), '3.3');
    await user.type(field('Označení zdroje'), 'ST-12/2026');
    await waitFor(() => expect(within(field('Útvar')).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(field('Útvar'), 'OD');
    await user.type(screen.getByRole('combobox', { name: 'Odpovědná osoba' }), 'Luc');
    await user.click(await personOption(/Lucie Dvořáková/));
    expect(await screen.findByText('Vybráno: Lucie Dvořáková')).toBeTruthy();
    await user.type(screen.getByRole('combobox', { name: 'Přidat spoluřešitele' }), 'Mar');
    await user.click(await personOption(/Marie Procházková/));
    expect(
      within(screen.getByRole('list', { name: 'Spoluřešitelé' })).getByText('Marie Procházková'),
    ).toBeTruthy();
    await user.type(field('Termín'), '2026-09-30');
    await user.type(field('Popis problému'), 'Lidé čekají na objednání.');
    await user.type(field('1. proč?'), 'Objednává se jen telefonem.');
    await user.click(screen.getByRole('checkbox', { name: 'IT systémy' }));
    await user.click(screen.getByRole('button', { name: 'Přidat krok' }));
    await user.type(field('Krok 1'), 'Vybrat systém');
    await user.type(field('Očekávaný výsledek'), 'Polovina objednávek online.');
    await user.type(field('Kritérium účinnosti'), 'Alespoň 50 % objednávek online.');
    await user.type(field('Datum ověření účinnosti'), '2026-12-31');
    await user.type(field('Rozpočet v Kč'), '120000');
    await user.type(field('Usnesení'), 'usnesení RM č. 123/2026');
    await user.type(field('Odkazy na doklady'), 'https://urad.example/a{Enter}https://urad.example/b');
    await user.click(screen.getByRole('button', { name: 'Založit opatření' }));
    await heading('Objednávky online');
    expect(screen.getByText('Opatření je založeno.')).toBeTruthy();
    const sent = service.requests.find(
      (request) => request.method === 'POST' && request.path === '/api/measures',
    );
    expect(sent?.body).toEqual({
      title: 'Objednávky online',
      kind: 'improvement',
      source: {
        origin: 'complaint',
        cycleId: null,
        subcriterionCode: '3.3',
        sourceKey: 'ST-12/2026',
        sourceUrl: null,
      },
      departmentCode: 'OD',
      ownerEmail: 'lucie.dvorakova@urad.example',
      coOwnerEmails: ['marie.prochazkova@urad.example'],
      priority: 'high',
      deadline: '2026-09-30',
      problem: 'Lidé čekají na objednání.',
      rootCause: { whys: ['Objednává se jen telefonem.'], categories: ['itSystems'] },
      steps: [{ key: null, title: 'Vybrat systém', ownerEmail: null, dueDate: null, done: false }],
      expectedResult: 'Polovina objednávek online.',
      effectivenessCriterion: 'Alespoň 50 % objednávek online.',
      checkDate: '2026-12-31',
      budgetCzk: 120000,
      councilResolution: 'usnesení RM č. 123/2026',
      evidenceLinks: ['https://urad.example/a', 'https://urad.example/b'],
    });
  }, 90_000);

  it('keeps the edits when the measure changed meanwhile, and saves with the new etag', async () => {
    const { user, service } = renderMeasures(asJana, { history: memoryHistory('measures/1/edit') });
    await heading('Upravit opatření');
    expect((field('Název') as HTMLInputElement).value).toBe('Zkrátit čekání na přepážce');
    await user.clear(field('Název'));
    await user.type(field('Název'), 'Zkrátit čekání na úřadě');
    service.replyOnce('PUT /api/measures/1', errorReply(409, 'conflict', 'Změněno.'));
    await user.click(screen.getByRole('button', { name: 'Uložit' }));
    expect(await screen.findByText(/Opatření mezitím změnil někdo jiný/)).toBeTruthy();
    expect((field('Název') as HTMLInputElement).value).toBe('Zkrátit čekání na úřadě');
    await waitFor(() =>
      expect(service.requestsTo('/api/measures/1').filter((r) => r.method === 'GET')).toHaveLength(2),
    );
    await user.click(screen.getByRole('button', { name: 'Uložit' }));
    await heading('Zkrátit čekání na úřadě');
    const puts = service.requestsTo('/api/measures/1').filter((request) => request.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect((puts[1]?.body as { etag: string }).etag).toBe('"1"');
  }, 60_000);
});
