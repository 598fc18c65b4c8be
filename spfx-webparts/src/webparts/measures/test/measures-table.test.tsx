import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { MeasureListing } from '@kvalita/core';

import { MeasuresTable } from '../components/MeasuresTable';

const measures: MeasureListing[] = [
  {
    id: 1,
    title: 'Zavést elektronické objednávání na úřední hodiny',
    kind: 'improvement',
    status: 'approved',
    ownerEmail: 'petr.svoboda@urad.example',
    ownerName: 'Petr Svoboda',
    deadline: '2025-06-30T00:00:00Z',
    subcriterionCode: '5.2',
  },
  {
    id: 2,
    title: 'Opravit chybné údaje v registru smluv',
    kind: 'corrective',
    status: 'closed',
    ownerEmail: null,
    ownerName: null,
    deadline: null,
    subcriterionCode: null,
  },
];

function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole(/^(cell|rowheader)$/)
    .map((cell) => cell.textContent ?? '');
}

// SharePoint pages register Fluent UI's icons; a bare test page has none and would warn on every render.
setIconOptions({ disableWarnings: true });

describe('MeasuresTable', () => {
  it('shows a loading message while the measures are read', () => {
    render(<MeasuresTable locale="cs" state={{ kind: 'loading' }} />);

    expect(screen.getByRole('heading', { name: 'Opatření' })).toBeTruthy();
    expect(screen.getAllByText('Načítám opatření…').length).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists the measures in a table named by the heading, one row each', () => {
    render(<MeasuresTable locale="cs" state={{ kind: 'loaded', measures }} />);

    const table = screen.getByRole('table', { name: 'Opatření' });
    const [header, first, second] = within(table).getAllByRole('row');
    expect(within(header).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Název',
      'Druh',
      'Stav',
      'Odpovědná osoba',
      'Termín',
      'Subkritérium CAF',
    ]);
    expect(cellTexts(first)).toEqual([
      'Zavést elektronické objednávání na úřední hodiny',
      'Zlepšení',
      'Schváleno',
      'Petr Svoboda',
      '30. 6. 2025',
      '5.2 Poskytovat produkty a služby zákazníkům, občanům, zainteresovaným stranám a společnosti',
    ]);
    // Missing values are an empty cell for a screen reader; the dash is hidden from it.
    expect(cellTexts(second)).toEqual([
      'Opravit chybné údaje v registru smluv',
      'Nápravné',
      'Uzavřeno',
      '—',
      '—',
      '—',
    ]);
    expect(within(second).getAllByText('—').every((dash) => dash.getAttribute('aria-hidden') === 'true')).toBe(
      true,
    );
    expect(within(table).getByRole('rowheader', { name: 'Opravit chybné údaje v registru smluv' })).toBeTruthy();
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe('2025-06-30T00:00:00Z');
    expect(screen.queryByText('Načítám opatření…')).toBeNull();
    // A table wider than the section scrolls; keyboard users reach the scroll area with Tab.
    expect(screen.getByRole('region', { name: 'Opatření' }).tabIndex).toBe(0);
  });

  it('uses the English catalogue for an English page', () => {
    render(<MeasuresTable locale="en" state={{ kind: 'loaded', measures }} />);

    const table = screen.getByRole('table', { name: 'Measures' });
    expect(within(table).getByRole('columnheader', { name: 'Owner' })).toBeTruthy();
    expect(within(table).getByText('Approved')).toBeTruthy();
    expect(within(table).getByText('30 Jun 2025')).toBeTruthy();
  });

  it('says so when there are no measures, without an empty table', () => {
    render(<MeasuresTable locale="cs" state={{ kind: 'loaded', measures: [] }} />);

    expect(screen.getByRole('status').textContent).toBe('Zatím nejsou evidována žádná opatření.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('announces a failed load in a whole Czech sentence, without SharePoint’s English text', async () => {
    render(
      <MeasuresTable
        locale="cs"
        state={{ kind: 'failed', message: "List 'KvalitaMeasures' does not exist at site." }}
      />,
    );

    // Fluent's MessageBar puts the text into its live region a moment later, so screen readers announce it.
    const alert = screen.getByRole('alert');
    expect(await within(alert).findByText('Opatření se nepodařilo načíst. Zkuste stránku načíst znovu; pokud potíž trvá, obraťte se na správce webu.')).toBeTruthy();
    expect(alert.textContent).not.toContain('does not exist');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
