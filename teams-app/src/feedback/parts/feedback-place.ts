import type { FeedbackView, TabPlace } from '@kvalita/core';

/** The tab place of a feedback page (for links). */
export const feedbackPlace = (view: FeedbackView): TabPlace => ({ kind: 'feedback', view });
