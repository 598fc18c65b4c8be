import { describe, expect, it } from '@jest/globals';
import { acknowledgementCard } from '../../bot/src/documents/cards/acknowledgement-card';
import { escalationCard } from '../../bot/src/documents/cards/escalation-card';
import { approvalRequestCard, returnedCard } from '../../bot/src/documents/cards/owner-notice-cards';
import { reviewRequestCard } from '../../bot/src/documents/cards/review-request-card';
import type { DocumentCardContent } from '../../bot/src/documents/cards/document-card-parts';
import { hostileCharactersIn, hostileText, seededRandom } from '../support/hostile-text';

/** Every string of a card as it goes over the wire (JSON), keys aside. */
function stringsOf(card: unknown): string[] {
  const strings: string[] = [];
  JSON.parse(JSON.stringify(card), (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  return strings;
}

/**
 * The document cards carry what people typed: a document's code and title, a reason for change, a
 * return comment, a reviewer's comment, people's names. Built with hostile characters in each, no
 * string of the card carries a character XML cannot hold nor a bidirectional control, and every
 * text still shows.
 */
describe('document cards with hostile text in every field people type', () => {
  for (const [seed, locale] of [
    [31, 'cs'],
    [32, 'en'],
  ] as const) {
    it(`keep the text and drop the rest (${locale}, seed ${seed})`, () => {
      const random = seededRandom(seed);
      const visible: string[] = [];
      const typed = (length?: number) => {
        const text = hostileText(random, length);
        visible.push(text.visible);
        return text.typed;
      };
      const title = typed(40);
      const content: DocumentCardContent = {
        id: 5,
        code: 'EK-01',
        title,
        versionLabel: '1.0',
        effectiveFrom: '2027-03-01',
        nextReviewDate: '2028-03-01',
        webUrl: 'https://lipova.sharepoint.com/sites/kvalita/KvalitaDocuments/EK-01.docx',
      };
      const cards = [
        acknowledgementCard(locale, content, { standing: { kind: 'pending' }, link: null }),
        reviewRequestCard(locale, content, {
          submittedBy: typed(20),
          reasonForChange: typed(),
          open: true,
          outcome: { kind: 'saved', text: typed() },
          link: null,
        }),
        approvalRequestCard(locale, content, {
          submittedBy: typed(20),
          reasonForChange: typed(),
          open: true,
          link: null,
        }),
        returnedCard(locale, content, { comment: typed(), link: null }),
        escalationCard(
          locale,
          [
            {
              documentId: 5,
              code: 'EK-01',
              title,
              versionLabel: '1.0',
              audience: 3,
              acknowledged: 1,
              waiting: [typed(20), typed(20)],
            },
          ],
          { escalationDays: 14, link: null },
        ),
      ];
      const strings = cards.flatMap(stringsOf);
      for (const string of strings) expect(hostileCharactersIn(string)).toEqual([]);
      for (const text of visible)
        expect(strings.some((string) => string.includes(text)) ? text : `missing: ${text}`).toBe(text);
    });
  }
});
