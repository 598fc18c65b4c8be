import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type CampaignsReply, type FindingsReply, type MysteryResultsReply } from '@kvalita/core';
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
});
