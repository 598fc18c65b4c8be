import type { CampaignDraft, Checklist, MysteryChannel } from './contract';

/*
 * What a campaign's draft must hold together, and what starting it needs. The ethics of mystery
 * shopping (MSPA, ESOMAR) ask that staff be told beforehand that it will happen: a campaign does not
 * start without the date they were informed, on or before the day it starts.
 */

export const CAMPAIGN_PROBLEMS = [
  'period',
  'duplicateKey',
  'servicePointDepartment',
  'quotaDepartment',
  'quotaWithoutServicePoint',
  'checklistMissing',
  'checklistChannel',
  'scenarioWithoutServicePoint',
] as const;
export type CampaignProblem = (typeof CAMPAIGN_PROBLEMS)[number];

export const START_PROBLEMS = ['staffNotInformed', 'noEvaluators', 'noQuota', 'nothingToVisit'] as const;
export type StartProblem = (typeof START_PROBLEMS)[number];

const hasDuplicates = (keys: readonly string[]) => new Set(keys).size !== keys.length;

/** Channels the campaign contacts: those of its service points. */
export const campaignChannels = (draft: Pick<CampaignDraft, 'servicePoints'>): MysteryChannel[] => [
  ...new Set(draft.servicePoints.map((point) => point.channel)),
];

/**
 * Problems of a draft, given the checklists it names (`checklistOf` answers null for one that does
 * not exist): each problem once.
 */
export function campaignProblems(
  draft: CampaignDraft,
  checklistOf: (id: number) => Pick<Checklist, 'channel'> | null,
): CampaignProblem[] {
  const problems = new Set<CampaignProblem>();
  if (draft.endDate < draft.startDate) problems.add('period');
  if (
    hasDuplicates(draft.servicePoints.map((point) => point.key)) ||
    hasDuplicates(draft.scenarios.map((scenario) => scenario.key))
  )
    problems.add('duplicateKey');
  const departments = new Set(draft.departmentCodes);
  if (draft.servicePoints.some((point) => !departments.has(point.departmentCode)))
    problems.add('servicePointDepartment');
  if (draft.quotas.some((quota) => !departments.has(quota.departmentCode))) problems.add('quotaDepartment');
  const reachable = new Set(
    draft.servicePoints.map((point) => `${point.departmentCode}\u0000${point.channel}`),
  );
  if (
    draft.quotas.some(
      (quota) => quota.count > 0 && !reachable.has(`${quota.departmentCode}\u0000${quota.channel}`),
    )
  )
    problems.add('quotaWithoutServicePoint');
  const channels = campaignChannels(draft);
  for (const channel of channels) {
    const id = draft.checklistIds[channel];
    const checklist = id === undefined ? null : checklistOf(id);
    if (checklist === null) problems.add('checklistMissing');
    else if (checklist.channel !== channel) problems.add('checklistChannel');
  }
  if (draft.scenarios.some((scenario) => !scenario.channels.some((channel) => channels.includes(channel))))
    problems.add('scenarioWithoutServicePoint');
  return [...problems];
}

/** What starting the campaign on `today` (ISO date) still lacks. */
export function startProblems(draft: CampaignDraft, today: string): StartProblem[] {
  const problems: StartProblem[] = [];
  const informed = draft.staffNotice.informedOn;
  if (informed === null || informed > today || informed > draft.startDate) problems.push('staffNotInformed');
  if (draft.evaluatorEmails.length === 0) problems.push('noEvaluators');
  if (!draft.quotas.some((quota) => quota.count > 0)) problems.push('noQuota');
  if (draft.servicePoints.length === 0 || draft.scenarios.length === 0) problems.push('nothingToVisit');
  return problems;
}
