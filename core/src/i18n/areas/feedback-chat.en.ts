/** English texts of 360° feedback (chat). */
export const feedbackChatEn = {} as const;
