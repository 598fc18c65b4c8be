/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderApp, signedInAsJana } from '../support/render-app';

describe('CAF 2020 model page', () => {
  it('shows the 9 criteria in two sections with all 28 subcriteria, in Czech by default', async () => {
    renderApp({ stored: signedInAsJana });

    expect(await screen.findByRole('heading', { level: 1, name: 'Model CAF 2020' })).toBeTruthy();
    expect(await screen.findByText('9 kritérií, 28 subkritérií')).toBeTruthy();
    const enablers = screen.getByRole('region', { name: 'Kritéria předpokladů' });
    const results = screen.getByRole('region', { name: 'Výsledková kritéria' });
    expect(within(enablers).getAllByRole('heading', { level: 3 })).toHaveLength(5);
    expect(within(results).getAllByRole('heading', { level: 3 })).toHaveLength(4);
    expect(screen.getByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' })).toBeTruthy();

    const lists = screen.getAllByRole('list');
    expect(lists).toHaveLength(9);
    const items = lists.flatMap((list) => within(list).getAllByRole('listitem'));
    expect(items).toHaveLength(28);
    // Each list is named by its criterion's heading.
    const leadership = screen.getByRole('list', { name: 'Kritérium 1: Vedení' });
    expect(within(leadership).getAllByRole('listitem')[0]?.textContent).toContain('1.1');
    expect(document.documentElement.lang).toBe('cs');
  });

  it('marks working translations with a badge whose accessible name explains it', async () => {
    renderApp({ stored: signedInAsJana });

    const hint = 'Pracovní překlad, který ještě nebyl ověřen podle českého vydání MV ČR.';
    await screen.findByRole('heading', { level: 3, name: 'Kritérium 1: Vedení' });
    // Czech subcriteria titles are working translations; the criteria titles are confirmed.
    const badges = screen.getAllByRole('note', { name: hint });
    expect(badges).toHaveLength(28);
    expect(badges[0]?.textContent).toBe('pracovní překlad');
    const firstItem = screen.getByRole('list', { name: 'Kritérium 1: Vedení' }).querySelector('li');
    expect(firstItem && within(firstItem).getByRole('note', { name: hint })).toBeTruthy();
  });

  it('tells the user when the model has no criteria', async () => {
    const rendered = renderApp({ stored: signedInAsJana });
    rendered.service.replyOnce('/api/caf/model', { status: 200, body: { locale: 'cs', criteria: [] } });

    expect(await screen.findByText('Model CAF zatím neobsahuje žádná kritéria.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
