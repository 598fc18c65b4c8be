import type { surveysApiCs } from './surveys-api.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const surveysApiEn = {
} as const satisfies Record<keyof typeof surveysApiCs, string>;
