/** `verb` of the reminder card's "report progress" (Action.Execute, also `data.verb` for Action.Submit). */
export const MEASURE_PROGRESS_VERB = 'kvalita.measure.progress';
/** The reminder card's refresh: the measure's current state on every device. */
export const MEASURE_REFRESH_VERB = 'kvalita.measure.refresh';

export const MEASURE_CARD_VERBS: readonly string[] = [MEASURE_PROGRESS_VERB, MEASURE_REFRESH_VERB];

/** Input ids of the progress form on the card. */
export const PROGRESS_INPUTS = { progress: 'progress', phase: 'phase', note: 'note' } as const;
