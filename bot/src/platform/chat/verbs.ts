/** `data.verb` of the help card's button that lists open surveys (answers carry core's verbs). */
export const SURVEYS_COMMAND_VERB = 'kvalita.survey.start';
