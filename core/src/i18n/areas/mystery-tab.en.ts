import type { mysteryTabCs } from './mystery-tab.cs';

/** English texts of mystery shopping's tab pages. */
export const mysteryTabEn = {} as const satisfies Record<keyof typeof mysteryTabCs, string>;
