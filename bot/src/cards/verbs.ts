/** `data.verb` of the card buttons that start something (answers carry their own verbs from core). */
export const PULSE_COMMAND_VERB = 'kvalita.pulse.start';

/** Universal Actions refresh: Teams asks for the pulse card's current state for this person. */
export const PULSE_REFRESH_VERB = 'kvalita.pulse.refresh';
