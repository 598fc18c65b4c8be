import { describe, expect, it } from '@jest/globals';
import { acknowledgementCard } from '../../src/documents/cards/acknowledgement-card';
import { effectiveContent, draftContent } from '../../src/documents/cards/document-card-parts';
import {
  COMMENT_INPUT,
  DOCUMENT_ACKNOWLEDGE_VERB,
  DOCUMENT_ACK_REFRESH_VERB,
  DOCUMENT_COMMENT_VERB,
} from '../../src/documents/cards/document-card-verbs';
import { ESCALATION_NAMES, escalationCard } from '../../src/documents/cards/escalation-card';
import {
  approvalRequestCard,
  approvedCard,
  returnedCard,
} from '../../src/documents/cards/owner-notice-cards';
import { reviewReminderCard } from '../../src/documents/cards/review-reminder-card';
import { reviewRequestCard } from '../../src/documents/cards/review-request-card';
import type { AdaptiveCard } from '../../src/platform/chat/adaptive-card.types';
import { storedDocument } from './document-fixture';

const document = storedDocument({ id: 12, code: 'EK-01', title: 'Etický kodex **úřadu**' });
const content = effectiveContent(document);
if (!content) throw new Error('the fixture has an effective version');
const text = (card: AdaptiveCard) => JSON.stringify(card.body);
const actions = (card: AdaptiveCard) => card.actions ?? [];

describe('the read-and-confirm card', () => {
  const link = 'https://teams.example/documents/12';

  it('shows code, title as typed, version and effective date, the file, the tab and the explicit button', () => {
    const card = acknowledgementCard('cs', content, { standing: { kind: 'pending' }, link });
    expect(text(card)).toContain('"text":"EK-01 Etický kodex **úřadu**"');
    expect(text(card)).toContain('"RichTextBlock"');
    expect(card.body).toContainEqual({
      type: 'FactSet',
      facts: [
        { title: 'Kód', value: 'EK-01' },
        { title: 'Verze', value: '1.0' },
        { title: 'Platí od', value: '1. 2. 2027' },
      ],
    });
    expect(actions(card)).toEqual([
      {
        type: 'Action.Execute',
        title: 'Potvrzuji, že jsem se seznámil/a',
        verb: DOCUMENT_ACKNOWLEDGE_VERB,
        data: { verb: DOCUMENT_ACKNOWLEDGE_VERB, documentId: 12, versionLabel: '1.0' },
      },
      { type: 'Action.OpenUrl', title: 'Otevřít soubor', url: document.webUrl },
      { type: 'Action.OpenUrl', title: 'Otevřít v Kvalitě', url: link },
    ]);
    expect(card.refresh?.action).toEqual({
      type: 'Action.Execute',
      verb: DOCUMENT_ACK_REFRESH_VERB,
      data: { documentId: 12, versionLabel: '1.0' },
    });
  });

  it('after confirming shows when, without the button; a second click says nothing more is stored', () => {
    const confirmed = acknowledgementCard('cs', content, {
      standing: { kind: 'confirmed', at: '2027-03-02T08:15:00Z', fresh: true },
      link,
    });
    expect(text(confirmed)).toContain('Seznámení s verzí 1.0 máte potvrzené 2. 3. 2027 9:15. Děkujeme.');
    expect(actions(confirmed).map((action) => action.type)).toEqual(['Action.OpenUrl', 'Action.OpenUrl']);
    const again = acknowledgementCard('en', content, {
      standing: { kind: 'confirmed', at: '2027-03-02T08:15:00Z', fresh: false },
      link,
    });
    expect(text(again)).toContain(
      'You already confirmed reading version 1.0 on 2 Mar 2027, 09:15; nothing more is stored.',
    );
  });

  it('says politely that a version was superseded, above the current one to confirm', () => {
    const card = acknowledgementCard(
      'cs',
      { ...content, versionLabel: '2.0', effectiveFrom: '2027-03-01' },
      { standing: { kind: 'pending' }, supersededLabel: '1.0', link },
    );
    expect(text(card)).toContain('Verze 1.0 už neplatí, nahradila ji verze 2.0 platná od 1. 3. 2027.');
    expect(actions(card)[0]).toMatchObject({ data: { versionLabel: '2.0' } });
  });

  it('a reminder says so; a withdrawn document offers nothing to do', () => {
    const reminder = acknowledgementCard('cs', content, {
      standing: { kind: 'pending' },
      reminder: true,
      link,
    });
    expect(text(reminder)).toContain('Připomínka: seznámení s tímto dokumentem zatím nemáte potvrzené.');
    const withdrawn = acknowledgementCard('cs', content, { standing: { kind: 'withdrawn' }, link });
    expect(text(withdrawn)).toContain('Dokument byl zrušen');
    expect(actions(withdrawn)).toEqual([]);
  });
});

