/** Czech texts of 360° feedback (tab). */
export const feedbackTabCs = {} as const;
