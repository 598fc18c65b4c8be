import type {
  Measure,
  MeasureDetailReply,
  MeasureRegisterReply,
  MeasureSummary,
} from '@kvalita/core';

import type { MeasuresApi } from '../../../measures-api/measures-api';

export const eva = { email: 'eva.dvorakova@urad.example', displayName: 'Eva Dvořáková' };
export const jan = { email: 'jan.novak@urad.example', displayName: 'Jan Novák' };

export function summary(overrides: Partial<MeasureSummary> = {}): MeasureSummary {
  return {
    id: 1,
    title: 'Zkrátit čekací dobu na podatelně',
    kind: 'corrective',
    status: 'inProgress',
    phase: 'do',
    priority: 'high',
    origin: 'complaint',
    subcriterionCode: '5.2',
    cycleId: null,
    departmentCode: 'POD',
    departmentName: 'Podatelna',
    owner: eva,
    deadline: '2026-03-31',
    checkDate: '2026-06-30',
    progress: 40,
    effective: null,
    overdue: false,
    modifiedAt: '2026-01-10T09:00:00Z',
    ...overrides,
  };
}

export function registerReply(items: readonly MeasureSummary[], overrides: Partial<MeasureRegisterReply> = {}): MeasureRegisterReply {
  return {
    items,
    total: items.length,
    nextPage: null,
    tiles: { open: 7, overdue: 2, dueSoon: 3, awaitingCheck: 1, closedThisYear: 4 },
    mayCreate: true,
    creatableDepartmentCodes: 'all',
    ...overrides,
  };
}

export function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 1,
    title: 'Zkrátit čekací dobu na podatelně',
    kind: 'corrective',
    source: { origin: 'complaint', cycleId: null, subcriterionCode: '5.2', sourceKey: null, sourceUrl: null },
    departmentCode: 'POD',
    departmentName: 'Podatelna',
    owner: eva,
    coOwners: [],
    priority: 'high',
    deadline: '2026-03-31',
    problem: 'Občané čekají déle než 20 minut.',
    rootCause: { whys: ['Jedna přepážka'], categories: ['resources'] },
    steps: [{ key: 's1', title: 'Otevřít druhou přepážku', ownerEmail: eva.email, ownerName: eva.displayName, dueDate: '2026-02-15', done: false }],
    expectedResult: 'Čekání pod 10 minut',
    effectivenessCriterion: 'Méně než 2 stížnosti měsíčně',
    checkDate: '2026-06-30',
    budgetCzk: null,
    councilResolution: null,
    evidenceLinks: [],
    status: 'inProgress',
    phase: 'do',
    progress: 40,
    effective: null,
    reopenedCount: 0,
    cancelReason: null,
    closedOn: null,
    createdAt: '2026-01-05T08:00:00Z',
    createdBy: eva,
    modifiedAt: '2026-01-10T09:00:00Z',
    etag: '"3"',
    ...overrides,
  };
}

export function detailReply(overrides: Partial<MeasureDetailReply> = {}): MeasureDetailReply {
  return {
    measure: measure(),
    updates: [
      { id: 2, kind: 'progress', at: '2026-01-10T09:00:00Z', by: eva, phase: 'do', statusAfter: 'inProgress', progress: 40, note: 'Přepážka objednána' },
      { id: 1, kind: 'created', at: '2026-01-05T08:00:00Z', by: eva, phase: 'plan', statusAfter: 'proposed', progress: null, note: '' },
    ],
    allowed: ['reportProgress', 'cancel'],
    ...overrides,
  };
}

/** A MeasuresApi that records calls and answers from the given replies. */
export function fakeApi(overrides: Partial<MeasuresApi> = {}): MeasuresApi & { calls: { name: string; args: unknown[] }[] } {
  const calls: { name: string; args: unknown[] }[] = [];
  const record =
    <T,>(name: string, answer: (...args: unknown[]) => Promise<T>): ((...args: unknown[]) => Promise<T>) =>
    (...args: unknown[]): Promise<T> => {
      calls.push({ name, args });
      return answer(...args);
    };
  const api: MeasuresApi = {
    listMeasures: () => Promise.resolve(registerReply([summary(), summary({ id: 2, title: 'Nový web úřadu', status: 'proposed', phase: 'plan', owner: jan, overdue: true, subcriterionCode: '9.1' })])),
    getMeasure: () => Promise.resolve(detailReply()),
    createMeasure: () => Promise.resolve(detailReply()),
    editMeasure: () => Promise.resolve(detailReply()),
    reportProgress: () => Promise.resolve(detailReply()),
    transition: () => Promise.resolve(detailReply()),
    checkEffectiveness: () => Promise.resolve(detailReply()),
    listDepartments: () => Promise.resolve({ departments: [{ code: 'POD', name: 'Podatelna', parentCode: null }] }),
    ...overrides,
  };
  const methods = api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const wrapped: Record<string, unknown> = {};
  for (const name of Object.keys(methods)) wrapped[name] = record(name, methods[name] as (...args: unknown[]) => Promise<unknown>);
  return { ...(wrapped as unknown as MeasuresApi), calls };
}
