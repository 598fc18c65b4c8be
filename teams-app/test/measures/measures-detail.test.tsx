/** @jest-environment jsdom */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { asJana, asLucie } from '../caf/fake-caf';
import { errorReply } from '../support/fake-service';
import { memoryHistory } from '../support/memory-history';
import { axeViolations, renderMeasures } from './render-measures';

beforeEach(() => localStorage.clear());

/** The detail page's heading, once the measure has loaded (a busy machine may take a moment). */
const openedAt = (name: string) => screen.findByRole('heading', { level: 1, name }, { timeout: 5_000 });

const actions = () =>
  within(screen.getByRole('region', { name: 'Akce' }))
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('measure detail', () => {
  it('shows every field, the steps with done flags and the history', async () => {
    renderMeasures(asJana, { history: memoryHistory('measures/1') });
    await openedAt('Zkrátit čekání na přepážce');
    expect(screen.getByText('Dlouhé čekání na přepážce.')).toBeTruthy();
    expect(screen.getByText('Méně než 2 stížnosti měsíčně.')).toBeTruthy();
    expect(screen.getByText('Otevřít druhou přepážku (hotovo)')).toBeTruthy();
    expect(screen.getByText('Objednávkový systém (nehotovo)')).toBeTruthy();
    expect(screen.getByText('Založeno z plánu.')).toBeTruthy();
    expect(screen.getByText(/Jana Nováková · Plánuj/)).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  }, 30_000);

  it('offers only the actions the reply allows', async () => {
    const jana = renderMeasures(asJana, { history: memoryHistory('measures/1') });
    await openedAt('Zkrátit čekání na přepážce');
    expect(actions()).toEqual(['Upravit', 'Zapsat průběh', 'Předat k ověření účinnosti', 'Zrušit opatření']);
    jana.unmount();

    const proposed = renderMeasures(asJana, { history: memoryHistory('measures/2') });
    await openedAt('Nový postup stížností');
    expect(actions()).toEqual(['Upravit', 'Schválit', 'Zrušit opatření']);
    proposed.unmount();

    renderMeasures(asLucie, { history: memoryHistory('measures/1') });
    await openedAt('Zkrátit čekání na přepážce');
    expect(screen.queryByRole('region', { name: 'Akce' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Zapsat průběh' })).toBeNull();
  }, 40_000);

  it('reports progress with percent, phase, note and the steps done', async () => {
    const { user, service } = renderMeasures(asJana, { history: memoryHistory('measures/1') });
    await openedAt('Zkrátit čekání na přepážce');
    await user.click(screen.getByRole('button', { name: 'Zapsat průběh' }));
    const form = screen.getByRole('form', { name: 'Zapsat průběh' });
    await user.click(within(form).getByRole('button', { name: 'Zapsat' }));
    expect(within(form).getByText('Napište, co se udělalo.')).toBeTruthy();
    const percent = within(form).getByRole('spinbutton', { name: /Plnění v procentech/ });
    await user.clear(percent);
    await user.type(percent, '140');
    await user.click(within(form).getByRole('button', { name: 'Zapsat' }));
    expect(within(form).getByText('Zadejte celé číslo od 0 do 100.')).toBeTruthy();
    await user.clear(percent);
    await user.type(percent, '70');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Fáze PDCA' }), 'Kontroluj');
    await user.type(
      within(form).getByRole('textbox', { name: /Co se udělalo/ }),
      'Spuštěn objednávkový systém.',
    );
    await user.click(within(form).getByRole('checkbox', { name: 'Objednávkový systém' }));
    await user.click(within(form).getByRole('button', { name: 'Zapsat' }));
    await screen.findByText('Změna je uložena.');
    expect(service.requestsTo('/api/measures/1/progress')[0]?.body).toEqual({
      etag: '"1"',
      progress: 70,
      phase: 'check',
      note: 'Spuštěn objednávkový systém.',
      stepsDone: [{ key: 's2', done: true }],
    });
    expect(screen.queryByRole('form', { name: 'Zapsat průběh' })).toBeNull();
    expect(screen.getByText('Objednávkový systém (hotovo)')).toBeTruthy();
    expect(screen.getByText('Spuštěn objednávkový systém.')).toBeTruthy();
  }, 40_000);

  it('says a stale measure was reloaded and keeps what was typed', async () => {
    const { user, service } = renderMeasures(asJana, { history: memoryHistory('measures/1') });
    await openedAt('Zkrátit čekání na přepážce');
    service.replyOnce('POST /api/measures/1/progress', errorReply(409, 'conflict', 'Změněno.'));
    await user.click(screen.getByRole('button', { name: 'Zapsat průběh' }));
    const form = screen.getByRole('form', { name: 'Zapsat průběh' });
    const note = within(form).getByRole('textbox', { name: /Co se udělalo/ });
    await user.type(note, 'Druhá přepážka otevřena.');
    await user.click(within(form).getByRole('button', { name: 'Zapsat' }));
    expect(await screen.findByText(/Opatření mezitím změnil někdo jiný/)).toBeTruthy();
    await waitFor(() => expect(service.requestsTo('/api/measures/1').length).toBe(2));
    expect((within(form).getByRole('textbox', { name: /Co se udělalo/ }) as HTMLTextAreaElement).value).toBe(
      'Druhá přepážka otevřena.',
    );
    // Sent again, it goes through.
    await user.click(within(form).getByRole('button', { name: 'Zapsat' }));
    await screen.findByText('Změna je uložena.');
    expect(service.requestsTo('/api/measures/1/progress')).toHaveLength(2);
  }, 40_000);

  it('asks before a move, saying what changes, and needs a reason to cancel', async () => {
    const { user, service } = renderMeasures(asJana, { history: memoryHistory('measures/2') });
    await openedAt('Nový postup stížností');
    await user.click(screen.getByRole('button', { name: 'Zrušit opatření' }));
    const dialog = screen.getByRole('dialog', { name: 'Zrušit opatření?' });
    expect(within(dialog).getByText(/Stav se změní na „Zrušeno“/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ano, provést' }));
    expect(within(dialog).getByText('Napište důvod zrušení.')).toBeTruthy();
    expect(service.requestsTo('/api/measures/2/transition')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Zpět' }));

    await user.click(screen.getByRole('button', { name: 'Schválit' }));
    const approve = screen.getByRole('dialog', { name: 'Schválit opatření?' });
    expect(within(approve).getByText(/z „Navrženo“ na „Schváleno“/)).toBeTruthy();
    await user.click(within(approve).getByRole('button', { name: 'Ano, provést' }));
    await screen.findByText('Změna je uložena.');
    expect(service.requestsTo('/api/measures/2/transition')[0]?.body).toEqual({
      etag: '"1"',
      transition: 'approve',
      reason: '',
    });
    expect(actions()).toEqual(['Upravit', 'Zahájit', 'Zrušit opatření']);
  }, 40_000);

  it('keeps the cancel reason in the dialog when the measure changed meanwhile', async () => {
    const { user, service } = renderMeasures(asJana, { history: memoryHistory('measures/4') });
    await openedAt('Školení komunikace');
    service.replyOnce('POST /api/measures/4/transition', errorReply(409, 'conflict', 'Změněno.'));
    await user.click(screen.getByRole('button', { name: 'Zrušit opatření' }));
    const dialog = screen.getByRole('dialog', { name: 'Zrušit opatření?' });
    await user.type(within(dialog).getByRole('textbox', { name: /Důvod/ }), 'Nahrazeno jiným opatřením.');
    await user.click(within(dialog).getByRole('button', { name: 'Ano, provést' }));
    expect(await within(dialog).findByText(/Opatření mezitím změnil někdo jiný/)).toBeTruthy();
    expect((within(dialog).getByRole('textbox', { name: /Důvod/ }) as HTMLTextAreaElement).value).toBe(
      'Nahrazeno jiným opatřením.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ano, provést' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(service.requestsTo('/api/measures/4/transition')[1]?.body).toEqual({
      etag: '"1"',
      transition: 'cancel',
      reason: 'Nahrazeno jiným opatřením.',
    });
    expect(screen.getByText('Nahrazeno jiným opatřením.', { selector: 'dd' })).toBeTruthy();
  }, 40_000);

  it('records an effectiveness check that finds the measure not effective, with a new deadline', async () => {
    const { user, service } = renderMeasures(asJana, { history: memoryHistory('measures/3') });
    await openedAt('Ověřit web úřadu');
    await user.click(screen.getByRole('button', { name: 'Ověřit účinnost' }));
    const form = screen.getByRole('form', { name: 'Ověřit účinnost' });
    expect(within(form).getByText('Kritérium účinnosti: Méně než 2 stížnosti měsíčně.')).toBeTruthy();
    await user.click(within(form).getByRole('radio', { name: /Neúčinné/ }));
    await user.click(within(form).getByRole('button', { name: 'Zapsat ověření' }));
    expect(within(form).getByText('Napište, co ověření zjistilo.')).toBeTruthy();
    expect(within(form).getByText('Zadejte nový termín.')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: /Co ověření zjistilo/ }), 'Stížnosti trvají.');
    await user.type(within(form).getByLabelText(/Nový termín/), '2026-09-30');
    await user.click(within(form).getByRole('button', { name: 'Zapsat ověření' }));
    await screen.findByText('Změna je uložena.');
    expect(service.requestsTo('/api/measures/3/effectiveness')[0]?.body).toEqual({
      etag: '"1"',
      effective: false,
      note: 'Stížnosti trvají.',
      newDeadline: '2026-09-30',
    });
  }, 40_000);
});
