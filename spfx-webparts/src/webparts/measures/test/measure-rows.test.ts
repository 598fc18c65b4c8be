import type { MeasureListing } from '@kvalita/core';

import { failureMessage } from '../model/load-state';
import { measuresTexts, toMeasureRow, toMeasureRows } from '../model/measure-rows';

const measure: MeasureListing = {
  id: 7,
  title: 'Zkrátit dobu vyřízení žádostí o stavební povolení',
  kind: 'corrective',
  status: 'inProgress',
  ownerEmail: 'jana.novakova@urad.example',
  ownerName: 'Jana Nováková',
  deadline: '2025-03-31T00:00:00Z',
  subcriterionCode: '3.2',
};

describe('toMeasureRow', () => {
  it('shows kind, status, deadline and the CAF subcriterion in Czech', () => {
    expect(toMeasureRow(measure, 'cs')).toEqual({
      id: 7,
      title: 'Zkrátit dobu vyřízení žádostí o stavební povolení',
      kind: 'Nápravné',
      status: 'inProgress',
      statusLabel: 'Probíhá',
      owner: 'Jana Nováková',
      deadlineIso: '2025-03-31T00:00:00Z',
      deadline: '31. 3. 2025',
      subcriterionCode: '3.2',
      subcriterionTitle: 'Rozvíjet a řídit kompetence zaměstnanců',
    });
  });

  it('shows the same measure in English', () => {
    const row = toMeasureRow(measure, 'en');
    expect(row.kind).toBe('Corrective');
    expect(row.statusLabel).toBe('In progress');
    expect(row.deadline).toBe('31 Mar 2025');
    expect(row.subcriterionTitle).toBe('Develop and manage competencies of people');
  });

  it('reads a date-only deadline on the Prague calendar day SharePoint stored', () => {
    // SharePoint keeps a date-only field as midnight of the site's time zone, in UTC.
    expect(toMeasureRow({ ...measure, deadline: '2025-03-30T22:00:00Z' }, 'cs').deadline).toBe('31. 3. 2025');
  });

  it('names the owner by e-mail when SharePoint has no display name', () => {
    expect(toMeasureRow({ ...measure, ownerName: null }, 'cs').owner).toBe('jana.novakova@urad.example');
    expect(toMeasureRow({ ...measure, ownerName: '  ' }, 'cs').owner).toBe('jana.novakova@urad.example');
  });

  it('leaves out what the measure does not have', () => {
    const row = toMeasureRow(
      { ...measure, ownerName: null, ownerEmail: null, deadline: null, subcriterionCode: null },
      'cs',
    );
    expect(row.owner).toBeUndefined();
    expect(row.deadline).toBeUndefined();
    expect(row.deadlineIso).toBeUndefined();
    expect(row.subcriterionCode).toBeUndefined();
    expect(row.subcriterionTitle).toBeUndefined();
  });

  it('keeps a subcriterion code the CAF model does not know, without a title', () => {
    const row = toMeasureRow({ ...measure, subcriterionCode: '12.9' }, 'cs');
    expect(row.subcriterionCode).toBe('12.9');
    expect(row.subcriterionTitle).toBeUndefined();
  });

  it('labels every kind and status', () => {
    const rows = toMeasureRows(
      [
        { ...measure, id: 1, kind: 'preventive', status: 'proposed' },
        { ...measure, id: 2, kind: 'improvement', status: 'approved' },
        { ...measure, id: 3, kind: 'corrective', status: 'closed' },
        { ...measure, id: 4, kind: 'improvement', status: 'cancelled' },
      ],
      'cs',
    );
    expect(rows.map((row) => [row.id, row.kind, row.statusLabel])).toEqual([
      [1, 'Preventivní', 'Navrženo'],
      [2, 'Zlepšení', 'Schváleno'],
      [3, 'Nápravné', 'Uzavřeno'],
      [4, 'Zlepšení', 'Zrušeno'],
    ]);
  });
});

describe('measuresTexts', () => {
  it('says in whole sentences of the page language that the measures could not be loaded', () => {
    expect(measuresTexts('cs').error).toBe(
      'Opatření se nepodařilo načíst. Zkuste stránku načíst znovu; pokud potíž trvá, obraťte se na správce webu.',
    );
    expect(measuresTexts('en').error).toBe(
      'Could not load the measures. Try reloading the page; if the problem persists, contact the site owner.',
    );
  });
});

describe('failureMessage', () => {
  it("shows an error's own message", () => {
    expect(failureMessage(new Error('List does not exist.'))).toBe('List does not exist.');
  });

  it('falls back to the error name when the message is empty', () => {
    const error = new Error('');
    error.name = 'NotFoundError';
    expect(failureMessage(error)).toBe('NotFoundError');
  });

  it('shows a thrown string or value as text', () => {
    expect(failureMessage(' Request timed out ')).toBe('Request timed out');
    expect(failureMessage(503)).toBe('503');
  });
});
