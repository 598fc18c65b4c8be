/** English texts of why the service refused a step on a controlled document. */
export const documentsRulesEn = {} as const;
