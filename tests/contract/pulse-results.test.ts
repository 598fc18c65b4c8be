import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PulseResultsService, hmacRespondentKeyer } from '@kvalita/bot';
import {
  DepartmentsRepository,
  SurveyResponsesRepository,
  connectSharePoint,
  departmentsList,
  provisionLists,
  surveyResponsesList,
} from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';

/** Pulse results as the quality manager sees them, on answers stored in the local SharePoint. */
let emulator: RunningEmulator;
let service: PulseResultsService;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dataFile: ':memory:' });
  const sp = connectSharePoint(emulator.siteUrl);
  await provisionLists(sp, { locale: 'cs', lists: [departmentsList, surveyResponsesList] });
  const departments = new DepartmentsRepository(sp);
  for (const [code, name] of [
    ['OSV', 'Odbor sociálních věcí'],
    ['OD', 'Odbor dopravy'],
    ['KT', 'Kancelář tajemníka'],
  ]) {
    await departments.upsert({ code: code ?? '', name: name ?? '', parentCode: null });
  }
  const responses = new SurveyResponsesRepository(sp);
  const key = hmacRespondentKeyer('a-secret-for-the-results-test-only-1234');
  let person = 0;
  const answer = async (pulseId: string, departmentCode: string, score: number) => {
    person += 1;
    await responses.record({
      surveyKey: pulseId,
      questionKey: 'weekly-wellbeing',
      respondentKey: key(pulseId, `person-${person}`),
      score,
      departmentCode,
    });
  };
  // This week (W47): OSV 6 answers, OD 5, KT 2. Last week (W46): only 3 answers in all.
  for (const score of [4, 4, 5, 3, 4, 4]) await answer('pulse-2026-W47', 'OSV', score);
  for (const score of [2, 3, 3, 2, 3]) await answer('pulse-2026-W47', 'OD', score);
  for (const score of [1, 5]) await answer('pulse-2026-W47', 'KT', score);
  for (const score of [5, 5, 1]) await answer('pulse-2026-W46', 'OSV', score);
  service = new PulseResultsService(responses, departments, () => new Date('2026-11-22T12:00:00Z'), 5);
}, 60_000);
afterAll(() => emulator.close());

describe('pulse results with small-group protection', () => {
  it('shows a week only from five answers on, with its average and distribution', async () => {
    const { weeks } = await service.results(['qualityManager'], 2);
    expect(weeks).toEqual([
      { pulseId: 'pulse-2026-W46', respondents: null, average: null, distribution: null },
      {
        pulseId: 'pulse-2026-W47',
        respondents: 13,
        average: 43 / 13,
        distribution: { 1: 1, 2: 2, 3: 4, 4: 4, 5: 2 },
      },
    ]);
  });

  it('hides the two-person office and, so it cannot be derived from the total, the next smallest department', async () => {
    const { latest } = await service.results(['director'], 2);
    expect(latest?.pulseId).toBe('pulse-2026-W47');
    expect(latest?.departments).toEqual([
      { code: 'KT', name: 'Kancelář tajemníka', respondents: null, average: null, hidden: true },
      { code: 'OD', name: 'Odbor dopravy', respondents: null, average: null, hidden: true },
      { code: 'OSV', name: 'Odbor sociálních věcí', respondents: 6, average: 4, hidden: false },
    ]);
  });

  it('is for the quality manager and the director only, and checks its input', async () => {
    await expect(service.results(['employee', 'headOfDepartment'], 2)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(service.results(['qualityManager'], 0)).rejects.toMatchObject({ code: 'badRequest' });
    await expect(service.results(['qualityManager'], 2.5)).rejects.toMatchObject({ code: 'badRequest' });
  });
});
