import { normalizeEmail } from '@kvalita/core';
import type { RespondentKeyer } from '../platform/respondent-key';

/*
 * The keys answers are stored under (core feedback/store.types.ts, docs/privacy.md): a subject's
 * key is the keyed hash of their e-mail in the cycle's scope, a rater's the keyed hash of theirs in
 * the scope of that subject. Without the service's secret nobody can tell whose answer a row is,
 * nor link one person's answers across subjects or cycles; the service recomputes them to tell
 * whether a form is done and to refuse a second answer.
 */

export interface AnswerKeys {
  subjectKey(cycleId: number, subjectEmail: string): string;
  respondentKey(cycleId: number, subjectKey: string, raterEmail: string): string;
  /** Both at once, for one rater's form about one subject. */
  formKeys(
    cycleId: number,
    subjectEmail: string,
    raterEmail: string,
  ): { readonly subjectKey: string; readonly respondentKey: string };
}

export function answerKeys(keyer: RespondentKeyer): AnswerKeys {
  const subjectKey = (cycleId: number, subjectEmail: string) =>
    keyer(`feedback#${cycleId}`, normalizeEmail(subjectEmail));
  const respondentKey = (cycleId: number, key: string, raterEmail: string) =>
    keyer(`feedback#${cycleId}#${key}`, normalizeEmail(raterEmail));
  return {
    subjectKey,
    respondentKey,
    formKeys: (cycleId, subjectEmail, raterEmail) => {
      const key = subjectKey(cycleId, subjectEmail);
      return { subjectKey: key, respondentKey: respondentKey(cycleId, key, raterEmail) };
    },
  };
}
