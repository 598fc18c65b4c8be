/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { memoryHistory } from '../support/memory-history';
import { asJana, asLucie, openOpenData, renderOpenData } from './render-opendata';

const publishRequests = (service: { requestsTo: (path: string) => readonly { body: unknown }[] }) =>
  service
    .requestsTo('/api/opendata/publish')
    .map((request) => (request.body as { requestId: string }).requestId);

describe('open data overview', () => {
  it('shows who publishes and the five datasets with their settings, files and previews', async () => {
    const { user } = renderOpenData(asJana);
    const table = await openOpenData(user);
    expect(screen.getByText('Městský úřad Lipová')).toBeTruthy();
    expect(screen.getByText('00012345')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'https://kvalita.test/opendata/katalog' }).getAttribute('href'),
    ).toBe('https://kvalita.test/opendata/katalog');
    const rows = within(table).getAllByRole('rowheader');
    expect(rows).toHaveLength(5);
    expect(rows[0]!.textContent).toContain('Výsledky sebehodnocení podle modelu CAF');
    const caf = within(table).getByRole('checkbox', {
      name: 'Zveřejňovat: Výsledky sebehodnocení podle modelu CAF',
    }) as HTMLInputElement;
    expect(caf.checked).toBe(true);
    const frequency = within(table).getByRole('combobox', {
      name: 'Četnost aktualizace: Výsledky sebehodnocení podle modelu CAF',
    }) as HTMLSelectElement;
    expect(frequency.value).toBe('annual');
    expect(
      within(frequency)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['týdně', 'měsíčně', 'čtvrtletně', 'ročně', 'nepravidelně']);
    expect(within(table).getAllByText('Dosud nezveřejněno')).toHaveLength(5);
    expect(
      within(table)
        .getByRole('link', { name: 'Náhled – Výsledky sebehodnocení podle modelu CAF' })
        .getAttribute('href'),
    ).toBe('#/opendata/cafResults');
    expect(screen.getByText('Zatím nebylo nic zveřejněno.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stáhnout registrační soubor' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Registrace lokálního katalogu' }).getAttribute('href')).toBe(
      'https://data.gov.cz/formulář/registrace-lokálního-katalogu',
    );
    expect(screen.getByText(/datové schránky m3hp53v s předmětem „NKOD“/)).toBeTruthy();
  }, 20_000);

  it('saves a changed checkbox and frequency with the row’s etag, the second with the etag the first answered', async () => {
    const { user, service } = renderOpenData(asJana);
    const table = await openOpenData(user);
    // The second change right after the first: it waits for the first's answer and sends its etag.
    await user.click(within(table).getByRole('checkbox', { name: /^Zveřejňovat: Souhrn registru opatření/ }));
    await user.selectOptions(
      within(table).getByRole('combobox', { name: /^Četnost aktualizace: Souhrn registru opatření/ }),
      'quarterly',
    );
    await waitFor(() => expect(service.requestsTo('/api/opendata/datasets/measuresSummary')).toHaveLength(2));
    const [first, second] = service.requestsTo('/api/opendata/datasets/measuresSummary');
    expect(first!.method).toBe('PUT');
    expect(first!.body).toEqual({ chosen: true, frequency: 'monthly', etag: null });
    expect(second!.body).toEqual({ chosen: true, frequency: 'quarterly', etag: '"measuresSummary-2"' });
    await screen.findByText(/^Nastavení sady Souhrn registru opatření.* je uloženo\.$/);
    expect(screen.getByText(/^Zveřejní se vybrané datové sady \(2\)/)).toBeTruthy();
  }, 20_000);

  it('says when someone else changed a row meanwhile and shows the row as it now stands', async () => {
    const { user, fake } = renderOpenData(asJana);
    const table = await openOpenData(user);
    fake.changeElsewhere('cafResults', { frequency: 'weekly' });
    await user.click(within(table).getByRole('checkbox', { name: /^Zveřejňovat: Výsledky sebehodnocení/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('mezitím změnil někdo jiný');
    await waitFor(() =>
      expect(
        (
          screen.getByRole('combobox', {
            name: 'Četnost aktualizace: Výsledky sebehodnocení podle modelu CAF',
          }) as HTMLSelectElement
        ).value,
      ).toBe('weekly'),
    );
    expect(
      (screen.getByRole('checkbox', { name: /^Zveřejňovat: Výsledky sebehodnocení/ }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  }, 20_000);

  it('publishes the chosen datasets, says so and shows the entry in the log', async () => {
    const { user, service } = renderOpenData(asJana);
    await openOpenData(user);
    await user.click(screen.getByRole('button', { name: 'Zveřejnit vybrané' }));
    await screen.findByText('Zveřejněno: datové sady (1) a katalog. Zveřejnění je v záznamu zveřejnění.');
    const log = await screen.findByRole('table', { name: /^Poslední zveřejnění/ });
    const entry = within(log).getAllByRole('row')[1]!;
    expect(entry.textContent).toContain('Jana Nováková');
    expect(entry.textContent).toContain('ručně');
    expect(entry.textContent).toContain('Výsledky sebehodnocení podle modelu CAF: 37');
    expect(entry.textContent).toContain('a3f5c0de9b1e…');
    // The whole digest is there for a screen reader and as the tooltip.
    expect(within(entry).getByText(/^Celý otisk SHA-256: a3f5c0de9b1e44f7/)).toBeTruthy();
    const requestIds = publishRequests(service);
    expect(requestIds).toHaveLength(1);
    expect(requestIds[0]).toMatch(/^[0-9a-f-]{36}$/);
    const table = screen.getByRole('table', { name: /^Datové sady, které Kvalita umí zveřejnit/ });
    await within(table).findByRole('link', { name: 'CSV – Výsledky sebehodnocení podle modelu CAF' });
  }, 20_000);

  it('sends one request id for a double click, and a new one for the next publication', async () => {
    const { user, service, holdPublications } = renderOpenData(asJana);
    await openOpenData(user);
    const button = screen.getByRole('button', { name: 'Zveřejnit vybrané' });
    await user.dblClick(button);
    await screen.findByText(/^Zveřejněno: datové sady \(1\)/);
    const afterDouble = publishRequests(service);
    expect(afterDouble.length).toBeGreaterThanOrEqual(1);
    expect(new Set(afterDouble).size).toBe(1);

    // While a publication is on its way, more clicks send nothing more.
    const held = holdPublications();
    await user.click(screen.getByRole('button', { name: 'Zveřejnit vybrané' }));
    await user.click(screen.getByRole('button', { name: 'Zveřejňuji…' }));
    held.release();
    await waitFor(() => expect(publishRequests(service)).toHaveLength(afterDouble.length + 1));
    const next = publishRequests(service).at(-1);
    expect(next).not.toBe(afterDouble[0]);
    await screen.findByRole('button', { name: 'Zveřejnit vybrané' });
    expect(publishRequests(service)).toHaveLength(afterDouble.length + 1);
  }, 20_000);

  it('retries a publication whose answer was lost with the same id, and says nothing was published again', async () => {
    const { user, service, losePublicationAnswer } = renderOpenData(asJana);
    await openOpenData(user);
    losePublicationAnswer();
    await user.click(screen.getByRole('button', { name: 'Zveřejnit vybrané' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Zveřejnit vybrané' }));
    await screen.findByText(/^Toto zveřejnění už proběhlo/);
    const ids = publishRequests(service);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(screen.queryByText(/^Zveřejněno: datové sady/)).toBeNull();
  }, 20_000);

  it('keeps publishing out of reach with nothing chosen, and shows a refusal', async () => {
    const { user, service } = renderOpenData(asJana);
    const table = await openOpenData(user);
    await user.click(within(table).getByRole('checkbox', { name: /^Zveřejňovat: Výsledky sebehodnocení/ }));
    await screen.findByText(/^Není vybraná žádná datová sada/);
    const button = screen.getByRole('button', { name: 'Zveřejnit vybrané' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.click(button);
    expect(service.requestsTo('/api/opendata/publish')).toHaveLength(0);

    service.replyOnce('POST /api/opendata/publish', {
      status: 409,
      body: { error: { code: 'conflict', message: 'invalid', reason: { key: 'opendata.unknownToThisTab' } } },
    });
    await user.click(within(table).getByRole('checkbox', { name: /^Zveřejňovat: Výsledky sebehodnocení/ }));
    await screen.findByText(/^Zveřejní se vybrané datové sady \(1\)/);
    await user.click(screen.getByRole('button', { name: 'Zveřejnit vybrané' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Náhled každé vybrané sady ukáže');
  }, 20_000);

  it('is not in the navigation of anyone but the quality manager, and a link to it says whose it is', async () => {
    const { service } = renderOpenData(asLucie, { history: memoryHistory('opendata') });
    await screen.findByText('Otevřená data zveřejňuje manažer kvality; tato stránka je jen pro něj.');
    const areas = screen.getByRole('navigation', { name: 'Oblasti aplikace' });
    expect(within(areas).queryByRole('button', { name: 'Otevřená data' })).toBeNull();
    expect(within(areas).getByRole('button', { name: 'Sebehodnocení' })).toBeTruthy();
    expect(service.requestsTo('/api/opendata')).toHaveLength(0);
  }, 20_000);
});
