import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEASURE_ORIGINS, MEASURE_STATUSES, type StoredMeasureSummary } from '@kvalita/core';
import {
  MeasuresRegisterRepository,
  SiteContext,
  connectSharePoint,
  provisionLists,
  type ListProvisionResult,
} from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import { seedDemoOffice, type SeedReport } from '../../../scripts/local/demo/seed';
import { demoMysteryPlan } from '../../../scripts/local/demo/demo-mystery';
import { DEMO_PEOPLE } from '../../../scripts/local/demo/office';
import { TEST_RESPONDENT_SECRET } from '../../support/answer-box';

/** What `npm start` seeds: the demo office's register shows something in every view on first start. */
const NOW = new Date('2026-11-22T10:00:00Z');
let emulator: RunningEmulator;
let site: SiteContext;
let provisioned: ListProvisionResult[];
let seed: SeedReport;
let register: StoredMeasureSummary[];

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    dataFile: ':memory:',
    directory: DEMO_PEOPLE.map((person) => ({ email: person.email, displayName: person.displayName })),
  });
  const sp = connectSharePoint(emulator.siteUrl);
  provisioned = await provisionLists(sp, { locale: 'cs' });
  site = new SiteContext(sp);
  seed = await seedDemoOffice(site, provisioned, TEST_RESPONDENT_SECRET, NOW);
  register = await new MeasuresRegisterRepository(site).summaries({});
}, 120_000);
afterAll(() => emulator.close());

const today = NOW.toISOString().slice(0, 10);
const open = (measure: StoredMeasureSummary) => !['closed', 'cancelled'].includes(measure.status);

describe('the demo office’s measures', () => {
  it('are about forty, from every origin, in every status, owned by heads of department', () => {
    // The register's own, and those the mystery-shopping findings became.
    const fromFindings = demoMysteryPlan(NOW).reduce((sum, plan) => sum + plan.findings.length, 0);
    expect(seed.measuresAdded + fromFindings).toBe(register.length);
    expect(register.length).toBeGreaterThanOrEqual(35);
    expect(new Set(register.map((measure) => measure.origin))).toEqual(new Set(MEASURE_ORIGINS));
    expect(new Set(register.map((measure) => measure.status))).toEqual(new Set(MEASURE_STATUSES));
    expect(new Set(register.map((measure) => measure.phase))).toEqual(
      new Set(['plan', 'do', 'check', 'act']),
    );
    expect(new Set(register.map((measure) => measure.departmentCode)).size).toBeGreaterThanOrEqual(5);
    const heads = DEMO_PEOPLE.filter(
      (person) =>
        person.roles.includes('headOfDepartment') ||
        person.roles.includes('director') ||
        person.roles.includes('qualityManager'),
    ).map((person) => person.email);
    for (const measure of register) expect(heads).toContain(measure.owner?.email);
  });

  it('include overdue ones, ones closed as effective, one reopened and one cancelled', async () => {
    expect(
      register.filter((measure) => open(measure) && measure.deadline < today).length,
    ).toBeGreaterThanOrEqual(5);
    expect(
      register.filter((measure) => measure.status === 'closed' && measure.effective === true).length,
    ).toBeGreaterThanOrEqual(3);
    const repository = new MeasuresRegisterRepository(site);
    const reopened = register.filter((measure) => measure.effective === false);
    expect(reopened).toHaveLength(1);
    const detail = await repository.get(reopened[0]?.id ?? 0);
    expect(detail).toEqual(expect.objectContaining({ reopenedCount: 1, status: 'inProgress' }));
    const history = await repository.updates(reopened[0]?.id ?? 0);
    expect(history.map((update) => update.kind)).toContain('checkedNotEffective');
    // Newest first, each on the day it happened.
    const days = history.map((update) => update.at);
    expect(days).toEqual([...days].sort().reverse());
    const cancelled = register.filter((measure) => measure.status === 'cancelled');
    expect(cancelled.length).toBeGreaterThanOrEqual(1);
    expect((await repository.get(cancelled[0]?.id ?? 0))?.cancelReason).toMatch(/\w/);
  });

  it('tie the 2024 self-assessment’s measures to that cycle and the survey ones to the pulse survey', async () => {
    const fromCaf = register.filter((measure) => measure.origin === 'selfAssessment');
    expect(fromCaf.length).toBeGreaterThanOrEqual(5);
    expect(new Set(fromCaf.map((measure) => measure.cycleId))).toEqual(new Set([expect.any(Number)]));
    const pulse = await new MeasuresRegisterRepository(site).summaries({ origin: 'survey' });
    const details = await Promise.all(
      pulse.map((measure) => new MeasuresRegisterRepository(site).get(measure.id)),
    );
    expect(details.map((measure) => measure?.source.sourceKey)).toContain('srv-demopulz');
    for (const measure of details) {
      expect(measure?.problem).toMatch(/\w/);
      expect(measure?.rootCause.whys.length).toBeGreaterThan(0);
      expect(measure?.steps.length).toBeGreaterThan(0);
      expect(measure?.effectivenessCriterion).toMatch(/\w/);
    }
  });

  it('are not added again on a second start', async () => {
    const again = await seedDemoOffice(site, [], TEST_RESPONDENT_SECRET, NOW);
    expect(again.measuresAdded).toBe(0);
    expect(await new MeasuresRegisterRepository(site).summaries({})).toHaveLength(register.length);
  });
});
