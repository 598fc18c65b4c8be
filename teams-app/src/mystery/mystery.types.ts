import type { Me, MessageKey, MysteryView } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';

export interface MysterySectionProps {
  readonly api: ApiClient;
}

/** The section's own navigation. */
export type MysteryTab = 'mine' | 'campaigns' | 'checklists';

export interface MysteryPageProps {
  readonly api: ApiClient;
  readonly me: Me;
  /** Opens a mystery-shopping page; a notice is a confirmation the page shows after an action. */
  readonly go: (view: MysteryView, notice?: MessageKey) => void;
  readonly notice: string | null;
}

export interface MysteryPagesProps extends MysteryPageProps {
  readonly view: MysteryView;
}

export interface CampaignPageProps extends MysteryPageProps {
  readonly campaignId: number;
}
