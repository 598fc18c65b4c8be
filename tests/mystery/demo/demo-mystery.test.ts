import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type CampaignsReply, type FindingsReply, type MysteryResultsReply } from '@kvalita/core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEMO_PEOPLE } from '../../../scripts/local/demo/office';
import { startTestStack, type LocalStack } from '../../support/e2e-stack';
import { bodyOf, mysteryCall, type MysteryCall } from '../api/mystery-api-flow';

// The plan itself is checked in demo-mystery-plan.test.ts.
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
  it('downloads the head’s report and the released sheets naming nobody, and refuses a head another department’s', async () => {
    const download = (path: string, who: string) =>
      fetch(`${stack.serviceUrl}/api/mystery${path}`, {
        headers: { Authorization: `Demo ${who}@lipova.example`, 'accept-language': 'cs' },
      });
    const spring = bodyOf<CampaignsReply>(await call('GET', '/campaigns', 'jana.novakova')).items.find(
      (campaign) => campaign.status === 'closed',
    )!;
    const everything = async (bytes: ArrayBuffer) => {
      const zip = await JSZip.loadAsync(bytes);
      return (await Promise.all(Object.values(zip.files).map((entry) => entry.async('string')))).join('\n');
    };
    const report = await download(`/campaigns/${spring.id}/report.docx`, 'tomas.cerny');
    expect([report.status, report.headers.get('content-type')]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    expect(report.headers.get('content-disposition')).toContain(`mystery-${spring.id}-OD-cs.docx`);
    const reportText = await everything(await report.arrayBuffer());
    expect(reportText).toContain('Odbor dopravy');
    expect(reportText).toContain('Mystery shopping – jaro 2026');
    expect((await download(`/campaigns/${spring.id}/report.docx?department=OV`, 'tomas.cerny')).status).toBe(
      403,
    );
    expect((await download(`/campaigns/${spring.id}/released.xlsx`, 'tomas.cerny')).status).toBe(403);

    const workbook = await download(`/campaigns/${spring.id}/released.xlsx`, 'jana.novakova');
    expect(workbook.status).toBe(200);
    const bytes = await workbook.arrayBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Hodnocení', 'Odpovědi']);
    expect(book.worksheets[0]!.rowCount).toBe(121);
    expect(book.worksheets[1]!.rowCount).toBeGreaterThan(120 * 8);
    const workbookText = await everything(bytes);
    for (const person of DEMO_PEOPLE)
      for (const text of [reportText, workbookText]) {
        expect(text).not.toContain(person.displayName);
        expect(text).not.toContain(person.email);
      }
  });
});
