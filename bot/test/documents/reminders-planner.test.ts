import { describe, expect, it } from '@jest/globals';
import { DOCUMENT_ACKNOWLEDGE_VERB } from '../../src/documents/cards/document-card-verbs';
import {
  EVA,
  JANA,
  JIRI,
  LUCIE,
  MARIE,
  PEOPLE,
  PETR,
  TOMAS,
  cardText,
  chat,
  documentsOffice,
} from './document-fixture';

const EVERYONE = PEOPLE.map((person) => person.email).sort();
const recipients = (sent: { to: string }[]) => sent.map((card) => card.to).sort();

describe('read and confirm when a version takes effect', () => {
  it('plans one card per person of the audience and sends each once, also after a restart', async () => {
    const office = documentsOffice([{ id: 1, code: 'EK-01', title: 'Etický kodex' }]);
    const document = await office.library.get(1);
    if (!document) throw new Error('no document');
    await office.notifier.tookEffect(document);
    // The service may tell the chat twice (a retried request): nothing is planned twice.
    await office.notifier.tookEffect(document);
    expect(office.notifications.rows.size).toBe(EVERYONE.length);

    await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'));
    expect(recipients(office.sent)).toEqual(EVERYONE);
    const card = office.sent.find((sent) => sent.to === JIRI)?.card;
    expect(cardText(card ?? ({} as never))).toContain('EK-01 Etický kodex');
    expect(JSON.stringify(card?.actions)).toContain(DOCUMENT_ACKNOWLEDGE_VERB);
    expect(card?.refresh?.action.data).toEqual({ documentId: 1, versionLabel: '1.0' });

    await office.restart().tick(office.at('2027-03-02T09:00:00Z'));
    expect(office.sent).toHaveLength(EVERYONE.length);
  });

  it('asks only the departments of the audience (with sections), and not who confirmed in the tab first', async () => {
    const office = documentsOffice([
      { id: 2, audience: { scope: 'departments', departmentCodes: ['OSV'], roles: [] } },
    ]);
    await office.confirm(2, '1.0', MARIE);
    const document = await office.library.get(2);
    if (!document) throw new Error('no document');
    await office.notifier.tookEffect(document);
    await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'));
    expect(recipients(office.sent)).toEqual([JIRI, LUCIE].sort());
  });

  it('drops a card whose person confirmed, or whose version was superseded, before it went out', async () => {
    const office = documentsOffice([{ id: 3 }], { chats: [] });
    const document = await office.library.get(3);
    if (!document) throw new Error('no document');
    await office.notifier.tookEffect(document);
    await office.confirm(3, '1.0', JIRI);
    office.library.set(3, {
      effectiveVersion: {
        ...(document.effectiveVersion as NonNullable<typeof document.effectiveVersion>),
        label: '2.0',
      },
    });
    office.chats.push(chat(JIRI), chat(EVA));
    // 7:00 in the office: before the day's planning (which would ask everyone to confirm 2.0), only the fan-out runs.
    await office.scheduler.tick(office.at('2027-03-02T06:00:00Z'));
    expect(office.sent.filter((sent) => sent.to === JIRI || sent.to === EVA)).toEqual([]);
    const states = office.notifications.table().filter((row) => row[4] === JIRI || row[4] === EVA);
    expect(states.map((row) => row[5])).toEqual(['dropped', 'dropped']);
  });

  it('a withdrawn document gets no more cards', async () => {
    const office = documentsOffice([{ id: 4 }], { chats: [] });
    const document = await office.library.get(4);
    if (!document) throw new Error('no document');
    await office.notifier.tookEffect(document);
    await office.notifier.withdrawn(office.library.set(4, { status: 'withdrawn' }));
    office.chats.push(...PEOPLE.map((person) => chat(person.email)));
    await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'));
    expect(office.sent).toEqual([]);
    expect(new Set(office.notifications.table().map((row) => row[5]))).toEqual(new Set(['dropped']));
  });
});

