import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ALL_LISTS,
  SharePointCafStore,
  assessmentCyclesList,
  assessmentTeamList,
  consensusScoresList,
  cycleHistoryList,
  individualScoresList,
  provisionLists,
  trainingsList,
  type ListSchema,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/batching';
import '@pnp/sp/security/list';
import { ACCESS_DENIED, refusal, siteMember } from '../../support/site-member';
import { contractTarget, type ContractTarget } from '../../support/contract-target';

/*
 * The CAF lists hold what the service's rules guard: every assessor's named scores (drafts too),
 * the consensus only the leader sets, the team only the quality manager and heads of department
 * change, the cycle whose status and approval only the service moves. An ordinary member of the
 * site goes to SharePoint's REST API directly, around the service, and must be turned away on each
 * list; the service reads them as before. Online, set SP_MEMBER_ACCESS_TOKEN (a delegated token of
 * a site member who is not a site collection administrator) to run the member's half there too.
 */

let target: ContractTarget;
/** An ordinary site member, not a site collection administrator; null online without a member token. */
let member: SPFI | null;

const memberEmail = 'eva.dvorakova@lipova.example';
const GUARDED: readonly ListSchema[] = [
  assessmentCyclesList,
  assessmentTeamList,
  individualScoresList,
  consensusScoresList,
  cycleHistoryList,
];
const url = (list: ListSchema) => `/sites/kvalita/Lists/${list.urlName}`;
/** One row of each guarded list, by list key. */
const rowIds = new Map<string, number>();

beforeAll(async () => {
  target = await contractTarget();
  member = siteMember(target, memberEmail);
  await provisionLists(target.sp, { locale: 'cs' });
  // What a cycle in scoring holds, written by the service the way the tab's actions write it.
  const store = new SharePointCafStore(target.site);
  const cycle = await store.createCycle({
    name: `Oprávnění ${Date.now().toString(36)}`,
    method: 'classical',
    startDate: '2026-03-02',
    endDate: '2026-06-30',
    scope: { kind: 'office' },
    coordinatorEmail: 'jana.novakova@lipova.example',
  });
  await store.addTeamMember(cycle.id, 'adam.cermak@lipova.example', 'member', 'jana.novakova@lipova.example');
  // Scoring starts: the move leaves its row in the cycle's history.
  const before = await store.phaseRead(cycle.id);
  if (!before) throw new Error('the cycle vanished');
  await store.changePhase(before, {
    status: 'scoring',
    currentStep: 5,
    event: {
      kind: 'moved',
      from: 'preparation',
      to: 'scoring',
      byName: 'Ing. Jana Nováková',
      byEmail: 'jana.novakova@lipova.example',
      at: '2026-03-02T09:00:00Z',
      reason: '',
      comment: '',
      notSubmitted: [],
    },
  });
  const access = await store.access(cycle.id, 'adam.cermak@lipova.example');
  if (!access) throw new Error('the cycle vanished');
  const draft = { strengths: 'Plán vzdělávání', areasForImprovement: '', improvementIdeas: '', evidence: [] };
  await store.saveScoreWith(access, '3.2', { ...draft, input: { method: 'classical', score: 35 } }, null);
  await store.saveConsensus(cycle.id, { code: '3.2', input: { method: 'classical', score: 40 }, ...draft });
  for (const list of GUARDED) {
    const [row] = await target.sp.web.getList(url(list)).items.select('Id').top(1)<{ Id: number }[]>();
    if (row) rowIds.set(list.key, row.Id);
  }
}, 120_000);
afterAll(() => target.close());

/** The status and SharePoint's own code of a refused request. */

describe('CAF lists in SharePoint', () => {
  it('are provisioned service-only; the trainings list keeps the site’s permissions', async () => {
    for (const list of [...GUARDED, trainingsList]) {
      const info = (await target.sp.web.getList(url(list)).select('HasUniqueRoleAssignments')()) as {
        HasUniqueRoleAssignments?: unknown;
      };
      expect([list.urlName, info.HasUniqueRoleAssignments]).toEqual([list.urlName, list !== trainingsList]);
    }
    expect(
      ALL_LISTS.filter((list) => list.permissions === 'serviceOnly').map((list) => list.urlName),
    ).toEqual(expect.arrayContaining(GUARDED.map((list) => list.urlName)));
  });

  it('still serve the service: it reads and writes every one of them', () => {
    expect([...rowIds.keys()].sort()).toEqual(GUARDED.map((list) => list.key).sort());
  });

  describe.each(GUARDED.map((list) => [list.urlName, list] as const))(
    '%s, as an ordinary member',
    (_name, list) => {
      const skipOnline = () => member === null;

      it('refuses the items, one item by id and the list view', async () => {
        if (skipOnline()) return;
        const asMember = (member as SPFI).web.getList(url(list));
        const id = rowIds.get(list.key) ?? 1;
        expect(await refusal(asMember.items.select('Id', 'Title')())).toEqual(ACCESS_DENIED);
        expect(await refusal(asMember.items.getById(id)())).toEqual(ACCESS_DENIED);
        expect(await refusal(asMember.fields())).toEqual(ACCESS_DENIED);
        // What the list's page in SharePoint (and its views) loads its rows with.
        expect(await refusal(asMember.renderListDataAsStream({ RenderOptions: 2 }))).toEqual(ACCESS_DENIED);
      });

      it('refuses the same read inside a $batch, and writes', async () => {
        if (skipOnline()) return;
        const asMember = member as SPFI;
        const [batched, execute] = asMember.batched();
        const read = batched.web.getList(url(list)).items.select('Id')();
        await execute();
        expect(await refusal(read)).toEqual(ACCESS_DENIED);
        expect(await refusal(asMember.web.getList(url(list)).items.add({ Title: 'ruční zápis' }))).toEqual(
          ACCESS_DENIED,
        );
      });

      it('leaves it out of the site’s lists the member sees', async () => {
        if (skipOnline()) return;
        const titles = (await (member as SPFI).web.lists.select('Title')()).map((found) => found.Title);
        expect(titles).not.toContain(list.title.cs);
      });
    },
  );

  it('lets the member read the lists that keep the site’s permissions (trainings)', async () => {
    if (member === null) return;
    expect(await member.web.getList(url(trainingsList)).items.select('Id')()).toEqual(expect.any(Array));
  });

  it('re-provisioning a site whose CAF lists still inherit breaks their inheritance', async () => {
    if (!target.emulator) return; // resets permissions: the emulator's own site only
    for (const list of GUARDED) await target.sp.web.getList(url(list)).resetRoleInheritance();
    const results = await provisionLists(target.sp, { locale: 'cs', lists: ALL_LISTS });
    for (const list of GUARDED)
      expect(results.find((result) => result.key === list.key)?.settingsUpdated).toContain(
        'HasUniqueRoleAssignments',
      );
    expect(await refusal((member as SPFI).web.getList(url(individualScoresList)).items())).toEqual(
      ACCESS_DENIED,
    );
  });
});
