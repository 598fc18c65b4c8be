import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DOCUMENT_SETTINGS, normalizeEmail } from '@kvalita/core';
import { documentCardActions } from '../../src/documents/chat/document-card-actions';
import {
  COMMENT_INPUT,
  DOCUMENT_ACKNOWLEDGE_VERB,
  DOCUMENT_ACK_REFRESH_VERB,
  DOCUMENT_COMMENT_VERB,
  DOCUMENT_REVIEW_REFRESH_VERB,
} from '../../src/documents/cards/document-card-verbs';
import { silentDocumentNotifier } from '../../src/documents/document-ports';
import { DocumentsService } from '../../src/documents/documents-service';
import type { AdaptiveCard } from '../../src/platform/chat/adaptive-card.types';
import {
  DEPARTMENTS,
  JIRI,
  MARIE,
  PEOPLE,
  PETR,
  MemoryAcknowledgements,
  MemoryLibrary,
} from './document-fixture';

const NOBODY = 'neznamy@jinde.example';

function chatOffice() {
  const library = new MemoryLibrary([
    { id: 1, code: 'EK-01', title: 'Etický kodex' },
    { id: 2, audience: { scope: 'departments', departmentCodes: ['OD'], roles: [] } },
    {
      id: 3,
      code: 'SM-01',
      reviewerEmails: [MARIE],
      revision: {
        label: '1.3',
        status: 'inReview',
        reasonForChange: 'Nový zákon',
        submittedAt: '2027-03-01T09:00:00Z',
        returnComment: null,
        file: null,
      },
    },
  ]);
  const acknowledgements = new MemoryAcknowledgements();
  let now = new Date('2027-03-02T08:15:00Z');
  const people = {
    list: async () => PEOPLE,
    findByEmail: async (email: string) => PEOPLE.find((p) => p.email === normalizeEmail(email)) ?? null,
  };
  const service = new DocumentsService({
    store: library,
    acknowledgements,
    people,
    departments: { list: async () => DEPARTMENTS },
    notifier: silentDocumentNotifier,
    settings: DEFAULT_DOCUMENT_SETTINGS,
    now: () => now,
  });
  const actions = documentCardActions({
    documents: service,
    actorOf: async (email) => {
      const person = await people.findByEmail(email);
      return person ? service.actorOf({ email: person.email, roles: person.roles }) : null;
    },
    confirmedAt: async (email, documentId, versionLabel) =>
      (await acknowledgements.forPerson(email)).find(
        (ack) => ack.documentId === documentId && ack.versionLabel === versionLabel,
      )?.at ?? null,
    link: (id) => `https://teams.example/documents/${id}`,
  });
  return {
    library,
    acknowledgements,
    later(iso: string) {
      now = new Date(iso);
    },
    invoke: (
      verb: string,
      data: Record<string, unknown>,
      email: string | null = JIRI,
      locale: 'cs' | 'en' = 'cs',
    ) => actions.invoke(verb, data, email, locale),
  };
}

const text = (card: AdaptiveCard) => JSON.stringify(card);

