/** Czech texts of why the service refused a step on a controlled document. */
export const documentsRulesCs = {} as const;
