/** Czech strings of one area, kept in their own file so the areas can change independently; cs.ts spreads them in. */
export const surveysCoreCs = {
} as const;