describe('“Potvrzuji, že jsem se seznámil/a” on the card', () => {
  it('stores one confirmation; the card and its refresh show “confirmed” with the time', async () => {
    const office = chatOffice();
    const card = await office.invoke(DOCUMENT_ACKNOWLEDGE_VERB, { documentId: 1, versionLabel: '1.0' });
    expect(office.acknowledgements.rows).toEqual([
      {
        documentId: 1,
        versionLabel: '1.0',
        email: JIRI,
        departmentCode: 'OSV-SP',
        at: '2027-03-02T08:15:00.000Z',
      },
    ]);
    expect(text(card)).toContain('Seznámení s verzí 1.0 máte potvrzené 2. 3. 2027 9:15. Děkujeme.');
    expect(text(card)).not.toContain(DOCUMENT_ACKNOWLEDGE_VERB);
    const refreshed = await office.invoke(DOCUMENT_ACK_REFRESH_VERB, { documentId: 1, versionLabel: '1.0' });
    expect(text(refreshed)).toContain('máte potvrzené 2. 3. 2027 9:15');
  });

  it('a second confirm (another device, a replayed invoke) stores nothing new and still shows confirmed', async () => {
    const office = chatOffice();
    await office.invoke(DOCUMENT_ACKNOWLEDGE_VERB, { documentId: 1, versionLabel: '1.0' });
    office.later('2027-03-05T10:00:00Z');
    const again = await office.invoke(DOCUMENT_ACKNOWLEDGE_VERB, { documentId: '1', versionLabel: '1.0' });
    expect(office.acknowledgements.rows).toHaveLength(1);
    expect(text(again)).toContain(
      'Seznámení s verzí 1.0 jste už potvrdil/a 2. 3. 2027 9:15; znovu se nic neukládá.',
    );
  });

  it('a superseded version stores nothing and shows the current one politely, to confirm instead', async () => {
    const office = chatOffice();
    const document = await office.library.get(1);
    const version = document?.effectiveVersion;
    if (!version) throw new Error('no version');
    office.library.set(1, { effectiveVersion: { ...version, label: '2.0', effectiveFrom: '2027-03-01' } });
    const card = await office.invoke(DOCUMENT_ACKNOWLEDGE_VERB, { documentId: 1, versionLabel: '1.0' });
    expect(office.acknowledgements.rows).toEqual([]);
    expect(text(card)).toContain('Verze 1.0 už neplatí, nahradila ji verze 2.0 platná od 1. 3. 2027.');
    expect(text(card)).toContain('"versionLabel":"2.0"');
  });

  it('someone outside the audience, a stranger and bad input each get a polite card and nothing is stored', async () => {
    const office = chatOffice();
    const outside = await office.invoke(DOCUMENT_ACKNOWLEDGE_VERB, { documentId: 2, versionLabel: '1.0' });
    expect(text(outside)).toContain('Seznámení s tímto dokumentem od vás Kvalita nežádá.');
    const stranger = await office.invoke(
      DOCUMENT_ACKNOWLEDGE_VERB,
      { documentId: 1, versionLabel: '1.0' },
      NOBODY,
    );
    expect(text(stranger)).toContain('nenašla v adresáři úřadu');
    for (const data of [
      {},
      { documentId: -1, versionLabel: '1.0' },
      { documentId: 1, versionLabel: '1.0; drop' },
      { documentId: [1] },
    ])
      expect(text(await office.invoke(DOCUMENT_ACKNOWLEDGE_VERB, data))).toContain(
        'Této akci karty Kvalita nerozumí',
      );
    const missing = await office.invoke(
      DOCUMENT_ACKNOWLEDGE_VERB,
      { documentId: 99, versionLabel: '1.0' },
      JIRI,
      'en',
    );
    expect(text(missing)).toContain('This document is not in Kvalita');
    expect(office.acknowledgements.rows).toEqual([]);
  });
});

describe('a reviewer’s comment from the card', () => {
  it('is stored on exactly the draft in review and thanked for, the text shown as typed', async () => {
    const office = chatOffice();
    const card = await office.invoke(
      DOCUMENT_COMMENT_VERB,
      { documentId: 3, versionLabel: '1.3', [COMMENT_INPUT]: '  Doplnit **kontakt**.  ' },
      MARIE,
    );
    expect(
      office.library.stored.map((row) => [row.documentId, row.comment.versionLabel, row.comment.text]),
    ).toEqual([[3, '1.3', 'Doplnit **kontakt**.']]);
    expect(text(card)).toContain('Děkujeme, připomínka je uložená:');
    expect(text(card)).toContain('"text":"Doplnit **kontakt**."');
  });

  it('an empty comment, a stale draft or someone who is no reviewer stores nothing', async () => {
    const office = chatOffice();
    const empty = await office.invoke(
      DOCUMENT_COMMENT_VERB,
      { documentId: 3, versionLabel: '1.3', [COMMENT_INPUT]: '   ' },
      MARIE,
    );
    expect(text(empty)).toContain('Připomínka zatím není uložená');
    const stale = await office.invoke(
      DOCUMENT_COMMENT_VERB,
      { documentId: 3, versionLabel: '1.2', [COMMENT_INPUT]: 'x' },
      MARIE,
    );
    expect(text(stale)).toContain('Koncept 1.2 už není v připomínkovém řízení');
    const refused = await office.invoke(
      DOCUMENT_COMMENT_VERB,
      { documentId: 3, versionLabel: '1.3', [COMMENT_INPUT]: 'x' },
      JIRI,
    );
    expect(text(refused)).toContain('Připomínky ke konceptu mohou psát jen');
    expect(office.library.stored).toEqual([]);
  });

  it('the refresh shows the box while the draft is in review and not after it was decided', async () => {
    const office = chatOffice();
    const open = await office.invoke(
      DOCUMENT_REVIEW_REFRESH_VERB,
      { documentId: 3, versionLabel: '1.3' },
      MARIE,
    );
    expect(text(open)).toContain('"Input.Text"');
    office.library.set(3, { revision: null, status: 'effective' });
    const decided = await office.invoke(
      DOCUMENT_REVIEW_REFRESH_VERB,
      { documentId: 3, versionLabel: '1.3' },
      PETR,
    );
    expect(text(decided)).not.toContain('"Input.Text"');
  });
});
