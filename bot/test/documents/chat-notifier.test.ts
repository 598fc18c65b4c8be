import { describe, expect, it } from '@jest/globals';
import { COMMENT_INPUT, DOCUMENT_COMMENT_VERB } from '../../src/documents/cards/document-card-verbs';
import { JANA, MARIE, PETR, TOMAS, cardText, documentsOffice, type DocumentSeed } from './document-fixture';

const inReview: DocumentSeed = {
  id: 30,
  code: 'SM-01',
  title: 'Metodika řízení kvality',
  reviewerEmails: [MARIE, TOMAS],
  revision: {
    label: '1.3',
    status: 'inReview',
    reasonForChange: 'Nový zákon o ochraně oznamovatelů',
    submittedAt: '2027-03-01T09:00:00Z',
    returnComment: null,
    file: null,
  },
};

describe('the approval workflow in chat', () => {
  it('a submitted draft asks each reviewer for comments (with the box) and the approver to decide, once', async () => {
    const office = documentsOffice([inReview]);
    const document = await office.library.get(30);
    if (!document) throw new Error('no document');
    await office.notifier.submitted(document);
    await office.notifier.submitted(document);
    office.at('2027-03-02T08:00:00Z');
    await office.scheduler.sendDue();
    expect(office.sent.map((sent) => sent.to).sort()).toEqual([MARIE, PETR, TOMAS].sort());
    const marie = office.sent.find((sent) => sent.to === MARIE)?.card;
    expect(marie?.body).toContainEqual(expect.objectContaining({ type: 'Input.Text', id: COMMENT_INPUT }));
    expect(marie?.actions?.[0]).toMatchObject({
      verb: DOCUMENT_COMMENT_VERB,
      data: { documentId: 30, versionLabel: '1.3' },
    });
    expect(cardText(marie ?? ({} as never))).toContain('Nový zákon o ochraně oznamovatelů');
    // Tomáš's Teams is in English.
    expect(cardText(office.sent.find((sent) => sent.to === TOMAS)?.card ?? ({} as never))).toContain(
      'Your comments on a draft, please',
    );
    expect(cardText(office.sent.find((sent) => sent.to === PETR)?.card ?? ({} as never))).toContain(
      'Koncept čeká na vaše schválení',
    );
  });

  it('requests not yet out when the draft was returned are dropped; the owner gets the comment', async () => {
    const office = documentsOffice([inReview], { chats: [] });
    const document = await office.library.get(30);
    if (!document) throw new Error('no document');
    await office.notifier.submitted(document);
    const returned = office.library.set(30, {
      revision: {
        ...(document.revision as NonNullable<typeof document.revision>),
        status: 'draft',
        returnComment: 'Chybí příloha č. 2.',
      },
      modifiedAt: '2027-03-02T07:30:00Z',
    });
    await office.notifier.returned(returned, 'Chybí příloha č. 2.');
    office.chats.push(...office.people.map((person) => ({ ...office.chatOf(person.email) })));
    office.at('2027-03-02T08:00:00Z');
    await office.scheduler.sendDue();
    expect(office.sent.map((sent) => sent.to)).toEqual([JANA]);
    expect(cardText(office.sent[0]?.card ?? ({} as never))).toContain('Chybí příloha č. 2.');
    expect(
      office.notifications
        .table()
        .filter((row) => row[0] !== 'returned')
        .map((row) => row[5]),
    ).toEqual(['dropped', 'dropped', 'dropped']);
  });

  it('tells the owner of the approval with the version and its effective date', async () => {
    const office = documentsOffice([{ id: 31, code: 'SM-02', effectiveFrom: '2027-03-02' }]);
    const document = await office.library.get(31);
    if (!document) throw new Error('no document');
    await office.notifier.approved(document);
    office.at('2027-03-02T08:00:00Z');
    await office.scheduler.sendDue();
    expect(office.sent.map((sent) => sent.to)).toEqual([JANA]);
    expect(cardText(office.sent[0]?.card ?? ({} as never))).toContain(
      'Verze 1.0 je schválená a platí od 2. 3. 2027.',
    );
  });
});
