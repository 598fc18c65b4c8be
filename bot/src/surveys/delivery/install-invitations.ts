import type { Delivery } from '@kvalita/sharepoint';
import type { DeliveryRows } from '../../platform/delivery/run-wave';

/**
 * The invitation rows of someone who has just installed the app, so the install can send them the
 * cards of open waves without the scheduler sending the same card again a minute later.
 */
export interface InstallInvitations {
  /**
   * Claims the person's invitation row still due for the wave (pending, as they had no chat until
   * now). Null when there is none to take: no row, already sent, waiting for a retry, or claimed
   * by a runner at this moment; then the install sends nothing and the row's own path applies.
   */
  claim(surveyKey: string, wave: number, email: string): Promise<Delivery | null>;
  markSent(delivery: Delivery): Promise<void>;
  markFailed(delivery: Delivery, reason: string): Promise<void>;
}

/**
 * Finds the person's row among the wave's due invitations (read only; installs are rare) and takes
 * it with the same ETag-checked claim as the fan-out, so the card goes out once whichever side
 * gets there first.
 */
export function installInvitations(
  rows: Pick<DeliveryRows, 'due' | 'claim' | 'markSent' | 'markFailed'>,
  now: () => Date,
): InstallInvitations {
  return {
    async claim(surveyKey, wave, email) {
      const wanted = email.toLowerCase();
      for await (const page of rows.due(surveyKey, wave, { kind: 'invitation', now: now() })) {
        const row = page.find((delivery) => delivery.recipientEmail?.toLowerCase() === wanted);
        if (row) return rows.claim(row, now());
      }
      return null;
    },
    markSent: (delivery) => rows.markSent(delivery, now()),
    markFailed: (delivery, reason) => rows.markFailed(delivery, reason, now()),
  };
}
