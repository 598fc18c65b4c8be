import { officeDate } from '@kvalita/core';
import type { ScheduledTick } from '../measures/reminders/with-measure-reminders';
import type { DocumentsService } from './documents-service';

/**
 * The scheduler's tick, then the documents' daily step: approved versions whose effective date has
 * come take effect (DocumentsService.takeEffectDue). Run on the first tick of each office day (and
 * the first after a start); a failing run is logged and tried again on the next tick, never
 * costing the rest of the tick.
 */
export function withDocumentSteps(
  inner: ScheduledTick,
  documents: Pick<DocumentsService, 'takeEffectDue'>,
  log: (line: string) => void,
): ScheduledTick {
  let doneFor: string | null = null;
  return {
    tick: async (now) => {
      const report = await inner.tick(now);
      const today = officeDate(now);
      if (doneFor === today) return report;
      try {
        const count = await documents.takeEffectDue(today);
        if (count > 0) log(`documents: ${count} approved version(s) took effect`);
        doneFor = today;
      } catch (error) {
        log(
          `documents' daily step failed this tick: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return report;
    },
  };
}
