import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  MeasuresRegisterRepository,
  assessmentCyclesList,
  departmentsList,
  measureUpdatesList,
  measuresList,
  provisionLists,
  type ListSchema,
} from '@kvalita/sharepoint';
import type { MeasureDraft, NewMeasureUpdate } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/security/list';
import { ACCESS_DENIED, refusal, siteMember } from '../../support/site-member';
import { contractTarget, type ContractTarget } from '../../support/contract-target';

/*
 * Measures are rules-governed data people may read: everyone on the site reads the register and
 * the history in SharePoint, only the app writes them (the web parts change them through the
 * service's API, which applies the role matrix and the lifecycle). An ordinary member goes to
 * SharePoint's REST API directly, around the service: every read is served, every kind of write is
 * refused with SharePoint's access denied and leaves the row as it was. Online, set
 * SP_MEMBER_ACCESS_TOKEN (a delegated token of a site member, not a site collection administrator).
 */

let target: ContractTarget;
let member: SPFI | null;
const memberEmail = 'eva.dvorakova@lipova.example';
const READ_ONLY: readonly ListSchema[] = [measuresList, measureUpdatesList];
const url = (list: ListSchema) => `/sites/kvalita/Lists/${list.urlName}`;
const rowIds = new Map<string, number>();

const draft: MeasureDraft = {
  title: 'Zkrácení čekací doby na podatelně',
  kind: 'corrective',
  source: {
    origin: 'complaint',
    cycleId: null,
    subcriterionCode: '5.2',
    sourceKey: 'ST-2026/14',
    sourceUrl: null,
  },
  departmentCode: null,
  ownerEmail: 'petr.svoboda@lipova.example',
  coOwnerEmails: [],
  priority: 'high',
  deadline: '2027-03-31',
  problem: 'Občané čekají na podatelně déle než 20 minut.',
  rootCause: { whys: ['Jedna přepážka v pondělí'], categories: ['resources'] },
  steps: [],
  expectedResult: 'Čekání do 10 minut.',
  effectivenessCriterion: 'Průměrné čekání pod 10 minut po dobu tří měsíců.',
  checkDate: '2027-06-30',
  budgetCzk: null,
  councilResolution: null,
  evidenceLinks: [],
};
const created: NewMeasureUpdate = {
  kind: 'created',
  byEmail: 'jana.novakova@lipova.example',
  phase: 'plan',
  statusAfter: 'proposed',
  progress: 0,
  note: '',
};

beforeAll(async () => {
  target = await contractTarget();
  member = siteMember(target, memberEmail);
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, assessmentCyclesList, measuresList, measureUpdatesList],
  });
  // The service writes as before: a measure and its 'created' update.
  const id = await new MeasuresRegisterRepository(target.site).create(draft, created.byEmail, created);
  rowIds.set(measuresList.key, id);
  const [update] = await target.sp.web
    .getList(url(measureUpdatesList))
    .items.select('Id')
    .filter(`MeasureId eq ${id}`)
    .top(1)<{ Id: number }[]>();
  if (update) rowIds.set(measureUpdatesList.key, update.Id);
}, 60_000);
afterAll(() => target.close());

/** A request the way a script or a browser sends it, not through PnPjs (PATCH, PUT, attachments). */
async function rawAsMember(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const emulator = target.emulator;
  if (!emulator) throw new Error('raw member requests need the local SharePoint');
  const auth = { 'X-Kvalita-Emulator-User': memberEmail, Accept: 'application/json;odata=nometadata' };
  const info = await fetch(`${emulator.siteUrl}/_api/contextinfo`, { method: 'POST', headers: auth });
  const { FormDigestValue } = (await info.json()) as { FormDigestValue: string };
  const reply = await fetch(`${emulator.siteUrl}/_api/${path}`, {
    method,
    headers: {
      ...auth,
      'X-RequestDigest': FormDigestValue,
      'Content-Type': 'application/json;odata=nometadata',
      ...headers,
    },
    ...(body === undefined ? {} : { body }),
  });
  return { status: reply.status, text: await reply.text() };
}

