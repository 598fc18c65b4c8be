/** Czech texts of mystery shopping's rules and service refusals. */
export const mysteryRulesCs = {} as const;
