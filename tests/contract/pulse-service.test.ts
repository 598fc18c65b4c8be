import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  SurveyResponsesRepository,
  connectSharePoint,
  provisionLists,
  surveyResponsesList,
} from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { PulseService, hmacRespondentKeyer } from '@kvalita/bot';

const keyer = hmacRespondentKeyer('a-test-secret-that-is-long-enough-1234');
let emulator: RunningEmulator;
let sp: SPFI;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dataFile: ':memory:' });
  sp = connectSharePoint(emulator.siteUrl);
  await provisionLists(sp, { locale: 'cs', lists: [surveyResponsesList] });
});
afterAll(() => emulator.close());

/** Each test starts from an empty response list in the local SharePoint. */
beforeEach(async () => {
  const list = sp.web.getList('/sites/kvalita/Lists/KvalitaSurveyResponses');
  for (const item of (await list.items.select('Id')()) as { Id: number }[])
    await list.items.getById(item.Id).delete();
});

interface StoredRow {
  SurveyKey: string;
  RespondentKey: string;
  Score: number;
  DepartmentCode: string | null;
}

function serviceAt(iso: string) {
  const service = new PulseService(new SurveyResponsesRepository(sp), keyer, () => new Date(iso));
  const rows = async (): Promise<StoredRow[]> =>
    sp.web
      .getList('/sites/kvalita/Lists/KvalitaSurveyResponses')
      .items.select('SurveyKey', 'RespondentKey', 'Score', 'DepartmentCode')();
  return { rows, service };
}

const answer = (pulseId: string, score = 4) => ({ verb: 'kvalita.pulse.answer' as const, pulseId, score });
const marie = { personId: '00000000-0000-0000-0000-000000000023', departmentCode: 'OSV-SP' };

describe('pulse service', () => {
  it('stores the first answer and refuses a second one from the same person', async () => {
    const { rows, service } = serviceAt('2026-11-22T10:00:00Z');
    expect(await service.answer(answer('pulse-2026-W47', 4), marie)).toBe('stored');
    expect(await service.answer(answer('pulse-2026-W47', 1), marie)).toBe('duplicate');
    const stored = await rows();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ SurveyKey: 'pulse-2026-W47', Score: 4, DepartmentCode: 'OSV-SP' });
  });

  it('stores no readable identity: the key is a keyed hash, different per survey', async () => {
    const { rows, service } = serviceAt('2026-11-23T10:00:00Z');
    await service.answer(answer('pulse-2026-W47'), marie);
    await service.answer(answer('pulse-2026-W48'), marie);
    const stored = await rows();
    const [first, second] = stored;
    expect(first?.RespondentKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(marie.personId);
    expect(first?.RespondentKey).not.toBe(second?.RespondentKey);
    expect(
      hmacRespondentKeyer('another-secret-that-is-long-enough-12345')('pulse-2026-W47', marie.personId),
    ).not.toBe(first?.RespondentKey);
  });

  it('keeps a week open through the next week and closes it after, across the new year', async () => {
    expect(serviceAt('2026-11-29T23:00:00Z').service.isOpen('pulse-2026-W47')).toBe(true);
    expect(serviceAt('2026-11-30T00:00:01Z').service.isOpen('pulse-2026-W47')).toBe(false);
    expect(serviceAt('2026-11-22T10:00:00Z').service.isOpen('pulse-2026-W48')).toBe(false);
    expect(serviceAt('2026-01-02T10:00:00Z').service.isOpen('pulse-2025-W52')).toBe(true);
    const { rows, service } = serviceAt('2026-12-20T10:00:00Z');
    expect(await service.answer(answer('pulse-2026-W47'), marie)).toBe('closed');
    expect(await rows()).toHaveLength(0);
  });

  it('refuses a short secret', () => {
    expect(() => hmacRespondentKeyer('short')).toThrow(/at least 32/);
  });
});
