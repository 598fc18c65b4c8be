import { describe, expect, it } from '@jest/globals';
import { answerInputId, type BilingualText, type Locale } from '@kvalita/core';
import { surveyCard, surveyStatusCard, type SurveyCardContent } from '@kvalita/bot';
import { reportAwaitsApprovalCard, reportReviewedCard } from '../../bot/src/caf/cards/report-review-card';
import { hostileCharactersIn, hostileText, seededRandom } from '../support/hostile-text';

/**
 * Every Adaptive Card that carries text people typed (survey titles, introductions, questions,
 * options, an answer shown again, cycle names, people's names, a director's note), built with
 * hostile characters in each of them: no string of the card (as Teams receives it, JSON) carries a
 * character XML cannot hold nor a bidirectional control, and every text still shows.
 */

function typist(seed: number) {
  const random = seededRandom(seed);
  const visible: string[] = [];
  const text = (length?: number) => {
    const hostile = hostileText(random, length);
    visible.push(hostile.visible);
    return hostile.typed;
  };
  return { visible, text };
}

/** Every string in the card as it goes over the wire (JSON), keys aside. */
function stringsOf(card: unknown): string[] {
  const strings: string[] = [];
  JSON.parse(JSON.stringify(card), (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  return strings;
}

function expectClean(card: unknown, visible: readonly string[]) {
  const strings = stringsOf(card);
  for (const string of strings) expect(hostileCharactersIn(string)).toEqual([]);
  for (const text of visible)
    expect(strings.some((string) => string.includes(text)) ? text : `missing: ${text}`).toBe(text);
}

const wave = {
  number: 1,
  opensAt: '2026-11-16T07:00:00.000Z',
  closesAt: '2026-11-20T16:00:00.000Z',
  remindAt: null,
};

describe('cards with hostile text in every field people type', () => {
  for (const [seed, locale] of [
    [21, 'cs'],
    [22, 'en'],
    [23, 'cs'],
  ] as const) {
    it(`a survey card, its corrections and its answered state keep the text and drop the rest (${locale}, seed ${seed})`, () => {
      const { text, visible } = typist(seed);
      // Both languages hostile; only the card's language is looked for.
      const bilingual = (length?: number): BilingualText => {
        const shown = text(length);
        const other = hostileText(seededRandom(seed + 100), length).typed;
        return locale === 'cs' ? { cs: shown, en: other } : { cs: other, en: shown };
      };
      const options = (count: number) => {
        const texts = Array.from({ length: count }, () => bilingual(80));
        return { cs: texts.map((option) => option.cs), en: texts.map((option) => option.en) };
      };
      const survey: SurveyCardContent = {
        key: 'srv-fuzz0002',
        title: bilingual(120),
        introduction: bilingual(600),
        questions: [
          { key: 'q1', type: 'scale5', text: bilingual(300), options: { cs: [], en: [] } },
          { key: 'q2', type: 'singleChoice', text: bilingual(), options: options(3) },
          { key: 'q3', type: 'multiChoice', text: bilingual(), options: options(2) },
          { key: 'q4', type: 'text', text: bilingual(), options: { cs: [], en: [] } },
        ],
      };
      const typedAnswer = text(500);
      const card = surveyCard(locale as Locale, survey, wave, {
        problems: [{ questionKey: 'q1', problem: 'missing' }],
        values: { [answerInputId('q4')]: typedAnswer },
      });
      expectClean(card, visible);
      const answered = surveyStatusCard(locale, survey.title, 'answered', { echo: [typedAnswer] });
      expectClean(answered, [visible[0] ?? '', visible.at(-1) ?? '']);
    });
  }

  it('the CAF report cards keep the cycle, the names and the note and drop the rest', () => {
    const { text, visible } = typist(31);
    const target = { cycleName: text(255), link: null };
    expectClean(reportAwaitsApprovalCard('cs', target), visible);
    const byName = text();
    const note = text(2000);
    for (const outcome of ['approved', 'returned'] as const)
      expectClean(reportReviewedCard('en', target, { outcome, byName, note }), visible);
  });
});