describe('measures lists in SharePoint', () => {
  it('are provisioned read-only for people: their own role assignments, not the site’s', async () => {
    for (const list of READ_ONLY) {
      expect(list.permissions).toBe('readOnlyForPeople');
      const info = (await target.sp.web.getList(url(list)).select('HasUniqueRoleAssignments')()) as {
        HasUniqueRoleAssignments?: unknown;
      };
      expect([list.urlName, info.HasUniqueRoleAssignments]).toEqual([list.urlName, true]);
    }
    expect([...rowIds.keys()].sort()).toEqual(READ_ONLY.map((list) => list.key).sort());
  });

  describe.each(READ_ONLY.map((list) => [list.urlName, list] as const))(
    '%s, as an ordinary member',
    (_name, list) => {
      const row = async () =>
        (await target.sp.web.getList(url(list)).items.getById(rowIds.get(list.key) ?? 0)()) as Record<
          string,
          unknown
        >;

      it('reads the items, one item by id, the columns, and in a $batch', async () => {
        if (member === null) return;
        const asMember = member.web.getList(url(list));
        const id = rowIds.get(list.key) ?? 0;
        const items = await asMember.items.select('Id', 'Title')<{ Id: number }[]>();
        expect(items.map((item) => item.Id)).toContain(id);
        expect(await asMember.items.getById(id).select('Id')()).toEqual(expect.objectContaining({ Id: id }));
        expect((await asMember.fields.select('InternalName')()).length).toBeGreaterThan(0);
        const [batched, execute] = member.batched();
        const read = batched.web.getList(url(list)).items.select('Id')();
        await execute();
        expect(await read).toEqual(expect.arrayContaining([expect.objectContaining({ Id: id })]));
      });

      it('refuses every kind of write, and the row stays as it was', async () => {
        if (member === null) return;
        const before = await row();
        const asMember = member.web.getList(url(list));
        const id = rowIds.get(list.key) ?? 0;
        expect(await refusal(asMember.items.add({ Title: 'ruční zápis' }))).toEqual(ACCESS_DENIED);
        expect(await refusal(asMember.items.getById(id).update({ Title: 'přepsáno' }))).toEqual(
          ACCESS_DENIED,
        );
        expect(await refusal(asMember.items.getById(id).update({ Title: 'přepsáno' }, '*'))).toEqual(
          ACCESS_DENIED,
        );
        expect(await refusal(asMember.items.getById(id).delete())).toEqual(ACCESS_DENIED);
        expect(await refusal(asMember.items.getById(id).recycle())).toEqual(ACCESS_DENIED);
        expect(await refusal(asMember.fields.addText('Zadni_vratka'))).toEqual(ACCESS_DENIED);
        expect(await refusal(asMember.update({ Title: 'Moje opatření' }))).toEqual(ACCESS_DENIED);
        expect(await refusal(asMember.resetRoleInheritance())).toEqual(ACCESS_DENIED);
        const [batched, execute] = member.batched();
        const inBatch = batched.web.getList(url(list)).items.getById(id).update({ Title: 'v dávce' });
        await execute();
        expect(await refusal(inBatch)).toEqual(ACCESS_DENIED);
        if (target.emulator) {
          const item = `web/getlist('${url(list)}')/items(${id})`;
          const denied = (reply: { status: number; text: string }) => [
            reply.status,
            reply.text.includes('UnauthorizedAccessException'),
          ];
          const patch = JSON.stringify({ Title: 'PATCH' });
          expect(denied(await rawAsMember('PATCH', item, patch, { 'If-Match': '*' }))).toEqual([403, true]);
          expect(denied(await rawAsMember('PUT', item, patch, { 'If-Match': '*' }))).toEqual([403, true]);
          expect(
            denied(await rawAsMember('POST', item, patch, { 'If-Match': '*', 'X-HTTP-Method': 'MERGE' })),
          ).toEqual([403, true]);
          expect(denied(await rawAsMember('DELETE', item, undefined, { 'If-Match': '*' }))).toEqual([
            403,
            true,
          ]);
          expect(
            denied(await rawAsMember('POST', `${item}/AttachmentFiles/add(FileName='vzor.txt')`, 'obsah')),
          ).toEqual([403, true]);
        }
        const after = await row();
        expect(after['Title']).toBe(before['Title']);
        expect(after['Modified']).toBe(before['Modified']);
      });
    },
  );

  it('re-provisioning a site whose measures lists still inherit makes them read-only again', async () => {
    if (!target.emulator || member === null) return; // resets permissions: the emulator's own site only
    for (const list of READ_ONLY) await target.sp.web.getList(url(list)).resetRoleInheritance();
    // While the list inherits, a member may write (what the site's permissions give).
    const stray = await member.web.getList(url(measuresList)).items.add({ Title: 'než se to opraví' });
    expect(stray).toEqual(expect.objectContaining({ Id: expect.any(Number) }));
    const results = await provisionLists(target.sp, { locale: 'cs', lists: READ_ONLY });
    for (const list of READ_ONLY)
      expect(results.find((result) => result.key === list.key)?.settingsUpdated).toContain(
        'HasUniqueRoleAssignments',
      );
    expect(await refusal(member.web.getList(url(measuresList)).items.add({ Title: 'znovu' }))).toEqual(
      ACCESS_DENIED,
    );
    expect(await member.web.getList(url(measuresList)).items.select('Id')()).toEqual(expect.any(Array));
    const again = await provisionLists(target.sp, { locale: 'cs', lists: READ_ONLY });
    for (const result of again) expect(result.settingsUpdated).toEqual([]);
  });
});
