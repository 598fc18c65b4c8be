import { describe, expect, it } from '@jest/globals';
import { aggregate, compareCycles, type StoredCycle } from '@kvalita/core';
import { cafReport } from '../../src/caf/caf-report';

type ReportData = Parameters<typeof cafReport>[0];

const cycle: StoredCycle = {
  id: 2,
  name: 'Sebehodnocení odborů 2026',
  method: 'classical',
  status: 'report',
  startDate: '2026-09-01',
  endDate: '2026-12-15',
  scope: { kind: 'departments', departmentCodes: ['OSV', 'OE', 'ZRUS'] },
  currentStep: 6,
  approval: null,
};
const previous: StoredCycle = {
  ...cycle,
  id: 1,
  name: 'Sebehodnocení odborů 2024',
  status: 'closed',
  startDate: '2024-09-02',
  endDate: '2024-12-13',
  approval: { approvedBy: 'Mgr. Petr Svoboda', approvedAt: '2025-01-20' },
};
const now = { '1.1': 60, '1.2': 40, '3.2': 30 };
const before = { '1.1': 50, '1.2': 30, '6.1': 70 };
const plan = { url: 'https://lipova.sharepoint.com/sites/kvalita/plan.docx', title: 'Plán vzdělávání' };

function data(overrides: Partial<ReportData> = {}): ReportData {
  return {
    cycle,
    team: [],
    results: {
      results: aggregate(now),
      changes: compareCycles(now, before),
      previousCycleName: previous.name,
      comparedWith: { ...previous, source: 'default' },
      noComparison: null,
      baselineOptions: [],
      measureCounts: [],
      subcriteria: [
        {
          code: '3.2',
          score: 30,
          strengths: '- Plán vzdělávání\n\n• Mentoring nováčků',
          areasForImprovement: 'Zastupitelnost',
          improvementIdeas: '',
        },
      ],
    },
    measures: [],
    previousCycle: previous,
    previousMeasures: [],
    evidence: [
      { code: '3.2', ...plan },
      { code: '3.2', ...plan, title: 'Plán vzdělávání 2026' },
      { code: '1.1', ...plan },
    ],
    ...overrides,
  };
}

const context = {
  locale: 'cs' as const,
  officeName: 'Městský úřad Lipová',
  generatedAt: '2026-12-01T10:00:00Z',
  departments: [
    { code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null },
    { code: 'OE', name: 'Ekonomický odbor', parentCode: null },
  ],
};

describe('report data', () => {
  it('names the scope’s departments, keeping the code only of one the directory no longer has', () => {
    expect(cafReport(data(), context).cycle.scopeDepartmentNames).toEqual([
      'Odbor sociálních věcí',
      'Ekonomický odbor',
      'ZRUS',
    ]);
  });

  it('carries the previous cycle with its dates and approval, and its scores aggregated as this cycle’s are', () => {
    const report = cafReport(data(), context);
    expect(report.previousCycle).toEqual({
      name: 'Sebehodnocení odborů 2024',
      startDate: '2024-09-02',
      endDate: '2024-12-13',
      approval: { approvedBy: 'Mgr. Petr Svoboda', approvedAt: '2025-01-20' },
      chosen: false,
    });
    // Criterion 1: (50 + 30) / 2; criterion 6: 70; the overall is the mean of the criteria.
    expect(report.previousCriteria[1]).toBe(40);
    expect(report.previousCriteria[6]).toBe(70);
    expect(report.previousOverall).toBe(55);
    const first = cafReport(
      data({ previousCycle: null, results: { ...data().results, changes: [] } }),
      context,
    );
    expect(first.previousCycle).toBeNull();
    expect(first.previousOverall).toBeNull();
  });

  it('lists each linked document once under its subcriterion and turns typed lines into points', () => {
    const entry = cafReport(data(), context).subcriteria[0];
    expect(entry?.evidence).toEqual([plan]);
    expect(entry?.strengths).toEqual(['Plán vzdělávání', 'Mentoring nováčků']);
    expect(entry?.improvementIdeas).toEqual([]);
  });
});
