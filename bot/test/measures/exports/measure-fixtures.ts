import type { MeasureSummary } from '@kvalita/core';

/** A register row with plain defaults; each test says what differs. */
export function summary(overrides: Partial<MeasureSummary> & Pick<MeasureSummary, 'id'>): MeasureSummary {
  return {
    title: `Opatření ${overrides.id}`,
    kind: 'corrective',
    status: 'inProgress',
    phase: 'do',
    priority: 'medium',
    origin: 'selfAssessment',
    subcriterionCode: '3.2',
    cycleId: 1,
    departmentCode: 'OSV',
    departmentName: 'Odbor sociálních věcí',
    owner: { email: 'eva.dvorakova@lipova.example', displayName: 'Eva Dvořáková' },
    deadline: '2026-08-31',
    checkDate: null,
    progress: 40,
    effective: null,
    overdue: false,
    modifiedAt: '2026-07-02T08:30:00.000Z',
    ...overrides,
  };
}
