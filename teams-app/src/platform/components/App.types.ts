import type { HostContext } from '../host/host.types';
import type { Catalogue } from '../i18n/catalogues';
import type { SharedRequests } from '../load/shared-requests';
import type { PlaceHistory } from '../navigation/navigation.types';
import type { Preferences } from '../session/preferences';

/** Everything the tab needs from outside, passed in so tests can supply their own. */
export interface AppProps {
  readonly host: HostContext;
  readonly fetch: typeof fetch;
  /** Absolute URL of the service's /api/ folder, ending with a slash. */
  readonly apiBaseUrl: string;
  readonly preferences: Preferences;
  /** Where the place in the tab is kept: the browser's history, or a list in memory in tests. */
  readonly history: PlaceHistory;
  /** The messages to start with (the start language's, loaded before the first render); Czech if absent. */
  readonly catalogue?: Catalogue;
  /** Where reads started before the first render wait for the pages (see readAheadAtStart). */
  readonly requests?: SharedRequests;
}
