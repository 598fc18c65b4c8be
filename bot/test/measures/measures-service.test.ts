import { describe, expect, it } from '@jest/globals';
import type { Department, MeasureDraft, Person } from '@kvalita/core';
import { MeasuresService } from '../../src/measures/measures-service';
import type { Identity } from '../../src/platform/auth/identity';
import { MemoryMeasuresStore } from './memory-measures-store';

const departments: Department[] = [{ code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null }];
const qm: Person = {
  email: 'jana@office.example',
  displayName: 'Jana Nováková',
  jobTitle: null,
  departmentCode: null,
  managerEmail: null,
  roles: ['qualityManager'],
};
const identity: Identity = { email: qm.email, displayName: qm.displayName, roles: qm.roles };

const draft = (subcriterionCode: string, cycleId: number | null): MeasureDraft => ({
  title: `Opatření ${subcriterionCode}`,
  kind: 'improvement',
  source: {
    origin: cycleId === null ? 'other' : 'selfAssessment',
    cycleId,
    subcriterionCode,
    sourceKey: null,
    sourceUrl: null,
  },
  departmentCode: 'OSV',
  ownerEmail: null,
  coOwnerEmails: [],
  priority: 'medium',
  deadline: '2027-03-31',
  problem: 'Problém',
  rootCause: { whys: [], categories: [] },
  steps: [],
  expectedResult: '',
  effectivenessCriterion: 'Kritérium',
  checkDate: '2027-04-30',
  budgetCzk: null,
  councilResolution: null,
  evidenceLinks: [],
});

function service() {
  const now = () => new Date('2026-11-22T10:00:00Z');
  const store = new MemoryMeasuresStore([qm], departments, now);
  const measures = new MeasuresService({
    store,
    people: { findByEmail: async (email) => (email === qm.email ? qm : null) },
    departments: { list: async () => departments },
    settings: { hideOtherDepartments: false, reminderDays: 7 },
    now,
  });
  return { store, measures };
}

describe('the measures service', () => {
  it('counts a cycle’s measures per CAF criterion: planned, done, effective (cancelled ones not at all)', async () => {
    const { measures } = service();
    const add = async (
      code: string,
      cycleId: number | null,
      ...transitions: ('approve' | 'start' | 'requestCheck' | 'cancel')[]
    ) => {
      let { measure } = await measures.create(identity, draft(code, cycleId));
      for (const transition of transitions)
        ({ measure } = await measures.transition(identity, measure.id, {
          etag: measure.etag,
          transition,
          reason: 'důvod',
        }));
      return measure;
    };
    await add('3.3', 5);
    await add('3.1', 5, 'approve', 'start', 'requestCheck');
    const effective = await add('3.2', 5, 'approve', 'start', 'requestCheck');
    await measures.checkEffectiveness(identity, effective.id, {
      etag: effective.etag,
      effective: true,
      note: 'OK',
      newDeadline: null,
    });
    const notEffective = await add('9.1', 5, 'approve', 'start', 'requestCheck');
    await measures.checkEffectiveness(identity, notEffective.id, {
      etag: notEffective.etag,
      effective: false,
      note: 'Ne',
      newDeadline: '2027-06-30',
    });
    await add('4.2', 5, 'cancel');
    await add('4.2', 6);
    await add('4.2', null);

    const counts = await measures.countsByCriterion(5);
    expect(counts.map((count) => count.criterion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(counts.find((count) => count.criterion === 3)).toEqual({
      criterion: 3,
      planned: 3,
      done: 2,
      effective: 1,
    });
    expect(counts.find((count) => count.criterion === 9)).toEqual({
      criterion: 9,
      planned: 1,
      done: 0,
      effective: 0,
    });
    expect(counts.find((count) => count.criterion === 4)).toEqual({
      criterion: 4,
      planned: 0,
      done: 0,
      effective: 0,
    });
  });

  it('writes the creator as the owner and one “created” update', async () => {
    const { measures, store } = service();
    const { measure, updates } = await measures.create(identity, draft('3.3', null));
    expect(measure.owner).toEqual({ email: qm.email, displayName: qm.displayName });
    expect(updates).toEqual([
      {
        id: 1,
        kind: 'created',
        at: '2026-11-22T10:00:00.000Z',
        by: { email: qm.email, displayName: qm.displayName },
        phase: 'plan',
        statusAfter: 'proposed',
        progress: 0,
        note: '',
      },
    ]);
    expect(store.writes).toBe(1);
  });
});
