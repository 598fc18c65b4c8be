/*
 * Where a link into the tab opens: Teams passes a deep link's context.subEntityId to the tab as
 * `page.subPageId`. The chat cards about a report link to the cycle's results; the tab opens them.
 */

/** The sub-page id of a cycle's results page. */
export function cycleResultsPageId(cycleId: number): string {
  return `cycle-${cycleId}-results`;
}

/** The cycle whose results a sub-page id names, or null for anything else. */
export function cycleOfResultsPageId(subPageId: string | null): number | null {
  const match = /^cycle-(\d{1,9})-results$/.exec(subPageId ?? '');
  const id = match ? Number(match[1]) : 0;
  return id > 0 ? id : null;
}
