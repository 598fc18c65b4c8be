import type { Me, MessageKey, TabPlace } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';

export interface SurveysSectionProps {
  readonly api: ApiClient;
}

export interface SurveyPageProps {
  readonly api: ApiClient;
  readonly me: Me;
  /** Opens a survey page; a notice is a confirmation the page shows after an action. */
  readonly go: (place: TabPlace, notice?: MessageKey) => void;
}
