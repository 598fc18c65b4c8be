import { placePath, type TabPlace } from '@kvalita/core';

/**
 * A Teams deep link to a page of the app's tab (entity "caf" in the manifest, the tab that holds
 * every area): the place's path goes in the context's subEntityId, which Teams hands the tab as
 * page.subPageId and the tab opens (see core's tab-place).
 */
export function tabDeepLink(teamsAppId: string, place: TabPlace): string {
  const context = JSON.stringify({ subEntityId: placePath(place) });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/caf?context=${encodeURIComponent(context)}`;
}
