import type {
  MeasureDraft,
  MeasureStateChange,
  MeasureStatus,
  NewMeasureUpdate,
  PdcaPhase,
} from '@kvalita/core';
import { MeasuresRegisterRepository, type SiteContext } from '@kvalita/sharepoint';
import { DEMO_MEASURES, DEMO_REGISTER_MEASURES, type DemoMeasure } from './demo-measures';

const email = (local: string) => `${local}@lipova.example`;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The demo's history as the service would have written it, and the state it leaves the measure in. */
function replay(
  measure: DemoMeasure,
  day: (days: number) => string,
): { state: MeasureStateChange; history: { update: NewMeasureUpdate; on: string }[] } {
  let status: MeasureStatus = 'proposed';
  let phase: PdcaPhase = 'plan';
  let progress = 0;
  let effective: boolean | null = null;
  let reopenedCount = 0;
  let cancelReason: string | null = null;
  let closedOn: string | null = null;
  const history = measure.history.map(([kind, daysAgo, by, note, percent, entryPhase]) => {
    const on = day(-daysAgo);
    if (percent !== undefined) progress = percent;
    if (entryPhase !== undefined) phase = entryPhase;
    if (kind === 'approved') status = 'approved';
    if (kind === 'started') status = 'inProgress';
    if (kind === 'checkRequested') status = 'effectivenessCheck';
    if (kind === 'checkedEffective') {
      status = 'closed';
      effective = true;
      closedOn = on;
    }
    if (kind === 'checkedNotEffective') {
      status = 'inProgress';
      effective = false;
      reopenedCount += 1;
      phase = 'act';
    }
    if (kind === 'cancelled') {
      status = 'cancelled';
      cancelReason = note;
      closedOn = on;
    }
    const update: NewMeasureUpdate = {
      kind,
      byEmail: email(by),
      phase,
      statusAfter: status,
      progress: percent ?? null,
      note,
    };
    return { update, on };
  });
  return {
    state: { status, phase, progress, effective, reopenedCount, cancelReason, closedOn },
    history,
  };
}

function draftOf(
  measure: DemoMeasure,
  planCycleId: number | null,
  day: (days: number) => string,
): MeasureDraft {
  const cycleId = measure.planOf2024 ? planCycleId : null;
  return {
    title: measure.title,
    kind: measure.kind,
    source: {
      origin: measure.origin,
      cycleId,
      subcriterionCode: measure.subcriterionCode,
      sourceKey: measure.sourceKey,
      sourceUrl: null,
    },
    departmentCode: measure.departmentCode,
    ownerEmail: email(measure.owner),
    coOwnerEmails: (measure.coOwners ?? []).map(email),
    priority: measure.priority,
    deadline: day(measure.deadlineInDays),
    problem: measure.problem,
    rootCause: { whys: measure.whys, categories: measure.categories },
    steps: measure.steps.map(([title, owner, dueInDays, done]) => ({
      key: null,
      title,
      ownerEmail: owner === null ? null : email(owner),
      dueDate: dueInDays === null ? null : day(dueInDays),
      done,
    })),
    expectedResult: measure.expectedResult,
    effectivenessCriterion: measure.effectivenessCriterion,
    checkDate: measure.checkInDays === null ? null : day(measure.checkInDays),
    budgetCzk: measure.budgetCzk ?? null,
    councilResolution: measure.councilResolution ?? null,
    evidenceLinks: [],
  };
}

/**
 * The demo register: every measure with the history that brought it to its state, dated from
 * `now` (so some are always overdue). The 2024 plan's measures point at that closed CAF cycle.
 * Returns how many were added.
 */
export async function seedDemoMeasures(
  site: SiteContext,
  planCycleId: number | null,
  now: Date,
): Promise<number> {
  const register = new MeasuresRegisterRepository(site);
  const day = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  let added = 0;
  for (const measure of [...DEMO_MEASURES, ...DEMO_REGISTER_MEASURES]) {
    const { state, history } = replay(measure, day);
    const createdBy = history[0]?.update.byEmail ?? email('jana.novakova');
    await register.importMeasure(draftOf(measure, planCycleId, day), createdBy, state, history);
    added += 1;
  }
  return added;
}