describe('the head of department’s escalation', () => {
  it('lists per document the rate and the names of those not confirmed, with “and N more”', () => {
    const names = Array.from({ length: ESCALATION_NAMES + 3 }, (_, index) => `Osoba ${index + 1}`);
    const card = escalationCard(
      'cs',
      [
        {
          documentId: 1,
          code: 'EK-01',
          title: 'Etický kodex',
          versionLabel: '1.0',
          audience: 40,
          acknowledged: 25,
          waiting: names,
        },
      ],
      { escalationDays: 14, link: 'https://teams.example/documents' },
    );
    expect(text(card)).toContain('Ani po 14 dnech nepotvrdili');
    expect(text(card)).toContain('EK-01 Etický kodex (verze 1.0): potvrdilo 25 z 40');
    expect(text(card)).toContain('Osoba 12 a dalších 3');
    expect(text(card)).not.toContain('Osoba 13');
    expect(actions(card)).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Zobrazit dokumenty v Kvalitě',
        url: 'https://teams.example/documents',
      },
    ]);
  });

  it('says thank you when everyone has confirmed meanwhile', () => {
    const card = escalationCard('en', [], { escalationDays: 14, link: null });
    expect(text(card)).toContain('Everyone in your department has confirmed now.');
  });
});

describe('review reminders to the owner', () => {
  it('counts the days to the review date, or says it is overdue, and opens the review in the tab', () => {
    const soon = reviewReminderCard(
      'cs',
      { ...content, nextReviewDate: '2027-04-01' },
      { today: '2027-03-02', link: 'L' },
    );
    expect(text(soon)).toContain('Za 30 dní, 1. 4. 2027, je termín pravidelné revize.');
    const overdue = reviewReminderCard(
      'en',
      { ...content, nextReviewDate: '2027-02-20' },
      { today: '2027-03-02', link: 'L' },
    );
    expect(text(overdue)).toContain('The periodic review is overdue; it was due on 20 Feb 2027.');
    expect(actions(overdue)).toContainEqual({
      type: 'Action.OpenUrl',
      title: 'Open the review in Kvalita',
      url: 'L',
    });
  });
});

describe('review and approval requests, and the owner’s notices', () => {
  const draft = draftContent(document, '1.3');

  it('the review request carries a comment box sent with Action.Execute for exactly this draft', () => {
    const card = reviewRequestCard('cs', draft, {
      submittedBy: 'Jana Nováková',
      reasonForChange: 'Nový zákon <b>171/2023</b>',
      open: true,
      link: 'L',
    });
    expect(text(card)).toContain('Jana Nováková předložil/a ke schválení koncept 1.3.');
    expect(text(card)).toContain('"text":"Nový zákon <b>171/2023</b>"');
    expect(card.body).toContainEqual(
      expect.objectContaining({ type: 'Input.Text', id: COMMENT_INPUT, maxLength: 2000 }),
    );
    expect(actions(card)[0]).toEqual({
      type: 'Action.Execute',
      title: 'Odeslat připomínku',
      verb: DOCUMENT_COMMENT_VERB,
      data: { verb: DOCUMENT_COMMENT_VERB, documentId: 12, versionLabel: '1.3' },
    });
  });

  it('after a comment thanks with the text as typed; a closed review offers no box', () => {
    const saved = reviewRequestCard('cs', draft, {
      submittedBy: null,
      reasonForChange: null,
      open: true,
      outcome: { kind: 'saved', text: 'Doplnit **kontakt** na oznamovatele.' },
      link: null,
    });
    expect(text(saved)).toContain('Děkujeme, připomínka je uložená:');
    expect(text(saved)).toContain('"text":"Doplnit **kontakt** na oznamovatele."');
    const closed = reviewRequestCard('cs', draft, {
      submittedBy: null,
      reasonForChange: null,
      open: false,
      link: null,
    });
    expect(closed.body.some((element) => element.type === 'Input.Text')).toBe(false);
    expect(text(closed)).toContain('Koncept 1.3 už není v připomínkovém řízení');
  });

  it('the approval request opens the tab; the owner hears of a return (with the comment) and of approval', () => {
    const approval = approvalRequestCard('cs', draft, {
      submittedBy: 'Jana Nováková',
      reasonForChange: null,
      open: true,
      link: 'L',
    });
    expect(actions(approval)).toEqual([{ type: 'Action.OpenUrl', title: 'Otevřít ke schválení', url: 'L' }]);
    const returned = returnedCard('cs', draft, { comment: 'Chybí příloha č. 2.', link: 'L' });
    expect(text(returned)).toContain('Schvalovatel/ka vrátil/a koncept 1.3 s tímto komentářem:');
    expect(text(returned)).toContain('Chybí příloha č. 2.');
    const approved = approvedCard('en', content, { link: 'L' });
    expect(text(approved)).toContain('Version 1.0 is approved and effective from 1 Feb 2027.');
  });
});
