import type { Me, MessageKey } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';

/** Which survey page is open. A notice is a confirmation shown on the list after an action. */
export type SurveyRoute =
  | { readonly kind: 'list'; readonly notice?: MessageKey }
  | { readonly kind: 'new' }
  | { readonly kind: 'edit'; readonly key: string }
  | { readonly kind: 'results'; readonly key: string };

export interface SurveysSectionProps {
  readonly api: ApiClient;
}

export interface SurveyPageProps {
  readonly api: ApiClient;
  readonly me: Me;
  readonly go: (route: SurveyRoute) => void;
}
