import type { MeasureFilter, MeasureSummary } from '@kvalita/core';
import type { Identity } from '../../platform/auth/identity';

/**
 * Where the downloads take their measures from: the register as `who` may see it (the measures
 * service applies the role matrix and the office's hiding of other departments), every page of the
 * filter at once. The composition root passes the measures service's listing.
 */
export interface MeasureExportSource {
  summaries(filter: MeasureFilter, who: Identity): Promise<readonly MeasureSummary[]>;
}
