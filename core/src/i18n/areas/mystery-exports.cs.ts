/** Czech texts of mystery shopping's downloads: the department report (.docx) and the released data (.xlsx). */
export const mysteryExportsCs = {} as const;
