import type { CheckEffectivenessRequest, Measure } from '@kvalita/core';

export interface EffectivenessFormProps {
  readonly measure: Measure;
  /** Sends the check (the page adds the etag); resolves true when it is saved. */
  readonly onSubmit: (check: Omit<CheckEffectivenessRequest, 'etag'>) => Promise<boolean>;
  readonly onCancel: () => void;
}
