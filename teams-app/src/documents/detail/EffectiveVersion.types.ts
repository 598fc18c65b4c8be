import type { DocumentDetailReply } from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';

export interface EffectiveVersionProps {
  readonly api: ApiClient;
  readonly reply: DocumentDetailReply;
  /** Offered only when the reply allows 'acknowledge'. */
  readonly onAcknowledge: (versionLabel: string) => Promise<void>;
}
