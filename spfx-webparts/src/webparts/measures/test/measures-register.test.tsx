import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { MeasureFilter } from '@kvalita/core';

import { MeasuresRegister } from '../../../measures-ui/MeasuresRegister';
import { detailReply, fakeApi, measure } from './fixtures';
import { loadStrings } from './strings';

setIconOptions({ disableWarnings: true });
// Fluent UI's panel and forms in jsdom take seconds on a busy machine.
jest.setTimeout(30_000);
const cs = loadStrings('default');
const en = loadStrings('en-us');

describe('the Opatření register', () => {
  it('lists the measures of the web part department in a table, overdue ones marked', async () => {
    const api = fakeApi();
    render(<MeasuresRegister api={api} texts={cs} locale="cs" departmentCode="POD" view="table" pageSize={25} />);

    const table = await screen.findByRole('table', { name: 'Opatření' });
    expect(within(table).getByRole('button', { name: 'Zkrátit čekací dobu na podatelně' })).toBeTruthy();
    expect(within(table).getByText('(Po termínu)')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Zobrazeno 2 z 2');
    const filter = api.calls.find((call) => call.name === 'listMeasures')?.args[0] as MeasureFilter;
    expect(filter).toEqual({ departmentCode: 'POD', sort: 'deadline', pageSize: 25 });
    // The web part is fixed to one department: no department filter to change it.
    expect(screen.queryByText('Útvar', { selector: 'label' })).toBeNull();
  });

  it('asks the service again with the chosen filters', async () => {
    const api = fakeApi();
    render(<MeasuresRegister api={api} texts={en} locale="en" departmentCode={undefined} view="table" pageSize={50} />);
    await screen.findByRole('table');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Overdue only' }));

    await waitFor(() => {
      const last = api.calls.filter((call) => call.name === 'listMeasures').pop()?.args[0] as MeasureFilter;
      expect(last).toEqual({ overdue: true, sort: 'deadline', pageSize: 50 });
    });
  });

  it('shows the board by PDCA phase', async () => {
    render(<MeasuresRegister api={fakeApi()} texts={en} locale="en" departmentCode={undefined} view="board" pageSize={50} />);

    const doColumn = await screen.findByRole('region', { name: 'Phase Do (1)' });
    expect(within(doColumn).getByRole('button', { name: 'Zkrátit čekací dobu na podatelně' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Phase Plan (1)' })).toBeTruthy();
  });

  it('opens the detail panel with the history and only the allowed actions, and reports progress', async () => {
    const api = fakeApi({
      reportProgress: () => Promise.resolve(detailReply({ measure: measure({ progress: 70, etag: '"4"' }), allowed: ['reportProgress'] })),
    });
    render(<MeasuresRegister api={api} texts={cs} locale="cs" departmentCode={undefined} view="table" pageSize={50} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Zkrátit čekací dobu na podatelně' }));

    const panel = await screen.findByRole('dialog');
    await within(panel).findByText('Historie');
    expect(within(panel).getByText('Přepážka objednána')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Vykázat plnění' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Zrušit opatření' })).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Schválit' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Upravit' })).toBeNull();

    fireEvent.click(within(panel).getByRole('button', { name: 'Vykázat plnění' }));
    fireEvent.change(within(panel).getByLabelText('Plnění v procentech (0–100)'), { target: { value: '70' } });
    fireEvent.change(within(panel).getByLabelText('Poznámka'), { target: { value: 'Druhá přepážka otevřena' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Vykázat plnění' }));

    expect(await within(panel).findByText('Uloženo.')).toBeTruthy();
    const sent = api.calls.find((call) => call.name === 'reportProgress');
    expect(sent?.args).toEqual([1, { etag: '"3"', progress: 70, phase: 'do', note: 'Druhá přepážka otevřena' }]);
    expect(within(panel).getByText('70 %')).toBeTruthy();
  });

  it('requires a reason to cancel and shows the service refusal in the panel', async () => {
    const api = fakeApi({
      transition: () => Promise.reject(new Error('Opatření změnil mezitím někdo jiný.')),
    });
    render(<MeasuresRegister api={api} texts={cs} locale="cs" departmentCode={undefined} view="table" pageSize={50} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Zkrátit čekací dobu na podatelně' }));
    const panel = await screen.findByRole('dialog');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Zrušit opatření' }));

    fireEvent.click(within(panel).getByRole('button', { name: 'Zrušit opatření' }));
    expect(within(panel).getByRole('alert').textContent).toBe('Vyplňte prosím: Důvod');
    expect(api.calls.some((call) => call.name === 'transition')).toBe(false);

    fireEvent.change(within(panel).getByLabelText('Důvod'), { target: { value: 'Zdvojené' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Zrušit opatření' }));

    expect(await within(panel).findByText('Změnu se nepodařilo uložit: Opatření změnil mezitím někdo jiný.')).toBeTruthy();
  });

  it('offers a new measure only to who may create, and sends the draft', async () => {
    const api = fakeApi();
    render(<MeasuresRegister api={api} texts={en} locale="en" departmentCode="POD" view="table" pageSize={50} />);

    fireEvent.click(await screen.findByRole('button', { name: 'New measure' }));
    const panel = await screen.findByRole('dialog');
    fireEvent.change(within(panel).getByLabelText(/^Title/), { target: { value: 'Clearer signposts' } });
    fireEvent.change(within(panel).getByLabelText(/^Deadline/), { target: { value: '2026-05-31' } });
    fireEvent.change(within(panel).getByLabelText(/^Problem/), { target: { value: 'People get lost' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.calls.some((call) => call.name === 'createMeasure')).toBe(true));
    const draft = api.calls.find((call) => call.name === 'createMeasure')?.args[0] as { title: string; departmentCode: string; deadline: string };
    expect(draft).toMatchObject({ title: 'Clearer signposts', departmentCode: 'POD', deadline: '2026-05-31' });
  });

  it('has no new-measure button for a reader', async () => {
    const api = fakeApi({
      listMeasures: () => fakeApi().listMeasures({}).then((reply) => ({ ...reply, mayCreate: false, creatableDepartmentCodes: [] })),
    });
    render(<MeasuresRegister api={api} texts={en} locale="en" departmentCode={undefined} view="table" pageSize={50} />);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'New measure' })).toBeNull();
  });
});
