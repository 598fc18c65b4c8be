/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { memoryHistory } from '../support/memory-history';
import { asJana, openOpenData, renderOpenData } from './render-opendata';

describe('open data preview', () => {
  it('opens from the overview and shows the rows under the Czech titles, the counts, the check and the files', async () => {
    const { user, history } = renderOpenData(asJana);
    const table = await openOpenData(user);
    await user.click(
      within(table).getByRole('link', { name: 'Náhled – Výsledky sebehodnocení podle modelu CAF' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Náhled: Výsledky sebehodnocení podle modelu CAF' });
    expect(history.read()).toBe('opendata/cafResults');
    const rows = await screen.findByRole('table', { name: 'První řádky souboru (3 z 84)' });
    const headers = within(rows)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers.slice(0, 3)).toEqual(['Cyklus', 'Začátek cyklu', 'Konec cyklu']);
    expect(within(rows).getAllByRole('rowheader')).toHaveLength(3);
    const facts = screen.getByText('Řádků celkem').closest('dl')!;
    expect(facts.textContent).toContain('84');
    expect(facts.textContent).toContain('Vynechané útvary2');
    expect(screen.getByText('Soubory odpovídají schématu CSVW i normě DCAT-AP-CZ.')).toBeTruthy();
    const addresses = screen.getByRole('region', { name: 'Veřejné adresy datové sady' });
    expect(within(addresses).getByRole('link', { name: 'Soubor CSV' }).getAttribute('href')).toBe(
      'https://kvalita.lipova.example/opendata/soubory/caf-vysledky.csv',
    );
    const csv = screen.getByRole('region', { name: 'Soubor CSV' });
    expect(csv.tagName).toBe('PRE');
    expect(csv.textContent).toMatch(/^cyklus,začátek_cyklu/);
    expect(screen.getByRole('region', { name: 'Metadata CSVW (JSON)' }).textContent).toContain(
      '"@context": "http://www.w3.org/ns/csvw"',
    );
    expect(
      screen.getByRole('region', { name: 'Záznam v katalogu (DCAT-AP-CZ, JSON-LD)' }).textContent,
    ).toContain('Datová sada');
    await user.click(screen.getByRole('link', { name: 'Zpět na přehled otevřených dat' }));
    await screen.findByRole('table', { name: /^Datové sady, které Kvalita umí zveřejnit/ });
  }, 20_000);

  it('lists what validation found, in the language the tab shows', async () => {
    renderOpenData(asJana, { history: memoryHistory('opendata/surveyAggregates') });
    await screen.findByText(
      'Kontrola našla problémy (1). Dokud je má některá vybraná sada, zveřejnění se odmítne.',
    );
    const found = screen.getByText(/^Kontrola našla problémy/).closest('div')!;
    const problem = within(found).getByRole('listitem');
    expect(problem.textContent).toBe(
      'pruzkumy.csv, řádek 4, sloupec respondenti: Řádek vychází z menší skupiny lidí, než je prahová hodnota skupiny.',
    );
  }, 20_000);
});
