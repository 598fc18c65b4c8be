/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { asLucie } from './fake-caf';
import { openCycle, renderCaf } from './render-caf';

const SAVE_WAIT = { timeout: 4000 };

describe('individual scoring', () => {
  it('shows beside the subcriterion the measures since the previous cycle, with status and effectiveness', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    const panel = await screen.findByRole('region', { name: 'Opatření od cyklu Sebehodnocení CAF 2024' });
    const items = within(panel).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Pravidelné porady vedení s odboryÚčinnéUzavřeno · termín 30. 6. 2025 · Odpovídá Pavel Ředitel',
      'Zveřejnit vizi na intranetuNeúčinné – znovu otevřenoPo termínuProbíhá · termín 31. 10. 2025 · Odpovídá Lucie Dvořáková',
    ]);
    // Another subcriterion shows its own; one without measures shows no panel at all.
    const jump = screen.getByRole('navigation', { name: 'Subkritéria' });
    await user.click(within(jump).getByRole('button', { name: '3.2' }));
    const other = await screen.findByRole('region', { name: 'Opatření od cyklu Sebehodnocení CAF 2024' });
    expect(within(other).getByText('Školení vedoucích')).toBeTruthy();
    expect(within(other).getByText('Účinnost zatím neověřena')).toBeTruthy();
    await user.click(within(jump).getByRole('button', { name: '1.2' }));
    await screen.findByRole('heading', { level: 2, name: /^1\.2 / });
    expect(screen.queryByRole('region', { name: /Opatření od cyklu/ })).toBeNull();
  }, 20_000);

  it('shows no measures panel when the cycle has no previous cycle to compare with', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Jemné hodnocení 2026', 'Moje hodnocení');
    await screen.findByRole('heading', { level: 2, name: /^1\.1 / });
    expect(screen.queryByRole('region', { name: /Opatření od cyklu/ })).toBeNull();
  }, 20_000);

  it('explains why 101, -1 and 2.5 are not scores', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    const score = await screen.findByRole('spinbutton', { name: 'Skóre (0–100)' });

    await user.clear(score);
    await user.type(score, '101');
    expect(await screen.findByText('Skóre může být nejvýše 100.')).toBeTruthy();
    await user.clear(score);
    await user.type(score, '-1');
    expect(await screen.findByText('Skóre musí být alespoň 0.')).toBeTruthy();
    await user.clear(score);
    await user.type(score, '2.5');
    expect(await screen.findByText('Zadejte celé číslo bez desetinných míst.')).toBeTruthy();
  }, 20_000);

  it('shows the subcriterion, its panel with the band of the score, and a jump list with done marks', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    expect(await screen.findByRole('heading', { level: 2, name: /^1\.1 Udávat směr/ })).toBeTruthy();
    // Lucie's stored 50 falls in the DO band (31–50).
    const panel = screen.getByRole('list', { name: 'Hodnoticí panel' });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(6);
    expect(within(panel).getByText(/DO: přístup se realizuje \(vaše hodnocení\)/)).toBeTruthy();
    const jump = screen.getByRole('navigation', { name: 'Subkritéria' });
    expect(within(jump).getAllByRole('button')).toHaveLength(28);
    expect(within(jump).getByRole('button', { name: '1.1 ✓ hotovo' })).toBeTruthy();
    await user.click(within(jump).getByRole('button', { name: '6.2' }));
    expect(await screen.findByRole('heading', { level: 2, name: /^6\.2 / })).toBeTruthy();
    expect(screen.getByText(/Stagnující trendy/)).toBeTruthy();
  }, 20_000);

  it('keeps the subcriterion’s examples in view while scoring', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    const examples = await screen.findByRole('region', { name: 'Příklady (volně podle modelu CAF 2020)' });
    expect(within(examples).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(within(examples).getByText(/Poslání, vize a hodnoty vznikly/)).toBeTruthy();
    const jump = screen.getByRole('navigation', { name: 'Subkritéria' });
    await user.click(within(jump).getByRole('button', { name: '6.2' }));
    expect(await screen.findByText('Počet stížností a doba jejich vyřízení')).toBeTruthy();
  }, 20_000);

  it('auto-saves with a PUT carrying the last etag and says "Uloženo"', async () => {
    const { user, service } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    const score = await screen.findByRole('spinbutton', { name: 'Skóre (0–100)' });
    await user.clear(score);
    await user.type(score, '65');
    await user.type(screen.getByRole('textbox', { name: 'Silné stránky' }), 'Porady vedení');

    expect(await screen.findByText('Uloženo', {}, SAVE_WAIT)).toBeTruthy();
    const puts = service.requests.filter((request) => request.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.path).toBe('/api/caf/cycles/2/my-scores/1.1');
    expect(puts[0]?.body).toMatchObject({
      input: { method: 'classical', score: 65 },
      strengths: 'Porady vedení',
      etag: 'etag-lucie-1.1',
    });

    // The next save sends the etag the service gave back.
    await user.type(screen.getByRole('textbox', { name: 'Oblasti pro zlepšení' }), 'Měření');
    await waitFor(
      () => expect(service.requests.filter((request) => request.method === 'PUT')).toHaveLength(2),
      SAVE_WAIT,
    );
    const second = service.requests.filter((request) => request.method === 'PUT')[1];
    expect(second?.body).toMatchObject({ etag: 'etag-saved-1' });
  }, 20_000);

  it('does not save an invalid score', async () => {
    const { user, service } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    const score = await screen.findByRole('spinbutton', { name: 'Skóre (0–100)' });
    await user.clear(score);
    await user.type(score, '101');
    expect(await screen.findByText('Neuloženo: opravte hodnoty skóre.', {}, SAVE_WAIT)).toBeTruthy();
    expect(service.requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
  }, 20_000);

  it('tells the member clearly when the score changed elsewhere (409)', async () => {
    const { user, service } = renderCaf(asLucie);
    service.replyOnce('PUT /api/caf/cycles/2/my-scores/1.1', {
      status: 409,
      body: { error: { code: 'conflict', message: '' } },
    });
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    const score = await screen.findByRole('spinbutton', { name: 'Skóre (0–100)' });
    await user.clear(score);
    await user.type(score, '70');
    expect(await screen.findByText(/bylo mezitím změněno jinde/, {}, SAVE_WAIT)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Načíst aktuální verzi' })).toBeTruthy();
  }, 20_000);

  it('tells the member the scores were submitted meanwhile when a save is refused after the submit (409)', async () => {
    const { user, service } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    const score = await screen.findByRole('spinbutton', { name: 'Skóre (0–100)' });
    // Another device submits; this one's next save is refused.
    service.replyOnce('PUT /api/caf/cycles/2/my-scores/1.1', {
      status: 409,
      body: {
        error: { code: 'conflict', message: 'Své hodnocení jste už odeslal(a), proto ho nelze měnit.' },
      },
    });
    service.replyOnce('GET /api/caf/cycles/2/my-scores', {
      status: 200,
      body: { submitted: true, scores: [], measuresSincePrevious: { previousCycle: null, measures: [] } },
    });
    await user.clear(score);
    await user.type(score, '70');
    expect(await screen.findByText(/Hodnocení už bylo odesláno/, {}, SAVE_WAIT)).toBeTruthy();
    // Reloading would not help: no reload is offered.
    expect(screen.queryByRole('button', { name: 'Načíst aktuální verzi' })).toBeNull();
  }, 20_000);

  it('offers a retry when saving fails', async () => {
    const { user, service } = renderCaf(asLucie);
    service.replyOnce('PUT /api/caf/cycles/2/my-scores/1.1', 'networkError');
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    const score = await screen.findByRole('spinbutton', { name: 'Skóre (0–100)' });
    await user.clear(score);
    await user.type(score, '70');
    await user.click(await screen.findByRole('button', { name: 'Zkusit znovu' }, SAVE_WAIT));
    expect(await screen.findByText('Uloženo', {}, SAVE_WAIT)).toBeTruthy();
  }, 20_000);

  it('shows the fine-tuned mean of PLAN, DO, CHECK and ACT', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Jemné hodnocení 2026', 'Moje hodnocení');
    const values: Record<string, string> = { PLAN: '40', DO: '60', CHECK: '50', ACT: '55' };
    for (const [name, value] of Object.entries(values)) {
      await user.type(await screen.findByRole('spinbutton', { name: new RegExp(`^${name}`) }), value);
    }
    expect(await screen.findByText('Výsledné skóre (průměr): 51,3')).toBeTruthy();
    // Each dimension shows the evidence panel.
    expect(screen.getAllByRole('list', { name: 'Hodnoticí panel' })).toHaveLength(4);
  }, 20_000);

  it('adds and removes evidence links, accepting https only', async () => {
    const { user } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    await user.type(await screen.findByRole('textbox', { name: 'Název dokumentu' }), 'Strategie');
    await user.type(screen.getByRole('textbox', { name: /Odkaz \(https\)/ }), 'http://intranet/strategie');
    await user.click(screen.getByRole('button', { name: 'Přidat odkaz' }));
    expect(await screen.findByText('Zadejte adresu začínající https://')).toBeTruthy();
    const url = screen.getByRole('textbox', { name: /Odkaz \(https\)/ });
    await user.clear(url);
    await user.type(url, 'https://urad.sharepoint.com/strategie.docx');
    await user.click(screen.getByRole('button', { name: 'Přidat odkaz' }));
    expect(await screen.findByRole('link', { name: 'Strategie' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Odebrat odkaz Strategie' }));
    expect(screen.queryByRole('link', { name: 'Strategie' })).toBeNull();
  }, 20_000);

  it('submits after confirmation and then shows the scores read-only', async () => {
    const { user, service } = renderCaf(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    await user.click(await screen.findByRole('button', { name: 'Odeslat hodnocení' }));
    const dialog = await screen.findByRole('dialog', { name: 'Odeslat hodnocení?' });
    expect(within(dialog).getByText('Ohodnoceno 1 z 28 subkritérií.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ano, odeslat' }));
    const confirmation = await screen.findByText('Vaše hodnocení je odesláno. Už ho nelze měnit.');
    expect(service.requestsTo('/api/caf/cycles/2/my-scores/submit')).toHaveLength(1);
    // Keyboard users land on the confirmation, not on the body, once the dialog's button is gone.
    await waitFor(() => expect(document.activeElement?.contains(confirmation)).toBe(true));
    expect((screen.getByRole('spinbutton', { name: 'Skóre (0–100)' }) as HTMLInputElement).disabled).toBe(
      true,
    );
  }, 20_000);
});
