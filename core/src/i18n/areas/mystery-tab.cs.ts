/** Czech texts of mystery shopping's tab pages. */
export const mysteryTabCs = {} as const;
