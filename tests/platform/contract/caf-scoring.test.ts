import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CycleAccess, ScoreWrite } from '@kvalita/core';
import { ScoresSubmittedError, SharePointCafStore, provisionLists } from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../../support/contract-target';

let target: ContractTarget;
let store: SharePointCafStore;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs' });
  store = new SharePointCafStore(target.site);
}, 60_000);
afterAll(() => target.close());

const score = (value: number): ScoreWrite => ({
  input: { method: 'classical', score: value },
  strengths: '',
  areasForImprovement: '',
  improvementIdeas: '',
  evidence: [],
});

let cycles = 0;
/** A cycle in scoring with one member; returns its id. */
async function cycleWith(member: string): Promise<number> {
  cycles += 1;
  const cycle = await store.createCycle({
    name: `Pořadí uložení a odevzdání ${cycles}`,
    method: 'classical',
    startDate: `2031-0${cycles}-01`,
    endDate: `2031-0${cycles}-28`,
    scope: { kind: 'office' },
    coordinatorEmail: 'jana.novakova@lipova.example',
  });
  await store.addTeamMember(cycle.id, member, 'member', 'jana.novakova@lipova.example');
  await store.updateCycle(cycle.id, { status: 'scoring' });
  return cycle.id;
}

async function accessOf(cycleId: number, email: string): Promise<CycleAccess> {
  const access = await store.access(cycleId, email);
  if (!access?.member) throw new Error('not on the team');
  return access;
}

/**
 * A save and a submit that pass each other, step by step: what a save read before the submit does
 * not get written after it, and a save confirmed before the submit is in it.
 */
describe('CAF scores: a save and a submit in SharePoint', () => {
  it('refuses a first save that read the team before the submit, and leaves no draft behind', async () => {
    const member = 'adam.cermak@lipova.example';
    const id = await cycleWith(member);
    await store.saveScoreWith(await accessOf(id, member), '1.1', score(40), null);
    const stale = await accessOf(id, member);
    await store.submitScores(id, member);
    // The row is added (its access said "not submitted"), but its confirmation finds the submission.
    await expect(store.saveScoreWith(stale, '2.1', score(70), null)).rejects.toBeInstanceOf(
      ScoresSubmittedError,
    );
    const rows = await store.scores(id, member);
    expect(rows.map((row) => [row.code, row.submitted])).toEqual([['1.1', true]]);
  });

  it('refuses an update that read its row before the submit flipped it, and changes nothing', async () => {
    const member = 'cyril.bures@lipova.example';
    const id = await cycleWith(member);
    const saved = await store.saveScoreWith(await accessOf(id, member), '1.1', score(40), null);
    const stale = await accessOf(id, member);
    await store.submitScores(id, member);
    await expect(store.saveScoreWith(stale, '1.1', score(90), saved.etag)).rejects.toBeInstanceOf(
      ScoresSubmittedError,
    );
    const [row] = await store.scores(id, member);
    expect(row).toMatchObject({ code: '1.1', submitted: true, input: { method: 'classical', score: 40 } });
  });

  it('confirms a save whose team row another save moved meanwhile, and the submit takes it in', async () => {
    const member = 'eva.dvorakova@lipova.example';
    const id = await cycleWith(member);
    const before = await accessOf(id, member);
    await store.saveScoreWith(before, '1.1', score(40), null);
    // Read before the save of 1.1 was confirmed: its first confirmation fails, the second holds.
    await store.saveScoreWith(before, '1.2', score(60), null);
    await store.submitScores(id, member);
    const rows = await store.scores(id, member);
    expect(rows.map((row) => [row.code, row.submitted]).sort()).toEqual([
      ['1.1', true],
      ['1.2', true],
    ]);
    expect((await accessOf(id, member)).member?.submitted).toBe(true);
  });
});
