import { describe, expect, it } from '@jest/globals';
import {
  choiceColumn,
  filterOn,
  individualScoresList,
  measuresList,
  selectOf,
  surveyDeliveriesList,
  type ItemChangesOf,
  type ItemOf,
  type NewItemOf,
  type RowOf,
} from '../../src';

// These declarations are the type tests: `tsc -b` fails when a name or a value type no longer
// matches the schema (or an @ts-expect-error no longer finds its error).
// They sit in a function that never runs: only the compiler reads them.
function compileTimeChecks(): void {
  type Score = ItemOf<typeof individualScoresList>;
  const read: Pick<Score, 'Subcriterion' | 'Score' | 'AssessorId' | 'Assessor' | 'CycleId'> = {
    Subcriterion: '5.2',
    Score: null,
    AssessorId: 7,
    Assessor: { EMail: 'jana.novakova@lipova.example', Title: 'Ing. Jana Nováková' },
    CycleId: 1,
  };
  // @ts-expect-error a lookup is read as CycleId, never as Cycle
  const lookupByName: Score['Cycle'] = null;
  // @ts-expect-error a number column is not text
  const wrongType: Pick<Score, 'Score'> = { Score: '80' };
  const added: NewItemOf<typeof measuresList> = { Kind: 'Zlepšení', Status: 'Navrženo', OwnerId: 3 };
  // @ts-expect-error Status is required when a measure is added
  const incomplete: NewItemOf<typeof measuresList> = { Kind: 'Zlepšení' };
  // @ts-expect-error people and lookups are written as ${Name}Id
  const byName: ItemChangesOf<typeof measuresList> = { Owner: 3 };
  // @ts-expect-error no such column
  selectOf(measuresList, 'Id', 'Deadlne');
  // @ts-expect-error SharePoint cannot filter on a long-text column
  filterOn(individualScoresList)('Strengths', 'eq', 'x');
  // @ts-expect-error the codes of the column, not its labels
  choiceColumn(measuresList, 'Status').label('Navrženo');
  void [read, lookupByName, wrongType, added, incomplete, byName];
}
void compileTimeChecks;

describe('selectOf', () => {
  it('selects columns by name, and people with e-mail and name, expanded', () => {
    const selection = selectOf(individualScoresList, 'Id', 'Subcriterion', 'Assessor', 'CycleId', 'Modified');
    expect(selection.select).toEqual([
      'Id',
      'Subcriterion',
      'Assessor/EMail',
      'Assessor/Title',
      'CycleId',
      'Modified',
    ]);
    expect(selection.expand).toEqual(['Assessor']);
    const row: RowOf<typeof selection> = {
      Id: 1,
      Subcriterion: '1.1',
      Assessor: null,
      CycleId: 2,
      Modified: '2026-03-02T10:00:00Z',
    };
    expect(row.Id).toBe(1);
  });

  it('applies $select, and $expand only when a person is read', () => {
    const calls: string[] = [];
    const query = {
      select(...names: string[]) {
        calls.push(`select ${names.join(',')}`);
        return this;
      },
      expand(...names: string[]) {
        calls.push(`expand ${names.join(',')}`);
        return this;
      },
    };
    selectOf(measuresList, 'Id', 'Owner').applyTo(query);
    selectOf(measuresList, 'Id', 'Title').applyTo(query);
    expect(calls).toEqual(['select Id,Owner/EMail,Owner/Title', 'expand Owner', 'select Id,Title']);
  });

  it('refuses a name the schema does not have, even past the type check', () => {
    const unchecked = (name: string) => selectOf(measuresList, name as 'Id');
    expect(() => unchecked('Deadlne')).toThrow(/no column Deadlne/);
    expect(() => unchecked('Cycle')).toThrow(/no column Cycle/); // a lookup is read as CycleId
    expect(unchecked('CycleId').select).toEqual(['CycleId']);
  });
});

describe('filterOn', () => {
  const where = filterOn(surveyDeliveriesList);

  it('writes literals SharePoint reads, with quotes doubled so no value can end the literal', () => {
    expect(where('WaveKey', 'eq', "srv-1#2' or 1 eq 1")).toBe("WaveKey eq 'srv-1#2'' or 1 eq 1'");
    expect(where('Attempts', 'lt', 10)).toBe('Attempts lt 10');
    expect(where('RecipientId', 'eq', 7)).toBe('RecipientId eq 7');
    expect(where('LastAttemptOn', 'lt', new Date('2027-02-01T07:00:00.123Z'))).toBe(
      "LastAttemptOn lt datetime'2027-02-01T07:00:00Z'",
    );
    expect(where('SentOn', 'eq', null)).toBe('SentOn eq null');
  });

  it('refuses a column SharePoint cannot filter on, even past the type check', () => {
    const unchecked = filterOn(individualScoresList) as (
      name: string,
      comparison: 'eq',
      value: string,
    ) => string;
    expect(() => unchecked('Evidence', 'eq', 'x')).toThrow(/cannot filter/);
  });
});

describe('choiceColumn', () => {
  it('maps codes to the stored Czech labels and back; a label typed by hand reads as null', () => {
    const statuses = choiceColumn(measuresList, 'Status');
    expect(statuses.label('inProgress')).toBe('Probíhá');
    expect(statuses.code('Probíhá')).toBe('inProgress');
    expect(statuses.code('Rozpracováno ručně')).toBeNull();
    expect(() => choiceColumn(measuresList, 'Deadline')).toThrow(/no choices/);
  });
});
