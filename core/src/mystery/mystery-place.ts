/*
 * The pages of mystery shopping in the tab, as part of the tab's places (platform/tab-place.ts):
 * "mystery" (the area's home: campaigns for who reads results, else my sheets), "mystery/mine" (my sheets), "mystery/campaigns", "mystery/campaigns/new", "mystery/campaigns/7",
 * "mystery/campaigns/7/edit|schedule|review|results|findings", "mystery/evaluations/31",
 * "mystery/checklists", "mystery/checklists/new", "mystery/checklists/4".
 */

export const MYSTERY_CAMPAIGN_PAGES = [
  'overview',
  'edit',
  'schedule',
  'review',
  'results',
  'findings',
] as const;
export type MysteryCampaignPage = (typeof MYSTERY_CAMPAIGN_PAGES)[number];

export type MysteryView =
  /** The area's first page: the campaigns for who reads results, else the person's sheets. */
  | { readonly page: 'home' }
  /** The evaluator's sheets. */
  | { readonly page: 'mine' }
  | { readonly page: 'campaigns' }
  | { readonly page: 'newCampaign' }
  | { readonly page: 'campaign'; readonly campaignId: number; readonly section: MysteryCampaignPage }
  | { readonly page: 'evaluation'; readonly evaluationId: number }
  | { readonly page: 'checklists' }
  /** A checklist version in the editor; null = a new checklist. */
  | { readonly page: 'checklist'; readonly checklistId: number | null };

/** A positive id of at most nine digits, or null. */
function idOf(text: string | undefined): number | null {
  return text !== undefined && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null;
}

/** The path of a mystery-shopping page, "mystery" first. */
export function mysteryPath(view: MysteryView): string {
  switch (view.page) {
    case 'home':
      return 'mystery';
    case 'mine':
      return 'mystery/mine';
    case 'campaigns':
      return 'mystery/campaigns';
    case 'newCampaign':
      return 'mystery/campaigns/new';
    case 'campaign':
      return view.section === 'overview'
        ? `mystery/campaigns/${view.campaignId}`
        : `mystery/campaigns/${view.campaignId}/${view.section}`;
    case 'evaluation':
      return `mystery/evaluations/${view.evaluationId}`;
    case 'checklists':
      return 'mystery/checklists';
    case 'checklist':
      return `mystery/checklists/${view.checklistId === null ? 'new' : view.checklistId}`;
  }
}

/** The mystery-shopping page the segments after "mystery" name, or null for none. */
export function mysteryViewFromPath(segments: readonly string[]): MysteryView | null {
  const [area, first, second, ...rest] = segments;
  if (area === undefined) return { page: 'home' };
  if (rest.length > 0) return null;
  if (area === 'mine') return first === undefined ? { page: 'mine' } : null;
  if (area === 'campaigns') {
    if (first === undefined) return { page: 'campaigns' };
    if (first === 'new') return second === undefined ? { page: 'newCampaign' } : null;
    const campaignId = idOf(first);
    if (campaignId === null) return null;
    if (second === undefined) return { page: 'campaign', campaignId, section: 'overview' };
    return second !== 'overview' && (MYSTERY_CAMPAIGN_PAGES as readonly string[]).includes(second)
      ? { page: 'campaign', campaignId, section: second as MysteryCampaignPage }
      : null;
  }
  if (area === 'evaluations') {
    const evaluationId = second === undefined ? idOf(first) : null;
    return evaluationId === null ? null : { page: 'evaluation', evaluationId };
  }
  if (area === 'checklists') {
    if (first === undefined) return { page: 'checklists' };
    if (second !== undefined) return null;
    if (first === 'new') return { page: 'checklist', checklistId: null };
    const checklistId = idOf(first);
    return checklistId === null ? null : { page: 'checklist', checklistId };
  }
  return null;
}
