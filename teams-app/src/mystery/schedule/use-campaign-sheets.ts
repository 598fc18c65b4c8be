import { useCallback } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useLoad } from '../../platform/load/use-load';

/** A campaign with its sheets (the quality manager's schedule), read together; `retry` reads both again. */
export function useCampaignSheets(api: ApiClient, campaignId: number) {
  return useLoad(
    useCallback(
      async (signal: AbortSignal) => {
        const [campaign, sheets] = await Promise.all([
          api.getCampaign(campaignId, signal),
          api.listEvaluations(campaignId, signal),
        ]);
        return { ...campaign, sheets: sheets.items };
      },
      [api, campaignId],
    ),
  );
}
