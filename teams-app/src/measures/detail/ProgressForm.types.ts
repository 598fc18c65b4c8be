import type { Measure, ReportProgressRequest } from '@kvalita/core';

export interface ProgressFormProps {
  readonly measure: Measure;
  /** Sends the report (without the etag, which the page adds); resolves true when it is saved. */
  readonly onSubmit: (report: Omit<ReportProgressRequest, 'etag'>) => Promise<boolean>;
  readonly onCancel: () => void;
}
