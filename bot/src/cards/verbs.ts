/** `data.verb` of the card buttons that start something (answers carry their own verbs from core). */
export const PULSE_COMMAND_VERB = 'kvalita.pulse.start';
