import type { surveysCoreCs } from './surveys-core.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const surveysCoreEn = {
} as const satisfies Record<keyof typeof surveysCoreCs, string>;
