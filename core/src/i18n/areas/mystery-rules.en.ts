import type { mysteryRulesCs } from './mystery-rules.cs';

/** English texts of mystery shopping's rules and service refusals. */
export const mysteryRulesEn = {} as const satisfies Record<keyof typeof mysteryRulesCs, string>;
