/** Czech texts of 360° feedback (exports). */
export const feedbackExportsCs = {} as const;
