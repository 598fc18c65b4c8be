import { describe, expect, it } from '@jest/globals';
import { departmentWithSections, mayChooseLeader, teamChangeRefusal, type TeamActor } from '../../src';

/** The demo office's shape: a department with a section, and other departments. */
const DEPARTMENTS = [
  { code: 'KT', parentCode: null },
  { code: 'OSV', parentCode: null },
  { code: 'OSV-SP', parentCode: 'OSV' },
  { code: 'OSV-SP-T', parentCode: 'OSV-SP' },
  { code: 'OD', parentCode: null },
];
const qualityManager: TeamActor = { roles: ['qualityManager', 'employee'], departmentCodes: ['KT'] };
const headOfSocial: TeamActor = {
  roles: ['headOfDepartment', 'cafTeamMember'],
  departmentCodes: departmentWithSections('OSV', DEPARTMENTS),
};
const employee: TeamActor = { roles: ['employee', 'cafTeamMember'], departmentCodes: ['OD'] };

describe('who may change a CAF team', () => {
  it('lets the quality manager add and remove anyone, in any role, while the cycle is open', () => {
    expect(
      teamChangeRefusal(qualityManager, { role: 'leader', departmentCode: 'OSV' }, 'preparation'),
    ).toBeNull();
    expect(teamChangeRefusal(qualityManager, { role: 'member', departmentCode: null }, 'scoring')).toBeNull();
    expect(teamChangeRefusal(qualityManager, { role: 'member', departmentCode: 'OD' }, 'closed')).toBe(
      'forbidden',
    );
  });

  it('never lets a head of department choose the leader, themself included', () => {
    expect(mayChooseLeader(headOfSocial.roles)).toBe(false);
    expect(mayChooseLeader(qualityManager.roles)).toBe(true);
    expect(teamChangeRefusal(headOfSocial, { role: 'leader', departmentCode: 'OSV' }, 'preparation')).toBe(
      'leaderByQualityManager',
    );
  });

  it('lets a head of department nominate people of their department and its sections only', () => {
    expect(
      teamChangeRefusal(headOfSocial, { role: 'member', departmentCode: 'OSV' }, 'preparation'),
    ).toBeNull();
    expect(
      teamChangeRefusal(headOfSocial, { role: 'member', departmentCode: 'OSV-SP-T' }, 'scoring'),
    ).toBeNull();
    expect(teamChangeRefusal(headOfSocial, { role: 'member', departmentCode: 'OD' }, 'preparation')).toBe(
      'otherDepartment',
    );
    expect(teamChangeRefusal(headOfSocial, { role: 'member', departmentCode: null }, 'preparation')).toBe(
      'otherDepartment',
    );
    expect(
      teamChangeRefusal(
        { ...headOfSocial, departmentCodes: [] },
        { role: 'member', departmentCode: 'OSV' },
        'scoring',
      ),
    ).toBe('noDepartment');
  });

  it('refuses everyone else', () => {
    expect(teamChangeRefusal(employee, { role: 'member', departmentCode: 'OD' }, 'preparation')).toBe(
      'forbidden',
    );
  });
});

describe('departmentWithSections', () => {
  it('walks the sections however deep, and stops on a loop in the data', () => {
    expect(departmentWithSections('OSV', DEPARTMENTS)).toEqual(['OSV', 'OSV-SP', 'OSV-SP-T']);
    expect(departmentWithSections('OD', DEPARTMENTS)).toEqual(['OD']);
    expect(departmentWithSections(null, DEPARTMENTS)).toEqual([]);
    const loop = [
      { code: 'A', parentCode: 'B' },
      { code: 'B', parentCode: 'A' },
    ];
    expect(departmentWithSections('A', loop)).toEqual(['A', 'B']);
  });
});
