import type { mysteryExportsCs } from './mystery-exports.cs';

/** English texts of mystery shopping's downloads: the department report (.docx) and the released data (.xlsx). */
export const mysteryExportsEn = {} as const satisfies Record<keyof typeof mysteryExportsCs, string>;
