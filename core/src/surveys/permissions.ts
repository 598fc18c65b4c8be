import type { Role } from '../platform/contract';

/*
 * Who may do what with surveys (docs/api-surveys.md, "Who may do what"). The service refuses
 * everyone else (403); the tab asks the same rules to hide what a person may not do.
 */

/** Writing surveys (templates, create, edit, publish, close, delete, preview) is the quality manager's. */
export function mayAuthorSurveys(roles: readonly Role[]): boolean {
  return roles.includes('qualityManager');
}

/** Reading surveys (list, detail, results, export): the quality manager and the director; results feed CAF criterion 7. */
export function mayReadSurveys(roles: readonly Role[]): boolean {
  return roles.includes('qualityManager') || roles.includes('director');
}
