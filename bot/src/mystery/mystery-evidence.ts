import type { MysteryEvidence } from '@kvalita/core';
import type { ReportMysteryEvidence } from '../caf/report/report.types';

/**
 * The campaigns that are evidence for a CAF cycle ending on `cycleEndDate`: those with released
 * sheets that ended in the 12 months before the end of the cycle's last day, or are still running.
 */
export function mysteryEvidenceFor(
  campaigns: readonly MysteryEvidence[],
  cycleEndDate: string,
): ReportMysteryEvidence[] {
  const end = cycleEndDate.slice(0, 10);
  const start = `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`;
  return campaigns
    .filter((campaign) => campaign.endDate > start)
    .map(({ campaignName, endDate, evaluations, meanScore, subcriteria }) => ({
      campaignName,
      endDate,
      evaluations,
      meanScore,
      subcriteria,
    }));
}
