import type { HostContext } from '../host/host.types';
import type { TabApi } from '../load/shared-reads';
import { anonymousCaller, demoCaller, teamsCaller } from './callers';
import { FIRST_PAGE_READS } from './first-page';
import type { Preferences } from './preferences';
import type { Caller } from './session.types';

/**
 * The start-up calls, sent before React renders anything: rendering the first frame takes a while
 * on a slow machine, and the answers can travel meanwhile. The session and the pages take them
 * when they ask (see useSession; any call not read ahead is simply made then).
 */
export function readAheadAtStart(
  host: HostContext,
  preferences: Preferences,
  apiFor: (caller: Caller) => TabApi,
) {
  if (host.inTeams) {
    apiFor(teamsCaller(host)).readAhead(FIRST_PAGE_READS);
    return;
  }
  const remembered = preferences.getDemoEmail();
  // Without a person remembered, the people are asked for only once the service says it is local.
  apiFor(anonymousCaller).readAhead(remembered === null ? ['getConfig'] : ['getConfig', 'getDemoPeople']);
  if (remembered !== null) apiFor(demoCaller(remembered)).readAhead(FIRST_PAGE_READS);
}
