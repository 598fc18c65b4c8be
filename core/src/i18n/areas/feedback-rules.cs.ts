/** Czech texts of 360° feedback (rules). */
export const feedbackRulesCs = {} as const;
