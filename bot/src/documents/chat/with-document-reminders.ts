import type { ScheduledTick } from '../../measures/reminders/with-measure-reminders';
import type { DocumentReminders } from '../reminders/document-reminders';

/**
 * The scheduler's tick (surveys, measures), then the documents' (one loop, never overlapping). A
 * failing documents pass is logged and tried again next minute; it never costs the others' tick.
 */
export function withDocumentReminders(
  tick: ScheduledTick,
  documents: Pick<DocumentReminders, 'tick'> | null,
  log: (line: string) => void,
): ScheduledTick {
  if (!documents) return tick;
  return {
    tick: async (now) => {
      const report = await tick.tick(now);
      try {
        const sent = await documents.tick(now);
        if (sent.planned + sent.sent + sent.dropped > 0)
          log(
            `document notifications: ${sent.planned} planned, ${sent.sent} sent, ${sent.dropped} dropped, ` +
              `${sent.waiting} waiting, ${sent.failed} failed`,
          );
      } catch (error) {
        log(
          `document notifications failed this tick: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return report;
    },
  };
}
