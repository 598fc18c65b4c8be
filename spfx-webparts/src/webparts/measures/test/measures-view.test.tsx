import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { MeasureListing } from '@kvalita/core';

import { MeasuresView } from '../components/MeasuresView';

const measure: MeasureListing = {
  id: 3,
  title: 'Proškolit referenty v komunikaci s občany',
  kind: 'preventive',
  status: 'proposed',
  ownerEmail: 'eva.dvorakova@urad.example',
  ownerName: 'Eva Dvořáková',
  deadline: '2025-09-15T00:00:00Z',
  subcriterionCode: '3.2',
};

/** A load the test finishes by hand, to see what the view shows meanwhile. */
function pendingLoad(): {
  load: () => Promise<readonly MeasureListing[]>;
  resolve: (measures: readonly MeasureListing[]) => void;
  reject: (error: unknown) => void;
} {
  let finish: (measures: readonly MeasureListing[]) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const promise = new Promise<readonly MeasureListing[]>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { load: () => promise, resolve: (measures) => finish(measures), reject: (error) => fail(error) };
}

// SharePoint pages register Fluent UI's icons; a bare test page has none and would warn on every render.
setIconOptions({ disableWarnings: true });

describe('MeasuresView', () => {
  it('shows the loading state, then the measures the loader returned', async () => {
    const pending = pendingLoad();
    render(<MeasuresView locale="cs" loadMeasures={pending.load} />);

    expect(screen.getAllByText('Načítám opatření…').length).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).toBeNull();

    pending.resolve([measure]);

    expect(await screen.findByRole('rowheader', { name: 'Proškolit referenty v komunikaci s občany' })).toBeTruthy();
    expect(screen.getByText('Eva Dvořáková')).toBeTruthy();
    expect(screen.queryByText('Načítám opatření…')).toBeNull();
  });

  it('shows the empty state when the list has no items', async () => {
    render(<MeasuresView locale="en" loadMeasures={() => Promise.resolve([])} />);

    expect((await screen.findByRole('status')).textContent).toBe('No measures recorded yet.');
  });

  it('says that loading failed (e.g. a list not provisioned yet) in the page language only', async () => {
    const pending = pendingLoad();
    render(<MeasuresView locale="cs" loadMeasures={pending.load} />);

    pending.reject(new Error("List 'KvalitaMeasures' does not exist at site with URL 'https://urad.sharepoint.com/sites/kvalita'."));

    const alert = await screen.findByRole('alert');
    expect(await within(alert).findByText('Opatření se nepodařilo načíst. Zkuste stránku načíst znovu; pokud potíž trvá, obraťte se na správce webu.')).toBeTruthy();
    expect(alert.textContent).not.toContain('does not exist');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('loads again with a new loader and ignores the answer of the old one', async () => {
    const first = pendingLoad();
    const second = pendingLoad();
    const view = render(<MeasuresView locale="cs" loadMeasures={first.load} />);

    view.rerender(<MeasuresView locale="cs" loadMeasures={second.load} />);
    second.resolve([measure]);
    expect(await screen.findByRole('table', { name: 'Opatření' })).toBeTruthy();

    first.reject(new Error('late answer of the first load'));
    // Let the rejected promise settle: it must not replace the table with an error.
    await first.load().catch(() => undefined);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('table', { name: 'Opatření' })).toBeTruthy();
  });

  it('loads once while the loader stays the same', async () => {
    const load = jest.fn(() => Promise.resolve([measure]));
    const view = render(<MeasuresView locale="cs" loadMeasures={load} />);
    await screen.findByRole('table');

    view.rerender(<MeasuresView locale="cs" loadMeasures={load} />);
    await screen.findByRole('table');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
