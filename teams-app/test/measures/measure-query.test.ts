import { describe, expect, it } from '@jest/globals';
import { measureQuery } from '../../src/measures/api/measure-query';

describe('the register filter as GET /api/measures reads it', () => {
  it('writes each set filter once, statuses comma-separated, values escaped', () => {
    expect(
      measureQuery({
        status: ['proposed', 'inProgress'],
        phase: 'do',
        departmentCode: 'OF-R',
        ownerEmail: 'lucie.dvorakova@urad.example',
        origin: 'complaint',
        criterion: 3,
        overdue: true,
        year: 2026,
        mine: true,
        sort: 'deadline',
        descending: true,
        page: 'a b&c',
      }),
    ).toBe(
      'status=proposed,inProgress&phase=do&departmentCode=OF-R&ownerEmail=lucie.dvorakova%40urad.example' +
        '&origin=complaint&criterion=3&overdue=true&year=2026&mine=true&sort=deadline&descending=true&page=a%20b%26c',
    );
  });

  it('leaves out what is not set, and false flags', () => {
    expect(measureQuery({})).toBe('');
    expect(measureQuery({ status: [], overdue: false, descending: false, mine: false, sort: 'title' })).toBe(
      'sort=title',
    );
  });
});
