import type { Department, Person } from '@kvalita/core';
/**
 * The demo office that local mode seeds: a fictional municipal office ("Městský úřad Lipová")
 * with the roles Kvalita knows. Names and e-mails are invented; the domain is reserved (.example).
 */
export declare const DEMO_OFFICE_NAME = "M\u011Bstsk\u00FD \u00FA\u0159ad Lipov\u00E1";
export declare const DEMO_DEPARTMENTS: readonly Department[];
export declare const DEMO_PEOPLE: readonly Person[];
/** The 2024 self-assessment's improvement plan (the rest of the register is in demo-measures.ts). */
export { DEMO_MEASURES } from './demo-measures';
