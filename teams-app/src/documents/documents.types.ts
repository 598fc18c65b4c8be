import type { Me, MessageKey, TabPlace } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';

export interface DocumentsSectionProps {
  readonly api: ApiClient;
  /** Where the register remembers each person's filters; the browser's localStorage by default. */
  readonly storage?: Storage | null;
}

export interface DocumentPageProps {
  readonly api: ApiClient;
  readonly me: Me;
  /** Opens a documents page; a notice is a confirmation the page shows after an action. */
  readonly go: (place: TabPlace, notice?: MessageKey) => void;
}
