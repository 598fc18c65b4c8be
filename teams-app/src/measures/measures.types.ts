import type { Me, MessageKey, TabPlace } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';
import type { HostContext } from '../platform/host/host.types';

export interface MeasuresSectionProps {
  readonly api: ApiClient;
  /** Saves a channel tab's configuration (Teams); null elsewhere. */
  readonly configureChannelTab: HostContext['configureChannelTab'];
  /** Where the register remembers each person's filters; the browser's localStorage by default. */
  readonly storage?: Storage | null;
  /** Today; the clock by default. */
  readonly today?: Date;
}

export interface MeasurePageProps {
  readonly api: ApiClient;
  readonly me: Me;
  /** Opens a measures page; a notice is a confirmation the page shows after an action. */
  readonly go: (place: TabPlace, notice?: MessageKey) => void;
}
