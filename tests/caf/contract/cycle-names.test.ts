import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CafCyclesRepository,
  CycleAlreadyExistsError,
  assessmentCyclesList,
  departmentsList,
  provisionLists,
} from '@kvalita/sharepoint';
import type { NewStoredCycle } from '@kvalita/core';
import '@pnp/sp/items';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';

let target: ContractTarget;
let cycles: CafCyclesRepository;
const LISTS = [departmentsList, assessmentCyclesList];
const CYCLES = '/sites/kvalita/Lists/KvalitaAssessmentCycles';
/** Unique per run, so the suite can run twice against a real site. */
const run = Date.now().toString(36);

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs', lists: LISTS });
  cycles = new CafCyclesRepository(target.site);
}, 60_000);
afterAll(() => target.close());

const cycle = (name: string, startDate = '2026-03-02'): NewStoredCycle => ({
  name,
  method: 'classical',
  startDate,
  endDate: '2026-12-18',
  scope: { kind: 'office' },
  coordinatorEmail: 'jana.novakova@lipova.example',
});

describe('cycle names in the office', () => {
  it('tells apart names that share their first 21 characters and differ later', async () => {
    const first = await cycles.create(cycle(`Sebehodnocení CAF ${run} – odbor dopravy`));
    const second = await cycles.create(cycle(`Sebehodnocení CAF ${run} – odbor výstavby`));
    expect(second.id).not.toBe(first.id);
    expect([first.name, second.name]).toEqual([
      `Sebehodnocení CAF ${run} – odbor dopravy`,
      `Sebehodnocení CAF ${run} – odbor výstavby`,
    ]);
  });

  it('refuses a name that differs only in case, diacritics or spacing, whatever its start, naming the cycle it clashes with', async () => {
    await cycles.create(cycle(`Sebehodnocení ${run}`));
    const failure = await cycles
      .create(cycle(`SEBEHODNOCENI  ${run.toUpperCase()}`, '2027-01-04'))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CycleAlreadyExistsError);
    expect(failure).toMatchObject({ existingName: `Sebehodnocení ${run}` });
    const stored = await target.sp.web.getList(CYCLES).items.select('Title')<{ Title: string }[]>();
    expect(stored.filter((row) => row.Title.toLowerCase().includes(run.toLowerCase()))).toHaveLength(3);
  });

  it('keeps the longest names apart and unique (their key is hashed to fit the column)', async () => {
    const long = `${run} ${'Sebehodnocení podle modelu CAF 2020 '.repeat(6)}`.slice(0, 255);
    await cycles.create(cycle(long));
    await expect(cycles.create(cycle(long.toUpperCase()))).rejects.toMatchObject({ existingName: long });
    await expect(cycles.create(cycle(`${long.slice(0, 254)}X`))).resolves.toMatchObject({
      name: `${long.slice(0, 254)}X`,
    });
  });
});

// Writes rows as the first release keyed them: needs a site of its own, the emulator.
const onEmulator = process.env['SP_SITE_URL'] ? describe.skip : describe;

onEmulator('cycle keys written by the first release (start date and 21 characters)', () => {
  it('are rewritten from the whole name by provisioning, once; a name two old cycles shared keeps one old key', async () => {
    const items = target.sp.web.getList(CYCLES).items;
    const row = (title: string, code: string) => ({
      Title: title,
      CycleCode: code,
      ScoringMethod: 'Klasický',
      CycleStatus: 'Uzavřeno',
      ScopeKind: 'Celý úřad',
    });
    const old = await items.add(row('Sebehodnocení CAF 2022', '2022-02-01:sebehodnocení caf 2022'));
    // Allowed by the old key (another start date), the same name by the new one.
    const twin = await items.add(row('Sebehodnocení CAF 2020', '2020-02-03:sebehodnocení caf 2020'));
    const twinAgain = await items.add(row('SEBEHODNOCENÍ CAF 2020', '2021-02-01:sebehodnocení caf 2020'));

    const results = await provisionLists(target.sp, { locale: 'cs', lists: LISTS });
    expect(results.find((result) => result.key === 'assessmentCycles')).toMatchObject({ rowsMigrated: 2 });
    const code = async (id: number) =>
      ((await items.getById(id).select('CycleCode')()) as { CycleCode: string }).CycleCode;
    expect(await code(old.Id)).toBe('n:sebehodnoceni caf 2022');
    expect([await code(twin.Id), await code(twinAgain.Id)].sort()).toEqual([
      '2021-02-01:sebehodnocení caf 2020',
      'n:sebehodnoceni caf 2020',
    ]);
    // The migrated name is taken for new cycles too.
    await expect(cycles.create(cycle('sebehodnoceni caf 2022'))).rejects.toBeInstanceOf(
      CycleAlreadyExistsError,
    );

    // Once one of the twins is renamed, the next run gives it the current key; then nothing is left.
    await items.getById(twinAgain.Id).update({ Title: 'Sebehodnocení CAF 2021' });
    await provisionLists(target.sp, { locale: 'cs', lists: LISTS });
    const counter = RequestCounter();
    const again = await provisionLists(target.connect({}, counter), { locale: 'cs', lists: LISTS });
    expect(again.every((result) => result.rowsMigrated === undefined)).toBe(true);
    expect(counter.count()).toBe(2);
  });
});
