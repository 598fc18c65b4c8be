/** English texts of 360° feedback (exports). */
export const feedbackExportsEn = {} as const;
