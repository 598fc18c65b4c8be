import { describe, expect, it } from '@jest/globals';
import {
  acknowledgementRates,
  isInAudience,
  pendingAcknowledgementsOf,
  resolveAudience,
  type AcknowledgeableDocument,
  type Department,
  type Person,
} from '../../src';

const departments: Department[] = [
  { code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null },
  { code: 'OSV-SP', name: 'Oddělení sociální práce', parentCode: 'OSV' },
  { code: 'OD', name: 'Odbor dopravy', parentCode: null },
];
const person = (
  email: string,
  departmentCode: string | null,
  roles: Person['roles'] = ['employee'],
): Person => ({
  email,
  displayName: email,
  jobTitle: null,
  departmentCode,
  managerEmail: null,
  roles,
});
const people = [
  person('lucie.dvorakova@lipova.example', 'OSV', ['headOfDepartment']),
  person('eva.vesela@lipova.example', 'OSV-SP'),
  person('tomas.cerny@lipova.example', 'OD', ['headOfDepartment']),
  person('jiri.kucera@lipova.example', 'OD'),
  person('petr.svoboda@lipova.example', null, ['director']),
];

const ethics: AcknowledgeableDocument = {
  documentId: 3,
  code: 'EK-01',
  title: 'Etický kodex',
  versionLabel: '2.0',
  effectiveFrom: '2026-11-01',
  webUrl: null,
  acknowledgementAudience: { scope: 'office', departmentCodes: [], roles: [] },
};

describe('the audience', () => {
  it('is the whole office, departments with their sections, or roles', () => {
    expect(resolveAudience(ethics.acknowledgementAudience, people, departments)).toHaveLength(5);
    const osv = resolveAudience(
      { scope: 'departments', departmentCodes: ['OSV'], roles: [] },
      people,
      departments,
    );
    expect(osv.map((p) => p.email)).toEqual(['lucie.dvorakova@lipova.example', 'eva.vesela@lipova.example']);
    const heads = resolveAudience(
      { scope: 'roles', departmentCodes: [], roles: ['headOfDepartment'] },
      people,
      departments,
    );
    expect(heads).toHaveLength(2);
    expect(
      isInAudience(people[4]!, { scope: 'departments', departmentCodes: ['OD'], roles: [] }, departments),
    ).toBe(false);
  });
});

describe('acknowledgement rates', () => {
  it('counts confirmations of the effective version by the audience, per department with its sections', () => {
    const acks = [
      { documentId: 3, versionLabel: '2.0', email: 'Eva.Vesela@lipova.example', at: '2026-11-02T08:00:00Z' },
      { documentId: 3, versionLabel: '1.0', email: 'tomas.cerny@lipova.example', at: '2025-11-02T08:00:00Z' },
      { documentId: 3, versionLabel: '2.0', email: 'left.office@lipova.example', at: '2026-11-02T08:00:00Z' },
      { documentId: 4, versionLabel: '2.0', email: 'jiri.kucera@lipova.example', at: '2026-11-02T08:00:00Z' },
    ];
    const rates = acknowledgementRates(ethics, people, departments, acks);
    expect(rates.total).toEqual({ audience: 5, acknowledged: 1 });
    expect(rates.byDepartment).toEqual([
      { departmentCode: 'OD', departmentName: 'Odbor dopravy', audience: 2, acknowledged: 0 },
      { departmentCode: 'OSV', departmentName: 'Odbor sociálních věcí', audience: 2, acknowledged: 1 },
    ]);
  });
});

describe('what a person still has to confirm', () => {
  it('lists effective versions of their audience not confirmed yet, waiting since they joined when later', () => {
    const eva = people[1]!;
    const transport: AcknowledgeableDocument = {
      ...ethics,
      documentId: 5,
      code: 'SM-03',
      acknowledgementAudience: { scope: 'departments', departmentCodes: ['OD'], roles: [] },
    };
    expect(pendingAcknowledgementsOf(eva, [ethics, transport], departments, [], '2026-12-03')).toEqual([
      {
        documentId: 3,
        code: 'EK-01',
        title: 'Etický kodex',
        versionLabel: '2.0',
        effectiveFrom: '2026-11-01',
        webUrl: null,
        contentUrl: '/api/documents/3/versions/2.0/content',
        daysWaiting: 32,
      },
    ]);
    const joined = pendingAcknowledgementsOf(eva, [ethics], departments, [], '2026-12-03', '2026-11-30');
    expect(joined[0]?.daysWaiting).toBe(3);
    const confirmed = [{ documentId: 3, versionLabel: '2.0', email: eva.email, at: '2026-11-02T08:00:00Z' }];
    expect(pendingAcknowledgementsOf(eva, [ethics], departments, confirmed, '2026-12-03')).toEqual([]);
  });
});
