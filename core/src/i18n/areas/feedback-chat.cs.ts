/** Czech texts of 360° feedback (chat). */
export const feedbackChatCs = {} as const;
