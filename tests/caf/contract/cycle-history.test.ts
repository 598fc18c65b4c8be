import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CafCyclesRepository,
  ConcurrencyConflictError,
  CycleHistoryRepository,
  SiteContext,
  provisionLists,
} from '@kvalita/sharepoint';
import type { StoredCycleEvent } from '@kvalita/core';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs' });
}, 60_000);
afterAll(() => target.close());

const event = (changes: Partial<StoredCycleEvent>): StoredCycleEvent => ({
  kind: 'moved',
  from: 'preparation',
  to: 'scoring',
  byName: 'Ing. Jana Nováková',
  byEmail: 'jana.novakova@lipova.example',
  at: '2026-11-02T09:15:00Z',
  reason: '',
  comment: '',
  notSubmitted: [],
  ...changes,
});

describe('a CAF cycle’s phase changes and history', () => {
  it('writes a change with its history entry, and reads the history oldest first', async () => {
    const cycles = new CafCyclesRepository(target.site);
    const history = new CycleHistoryRepository(target.site);
    const cycle = await cycles.create({
      name: `Historie ${Date.now()}`,
      method: 'classical',
      startDate: '2026-11-01',
      endDate: '2026-12-31',
      scope: { kind: 'office' },
      coordinatorEmail: 'jana.novakova@lipova.example',
    });
    const read = await history.phaseRead(cycle.id);
    expect(read).toMatchObject({ team: [], consensusCount: 0 });
    const moved = await history.change(read!, {
      status: 'scoring',
      currentStep: 5,
      event: event({ notSubmitted: ['Marie Procházková', 'Jiří Kučera'] }),
    });
    expect(moved).toMatchObject({ status: 'scoring', currentStep: 5 });
    expect(await cycles.get(cycle.id)).toMatchObject({ status: 'scoring', currentStep: 5 });

    const again = await history.phaseRead(cycle.id);
    await history.change(again!, {
      status: 'preparation',
      currentStep: 1,
      event: event({
        kind: 'steppedBack',
        from: 'scoring',
        to: 'preparation',
        at: '2026-11-03T08:00:00Z',
        reason: 'Tým není úplný.\nChybí vedoucí.',
      }),
    });
    const events = await history.list(cycle.id);
    expect(events.map((entry) => [entry.kind, entry.from, entry.to])).toEqual([
      ['moved', 'preparation', 'scoring'],
      ['steppedBack', 'scoring', 'preparation'],
    ]);
    expect(events[0]?.notSubmitted).toEqual(['Marie Procházková', 'Jiří Kučera']);
    expect(events[1]?.reason).toBe('Tým není úplný.\nChybí vedoucí.');
    expect(new Date(events[1]?.at ?? '').toISOString()).toBe('2026-11-03T08:00:00.000Z');
  });

  it('reads what the rules need in one round trip and writes a change with its entry in one more', async () => {
    const cycle = await new CafCyclesRepository(target.site).create({
      name: `Okruhy ${Date.now()}`,
      method: 'classical',
      startDate: '2026-11-01',
      endDate: '2026-12-31',
      scope: { kind: 'office' },
      coordinatorEmail: 'jana.novakova@lipova.example',
    });
    const counter = RequestCounter();
    const history = new CycleHistoryRepository(new SiteContext(target.connect({}, counter)));
    await history.phaseRead(cycle.id); // learns the web's address once
    counter.reset();
    const read = await history.phaseRead(cycle.id);
    expect(counter.count()).toBe(1);
    counter.reset();
    await history.change(read!, { status: 'scoring', currentStep: 5, event: event({}) });
    expect(counter.count()).toBe(1);
  });

  it('refuses a change read before someone else changed the cycle, and keeps no history entry of it', async () => {
    const cycles = new CafCyclesRepository(target.site);
    const history = new CycleHistoryRepository(target.site);
    const cycle = await cycles.create({
      name: `Souběh ${Date.now()}`,
      method: 'classical',
      startDate: '2026-11-01',
      endDate: '2026-12-31',
      scope: { kind: 'office' },
      coordinatorEmail: 'jana.novakova@lipova.example',
    });
    const stale = await history.phaseRead(cycle.id);
    const fresh = await history.phaseRead(cycle.id);
    await history.change(fresh!, { status: 'scoring', currentStep: 5, event: event({}) });
    await expect(
      history.change(stale!, {
        status: 'scoring',
        currentStep: 5,
        event: event({ at: '2026-11-02T09:16:00Z' }),
      }),
    ).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(await history.list(cycle.id)).toHaveLength(1);
  });
});
