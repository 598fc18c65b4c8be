import type { QualityDocument } from '@kvalita/core';

/** The workflow steps that ask before they go, each with its own fields. */
export type DialogAction = 'submit' | 'approve' | 'return' | 'confirmReview' | 'revise' | 'withdraw';

/** What the person typed into the dialog (only the step's own fields matter). */
export interface DialogValues {
  /** Reason for change (submit), comment (approve, return), note (review), reason (withdraw). */
  readonly text: string;
  /** Approve: ISO date or "" for today. */
  readonly effectiveFrom: string;
  /** Approve: the issuing resolution ("" = none). */
  readonly resolution: string;
}

export interface ActionDialogProps {
  readonly action: DialogAction;
  readonly document: QualityDocument;
  /** The draft the step concerns ("1.2"); the effective version for reviews and withdrawal. */
  readonly versionLabel: string;
  /** Submit: a reason for change is required (the document has been approved before). */
  readonly reasonRequired: boolean;
  /** Today in the office (YYYY-MM-DD): an approval cannot take effect earlier. */
  readonly today: string;
  /** Sends the step; resolves false when the dialog should stay (stale, failed). */
  readonly onConfirm: (values: DialogValues) => Promise<boolean>;
  readonly onDismiss: () => void;
  /** Why the last attempt did not go through, shown in the dialog. */
  readonly problem: string | null;
}
