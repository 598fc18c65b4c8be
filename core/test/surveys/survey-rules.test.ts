import { describe, expect, it } from '@jest/globals';
import {
  audienceDepartments,
  audienceIncludes,
  mayAuthorSurveys,
  mayReadSurveys,
  type Department,
} from '../../src';

const departments: readonly Department[] = [
  { code: 'KT', name: 'Kancelář tajemníka', parentCode: null },
  { code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null },
  // A section listed before its department, and a section of a section.
  { code: 'OSV-SP-T', name: 'Terénní tým', parentCode: 'OSV-SP' },
  { code: 'OSV-SP', name: 'Oddělení sociální práce', parentCode: 'OSV' },
  { code: 'OD', name: 'Odbor dopravy', parentCode: null },
];

describe('who belongs to a survey wave', () => {
  it('reaches the whole office, whatever the department (or none)', () => {
    const reach = audienceDepartments({ kind: 'office' }, departments);
    expect(reach).toBeNull();
    expect(audienceIncludes(reach, 'OD')).toBe(true);
    expect(audienceIncludes(reach, null)).toBe(true);
  });

  it('reaches the chosen departments and every section below them, in any order', () => {
    const reach = audienceDepartments({ kind: 'departments', departmentCodes: ['OSV'] }, departments);
    expect([...(reach ?? [])].sort()).toEqual(['OSV', 'OSV-SP', 'OSV-SP-T']);
    expect(audienceIncludes(reach, 'OSV-SP-T')).toBe(true);
    expect(audienceIncludes(reach, 'OD')).toBe(false);
    // Someone without a department is not in any chosen department.
    expect(audienceIncludes(reach, null)).toBe(false);
  });

  it('reaches a chosen section without its parent department', () => {
    const reach = audienceDepartments({ kind: 'departments', departmentCodes: ['OSV-SP'] }, departments);
    expect([...(reach ?? [])].sort()).toEqual(['OSV-SP', 'OSV-SP-T']);
    expect(audienceIncludes(reach, 'OSV')).toBe(false);
  });
});

describe('who may author and read surveys', () => {
  it('lets only the quality manager author', () => {
    expect(mayAuthorSurveys(['qualityManager'])).toBe(true);
    expect(mayAuthorSurveys(['employee', 'qualityManager'])).toBe(true);
    expect(mayAuthorSurveys(['director'])).toBe(false);
    expect(mayAuthorSurveys(['headOfDepartment', 'employee'])).toBe(false);
  });

  it('lets the quality manager and the director read results, nobody else', () => {
    expect(mayReadSurveys(['qualityManager'])).toBe(true);
    expect(mayReadSurveys(['director'])).toBe(true);
    expect(mayReadSurveys(['headOfDepartment', 'cafTeamMember', 'employee'])).toBe(false);
    expect(mayReadSurveys([])).toBe(false);
  });
});
