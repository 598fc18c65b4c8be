import { MYSTERY_LIMITS, campaignChannels, type CampaignDraft, type MysteryChannel } from '@kvalita/core';

/** A key the contract takes ("sp-od-visit-2") from any text, unique among `taken`. */
export function keyFrom(text: string, taken: readonly string[]): string {
  const base =
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^(?=[0-9])/, 'k')
      .slice(0, MYSTERY_LIMITS.key - 4) || 'k';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}

export const emptyCampaign = (today: string): CampaignDraft => ({
  name: '',
  description: '',
  startDate: today,
  endDate: today,
  departmentCodes: [],
  servicePoints: [],
  quotas: [],
  scenarios: [],
  checklistIds: {},
  evaluatorEmails: [],
  lockoutDays: MYSTERY_LIMITS.lockoutDays.default,
  staffNotice: { informedOn: null, documentId: null, note: '' },
});

/**
 * The draft as it is sent: quotas only for department × channel pairs that have a service point,
 * checklists only for the channels the campaign contacts, evaluators as typed, one per line.
 */
export function draftToSend(draft: CampaignDraft, evaluatorsText: string): CampaignDraft {
  const pairs = new Set(draft.servicePoints.map((point) => `${point.departmentCode}|${point.channel}`));
  const channels = campaignChannels(draft);
  return {
    ...draft,
    quotas: draft.quotas.filter((quota) => pairs.has(`${quota.departmentCode}|${quota.channel}`)),
    checklistIds: Object.fromEntries(
      Object.entries(draft.checklistIds).filter(([channel]) => channels.includes(channel as MysteryChannel)),
    ),
    evaluatorEmails: [
      ...new Set(
        evaluatorsText
          .split(/[\s,;]+/)
          .map((email) => email.trim().toLowerCase())
          .filter((email) => email !== ''),
      ),
    ],
  };
}

/** The quota of a department × channel (0 when none is set). */
export const quotaOf = (draft: CampaignDraft, departmentCode: string, channel: MysteryChannel) =>
  draft.quotas.find((quota) => quota.departmentCode === departmentCode && quota.channel === channel)?.count ??
  0;

/** The draft with one quota set. */
export function withQuota(
  draft: CampaignDraft,
  departmentCode: string,
  channel: MysteryChannel,
  count: number,
): CampaignDraft {
  const others = draft.quotas.filter(
    (quota) => !(quota.departmentCode === departmentCode && quota.channel === channel),
  );
  return { ...draft, quotas: [...others, { departmentCode, channel, count }] };
}
