/** English texts of 360° feedback (tab). */
export const feedbackTabEn = {} as const;
