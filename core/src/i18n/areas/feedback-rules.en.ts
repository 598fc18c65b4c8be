/** English texts of 360° feedback (rules). */
export const feedbackRulesEn = {} as const;
