import type { surveysChatCs } from './surveys-chat.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const surveysChatEn = {
} as const satisfies Record<keyof typeof surveysChatCs, string>;
