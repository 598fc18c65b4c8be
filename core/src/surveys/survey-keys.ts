import type { SurveyDraft } from './contract';

const KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh survey key; `random` returns [0, 1) (crypto-backed in the service, seeded in tests). */
export function newSurveyKey(random: () => number): string {
  let key = 'srv-';
  for (let index = 0; index < 8; index += 1)
    key += KEY_ALPHABET[Math.floor(random() * KEY_ALPHABET.length) % KEY_ALPHABET.length];
  return key;
}

/** First-question key: "has answered" is looked up by it (every submit writes every question). */
export function firstQuestionKey(draft: Pick<SurveyDraft, 'questions'>): string {
  const first = draft.questions[0];
  if (!first) throw new Error('A survey has at least one question');
  return first.key;
}
