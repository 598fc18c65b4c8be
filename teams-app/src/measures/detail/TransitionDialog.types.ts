import type { MeasureTransition } from '@kvalita/core';

export interface TransitionDialogProps {
  readonly transition: MeasureTransition;
  /** Sends the move with the reason (required for cancel); resolves false when the dialog should stay. */
  readonly onConfirm: (reason: string) => Promise<boolean>;
  readonly onDismiss: () => void;
  /** Why the last attempt did not go through (a stale measure, an error), shown in the dialog. */
  readonly problem: string | null;
}