describe('the daily planning', () => {
  it('gives people who joined the audience later their read-and-confirm card', async () => {
    const office = documentsOffice([{ id: 5 }]);
    const document = await office.library.get(5);
    if (!document) throw new Error('no document');
    await office.notifier.tookEffect(document);
    await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'));
    const NEW = 'nova.kolegyne@lipova.example';
    office.people.push({
      email: NEW,
      displayName: 'Nová Kolegyně',
      jobTitle: null,
      departmentCode: 'OD',
      managerEmail: null,
      roles: ['employee'],
    });
    office.chats.push(chat(NEW));
    await office.scheduler.tick(office.at('2027-03-03T08:00:00Z'));
    expect(office.sent.filter((sent) => sent.to === NEW)).toHaveLength(1);
  });

  it('reminds once after N days and escalates to the head after M days, one card per head', async () => {
    const office = documentsOffice(
      [
        { id: 6, code: 'EK-01', title: 'Etický kodex' },
        { id: 7, code: 'PS-02', title: 'Protikorupční strategie' },
      ],
      { settings: { acknowledgementReminderDays: 7, acknowledgementEscalationDays: 14 } },
    );
    for (const id of [6, 7]) {
      const document = await office.library.get(id);
      if (document) await office.notifier.tookEffect(document);
    }
    await office.scheduler.tick(office.at('2027-03-02T08:00:00Z'));
    for (const email of EVERYONE.filter((email) => email !== JIRI && email !== EVA)) {
      await office.confirm(6, '1.0', email);
      await office.confirm(7, '1.0', email);
    }
    office.sent.length = 0;

    await office.scheduler.tick(office.at('2027-03-08T08:00:00Z'));
    expect(office.sent).toEqual([]);
    await office.scheduler.tick(office.at('2027-03-09T08:00:00Z'));
    expect(recipients(office.sent)).toEqual([EVA, EVA, JIRI, JIRI]);
    expect(cardText(office.sent[0]?.card ?? ({} as never))).toContain('Připomínka');
    office.sent.length = 0;
    await office.scheduler.tick(office.at('2027-03-10T08:00:00Z'));
    expect(office.sent).toEqual([]);

    await office.scheduler.tick(office.at('2027-03-16T08:00:00Z'));
    // Lucie heads OSV with its section (Jiří), Tomáš heads OD (Eva): one card each, both documents on it.
    expect(recipients(office.sent)).toEqual([LUCIE, TOMAS].sort());
    const lucie = cardText(office.sent.find((sent) => sent.to === LUCIE)?.card ?? ({} as never));
    expect(lucie).toContain('Jiří Kučera');
    expect(lucie).not.toContain('Eva Veselá');
    expect(lucie).toContain('EK-01 Etický kodex (verze 1.0): potvrdilo 2 z 3');
    expect(lucie).toContain('PS-02');
    const tomas = cardText(office.sent.find((sent) => sent.to === TOMAS)?.card ?? ({} as never));
    expect(tomas).toContain('Eva Veselá');
    expect(tomas).toContain('1 of 2 confirmed');
    office.sent.length = 0;
    await office.scheduler.tick(office.at('2027-03-17T08:00:00Z'));
    expect(office.sent).toEqual([]);
  });

  it('reminds the owner 30 and 10 days before the review and weekly when it is overdue', async () => {
    const office = documentsOffice([
      { id: 8, nextReviewDate: '2027-04-01', requiresAcknowledgement: false },
      { id: 9, nextReviewDate: '2027-02-20', requiresAcknowledgement: false, ownerEmail: PETR },
    ]);
    const days: [string, string[]][] = [];
    for (const day of ['2027-03-01', '2027-03-02', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-23']) {
      office.sent.length = 0;
      await office.scheduler.tick(office.at(`${day}T08:00:00Z`));
      days.push([day, recipients(office.sent)]);
    }
    expect(days).toEqual([
      // 1 March is a Monday: 31 days before the first review, the second overdue since 20 February.
      ['2027-03-01', [PETR]],
      ['2027-03-02', [JANA]],
      ['2027-03-08', [PETR]],
      ['2027-03-15', [PETR]],
      ['2027-03-22', [JANA, PETR].sort()],
      ['2027-03-23', []],
    ]);
  });
});
