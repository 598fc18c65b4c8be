import { createHmac } from 'node:crypto';

/**
 * Keyed hash of (scope, person): the same person always gets the same key for a scope, so a
 * second answer is recognised, but without the secret nobody can tell whose key it is, and keys of
 * the same person in two scopes cannot be linked (architecture rule 7). A survey answer's scope is
 * `${surveyKey}#${wave}#${questionKey}` (respondentScope).
 */
export type RespondentKeyer = (scope: string, personId: string) => string;

export function hmacRespondentKeyer(secret: string): RespondentKeyer {
  if (secret.length < 32) throw new Error('The respondent-key secret must be at least 32 characters long');
  return (scope, personId) =>
    createHmac('sha256', secret).update(`${scope}\u0000${personId.toLowerCase()}`).digest('hex');
}

/** The scope of one answer row: a survey wave's question. */
export const respondentScope = (surveyKey: string, wave: number, questionKey: string) =>
  `${surveyKey}#${wave}#${questionKey}`;
