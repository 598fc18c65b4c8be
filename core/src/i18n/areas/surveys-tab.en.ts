import type { surveysTabCs } from './surveys-tab.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const surveysTabEn = {
} as const satisfies Record<keyof typeof surveysTabCs, string>;
