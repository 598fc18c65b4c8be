import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  departmentWithParents,
  personalNameWarnings,
  planConflicts,
  recordNotes,
  type CampaignsReply,
  type FindingsReply,
  type MysteryResultsReply,
} from '@kvalita/core';
import { demoMysteryPlan } from '../../../scripts/local/demo/demo-mystery';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE } from '../../../scripts/local/demo/office';
import { startTestStack, type LocalStack } from '../../support/e2e-stack';
import { bodyOf, mysteryCall, type MysteryCall } from '../api/mystery-api-flow';

const departmentsOf = (email: string) =>
  departmentWithParents(
    DEMO_PEOPLE.find((person) => person.email === email)?.departmentCode ?? null,
    DEMO_DEPARTMENTS,
  );

describe('the demo office’s mystery-shopping plan', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  const [spring, autumn] = demoMysteryPlan(now);

  it('has a finished campaign of 120 contacts in three departments whose quotas add up, and one in progress', () => {
    expect(spring!.sheets).toHaveLength(120);
    expect(spring!.draft.quotas.reduce((sum, quota) => sum + quota.count, 0)).toBe(120);
    expect(new Set(spring!.sheets.map((sheet) => sheet.plan.departmentCode))).toEqual(
      new Set(['OD', 'OV', 'OSV']),
    );
    expect(spring!.sheets.every((sheet) => sheet.status === 'locked')).toBe(true);
    const statuses = new Set(autumn!.sheets.map((sheet) => sheet.status));
    for (const status of ['planned', 'draft', 'submitted', 'released'] as const)
      expect(statuses).toContain(status);
  });

  it('keeps the schedule’s rules: nobody evaluates their own department, nobody returns within 28 days', () => {
    for (const plan of [spring!, autumn!])
      expect(
        planConflicts(
          plan.draft,
          plan.sheets.map((sheet) => sheet.plan),
          [],
          departmentsOf,
        ),
      ).toEqual([]);
  });

  it('names nobody in any note', () => {
    const names = DEMO_PEOPLE.map((person) => person.displayName);
    for (const sheet of [...spring!.sheets, ...autumn!.sheets])
      if (sheet.record) expect(personalNameWarnings(recordNotes(sheet.record), names)).toEqual([]);
  });
});

describe('the demo office’s mystery shopping on first start', () => {
  let stack: LocalStack;
  let call: MysteryCall;
  beforeAll(async () => {
    stack = await startTestStack();
    call = mysteryCall(stack.serviceUrl);
  }, 60_000);
  afterAll(() => stack?.stop());

  it('shows results beside the previous campaign, a weak spot per department, and an action plan in the register', async () => {
    const campaigns = bodyOf<CampaignsReply>(await call('GET', '/campaigns', 'jana.novakova')).items;
    expect(campaigns.map((campaign) => [campaign.status, campaign.released])).toEqual([
      ['running', expect.any(Number)],
      ['closed', 120],
    ]);
    const [autumn, spring] = campaigns;
    const springResults = bodyOf<MysteryResultsReply>(
      await call('GET', `/campaigns/${spring!.id}/results`, 'jana.novakova'),
    ).results;
    expect(springResults.overall.evaluations).toBe(120);
    const environmentOf = async (code: string) =>
      bodyOf<MysteryResultsReply>(
        await call('GET', `/campaigns/${spring!.id}/results?department=${code}`, 'jana.novakova'),
      ).results.bySection.find((row) => row.key === 'environment')!.meanScore!;
    // The building department's accessibility and signage are its weak spot.
    expect(await environmentOf('OV')).toBeLessThan((await environmentOf('OSV')) - 15);
    expect(springResults.lateReplies).toBeGreaterThan(0);
    const autumnResults = bodyOf<MysteryResultsReply>(
      await call('GET', `/campaigns/${autumn!.id}/results`, 'jana.novakova'),
    ).results;
    expect(autumnResults.previous).toMatchObject({ campaignId: spring!.id, overall: { evaluations: 120 } });
    expect(autumnResults.byDepartment.every((row) => row.previous !== null)).toBe(true);

    const findings = bodyOf<FindingsReply>(
      await call('GET', `/campaigns/${spring!.id}/findings`, 'jana.novakova'),
    ).items;
    expect(findings.map((finding) => [finding.departmentCode, finding.measureStatus])).toEqual([
      ['OD', 'proposed'],
      ['OV', 'proposed'],
    ]);
    // The head of transport sees his department's finding, and only it.
    const own = bodyOf<FindingsReply>(
      await call('GET', `/campaigns/${spring!.id}/findings`, 'tomas.cerny'),
    ).items;
    expect(own.map((finding) => finding.departmentCode)).toEqual(['OD']);
    // The evaluators have their sheets of the running campaign.
    const mine = (await call('GET', '/mine', 'alena.nemcova')).body?.['items'] as unknown[];
    expect(mine.length).toBeGreaterThan(0);
  });

  it('downloads a department’s report and the released data, naming no evaluator, under the results’ rules', async () => {
    const campaigns = bodyOf<CampaignsReply>(await call('GET', '/campaigns', 'jana.novakova')).items;
    const spring = campaigns.find((campaign) => campaign.status === 'closed')!;
    const get = (path: string, who: string) =>
      fetch(`${stack.serviceUrl}/api/mystery/campaigns/${spring.id}${path}`, {
        headers: { Authorization: `Demo ${who}@lipova.example` },
      });
    const report = await get('/report.docx?department=OD&locale=cs', 'tomas.cerny');
    expect([report.status, report.headers.get('content-type')]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    const xml = (
      await (await JSZip.loadAsync(await report.arrayBuffer())).file('word/document.xml')!.async('string')
    ).replace(/<[^>]+>/g, ' ');
    expect(xml).toContain('Odbor dopravy');
    expect(xml).toContain('Zpráva z mystery shoppingu');
    const results = bodyOf<MysteryResultsReply>(
      await call('GET', `/campaigns/${spring.id}/results?department=OD`, 'tomas.cerny'),
    ).results;
    expect(xml).toContain(`z ${results.overall.evaluations} hodnocení`);
    for (const person of ['Alena Němcová', 'Eva Veselá', 'Marie Procházková', 'alena.nemcova'])
      expect(xml).not.toContain(person);
    // A head reads his own department's report only, and not the office's data.
    expect((await get('/report.docx?department=OV', 'tomas.cerny')).status).toBe(403);
    expect((await get('/released.xlsx', 'tomas.cerny')).status).toBe(403);

    const data = await get('/released.xlsx', 'jana.novakova');
    expect(data.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await data.arrayBuffer());
    const [evaluations, answers] = workbook.worksheets;
    expect(evaluations!.rowCount).toBe(121);
    expect(answers!.rowCount).toBeGreaterThan(120 * 8);
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
    );
    for (const person of ['Alena Němcová', 'Eva Veselá', 'Jiří Kučera', 'alena.nemcova'])
      expect(cells.join('|')).not.toContain(person);
  });
});
