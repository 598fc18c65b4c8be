import { createHmac } from 'node:crypto';

/**
 * Keyed hash of (survey, person): the same person always gets the same key for a survey, so a
 * second answer is recognised, but without the secret nobody can tell whose key it is, and keys of
 * the same person in two surveys cannot be linked (architecture rule 7).
 */
export type RespondentKeyer = (surveyKey: string, personId: string) => string;

export function hmacRespondentKeyer(secret: string): RespondentKeyer {
  if (secret.length < 32) throw new Error('The respondent-key secret must be at least 32 characters long');
  return (surveyKey, personId) =>
    createHmac('sha256', secret).update(`${surveyKey}\u0000${personId.toLowerCase()}`).digest('hex');
}
