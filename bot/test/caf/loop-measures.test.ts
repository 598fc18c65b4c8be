import { describe, expect, it } from '@jest/globals';
import type { StoredMeasureQuery, StoredMeasureSummary } from '../../src/measures/measures-store';
import { planLoopMeasures, registerLoopMeasures } from '../../src/caf/loop-measures';

function row(
  overrides: Partial<StoredMeasureSummary> & Pick<StoredMeasureSummary, 'id'>,
): StoredMeasureSummary {
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
    deadline: '2025-06-30',
    checkDate: null,
    progress: 40,
    effective: null,
    modifiedAt: '2025-07-02T08:30:00.000Z',
    coOwnerEmails: [],
    stepOwnerEmails: [],
    ...overrides,
  };
}

/** The register's storage with the two filters the loop uses: a cycle, and a deadline range. */
function storeOf(rows: readonly StoredMeasureSummary[]) {
  const queries: StoredMeasureQuery[] = [];
  return {
    queries,
    summaries: async (query: StoredMeasureQuery) => {
      queries.push(query);
      return rows.filter(
        (item) =>
          (query.cycleId === undefined || item.cycleId === query.cycleId) &&
          (query.deadlineFrom === undefined || item.deadline >= query.deadlineFrom) &&
          (query.deadlineTo === undefined || item.deadline <= query.deadlineTo),
      );
    },
  };
}

const previous = { id: 1, startDate: '2024-09-02', endDate: '2024-12-13' };
const current = { id: 2, startDate: '2026-09-01', endDate: '2026-12-15' };
const now = () => new Date('2026-10-01T10:00:00Z');

describe('the measures CAF sees, from the register', () => {
  it('since the previous cycle: its plan and other origins’ measures due since, with effectiveness and overdue', async () => {
    const store = storeOf([
      row({ id: 1, status: 'closed', effective: true, subcriterionCode: '1.1' }),
      row({ id: 2, effective: false, deadline: '2026-03-31' }),
      // The previous plan's measure due after this cycle ends: still the previous plan's.
      row({ id: 8, subcriterionCode: '9.1', deadline: '2027-03-31' }),
      row({ id: 3, cycleId: null, origin: 'survey', subcriterionCode: '6.1', deadline: '2026-05-31' }),
      // Naming no subcriterion; this cycle's own plan; another cycle's; due before the previous ended.
      row({ id: 4, cycleId: null, origin: 'complaint', subcriterionCode: null, deadline: '2026-05-31' }),
      row({ id: 5, cycleId: 2, deadline: '2026-05-31' }),
      row({ id: 6, cycleId: 9, deadline: '2026-05-31' }),
      row({ id: 7, cycleId: null, deadline: '2024-11-30' }),
    ]);
    const loop = registerLoopMeasures(store, now);
    const measures = await loop.sincePrevious(previous, current);
    expect(measures.map((measure) => measure.id)).toEqual([1, 2, 3, 8]);
    // One read of storage, over the deadlines from the previous cycle's start on.
    expect(store.queries).toEqual([{ deadlineFrom: '2024-09-02' }]);
    expect(measures[0]).toEqual({
      id: 1,
      title: 'Opatření 1',
      kind: 'corrective',
      status: 'closed',
      ownerEmail: 'eva.dvorakova@lipova.example',
      ownerName: 'Eva Dvořáková',
      deadline: '2025-06-30',
      subcriterionCode: '1.1',
      criterion: 1,
      effective: true,
      overdue: false,
    });
    expect(measures[1]).toMatchObject({ effective: false, overdue: true, criterion: 3 });
    expect(measures[2]).toMatchObject({ effective: null, overdue: true, criterion: 6 });
  });

  it('a cycle’s own plan, ordered by subcriterion', async () => {
    const store = storeOf([
      row({ id: 1, cycleId: 2, subcriterionCode: '9.1' }),
      row({ id: 2, cycleId: 2, subcriterionCode: '1.2', status: 'closed', effective: true }),
      row({ id: 3, cycleId: 1 }),
    ]);
    const plan = await registerLoopMeasures(store, now).ofCycle(2);
    expect(plan.map((measure) => [measure.id, measure.subcriterionCode, measure.effective])).toEqual([
      [2, '1.2', true],
      [1, '9.1', null],
    ]);
  });
});

describe('the measures CAF sees, from the improvement plan alone', () => {
  it('takes a closed measure as found effective and says nothing of the others’ effectiveness', async () => {
    const plan = {
      forCycle: async (cycleId: number) =>
        cycleId === 1
          ? [
              { ...row({ id: 1, status: 'closed' }), ownerEmail: null, ownerName: null, criterion: 3 },
              { ...row({ id: 2 }), ownerEmail: null, ownerName: null, criterion: 3 },
              {
                ...row({ id: 3, subcriterionCode: null }),
                ownerEmail: null,
                ownerName: null,
                criterion: null,
              },
            ]
          : [],
      add: async () => {
        throw new Error('not used');
      },
    };
    const measures = await planLoopMeasures(plan, now).sincePrevious(previous, current);
    expect(measures.map((measure) => [measure.id, measure.effective, measure.overdue])).toEqual([
      [1, true, false],
      [2, null, true],
    ]);
  });
});
