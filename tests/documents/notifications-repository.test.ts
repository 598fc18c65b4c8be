import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DocumentNotificationsRepository,
  documentNotificationsList,
  provisionLists,
  type NewDocumentNotification,
  type StoredDocumentNotification,
} from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../support/contract-target';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs', lists: [documentNotificationsList] });
}, 60_000);
afterAll(() => target.close());

async function collect(
  pages: AsyncGenerator<StoredDocumentNotification[]>,
): Promise<StoredDocumentNotification[]> {
  const all: StoredDocumentNotification[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

const JANA = 'jana.novakova@lipova.example';
const PETR = 'petr.svoboda@lipova.example';
const ADAM = 'adam.cermak@lipova.example';
/** Not in the tenant's directory (left the office): SharePoint cannot resolve them. */
const GONE = 'odesel@lipova.example';

const request = (
  documentId: number,
  recipientEmail: string,
  versionLabel = '1.0',
): NewDocumentNotification => ({
  kind: 'acknowledgementRequest',
  documentId,
  versionLabel,
  occasion: '-',
  recipientEmail,
});

describe('document notifications (planned once, claimed like survey deliveries)', () => {
  it('plans one row per kind, version, occasion and person, however often and by whichever instance', async () => {
    const rows = new DocumentNotificationsRepository(target.site);
    const everyone = [request(21, JANA), request(21, PETR), request(21, ADAM.toUpperCase())];
    // Someone SharePoint cannot resolve is left out and counted; nobody else is held back.
    expect(await rows.plan([...everyone, request(21, GONE)])).toEqual({
      planned: 3,
      existing: 0,
      unresolved: 1,
    });
    expect(await rows.plan([...everyone, request(21, ADAM)])).toEqual({
      planned: 0,
      existing: 3,
      unresolved: 0,
    });
    // A second process (no shared cache of site users) finds them too; a new version is new rows.
    const other = new DocumentNotificationsRepository(target.site);
    expect(await other.plan([request(21, JANA), request(21, JANA, '2.0')])).toEqual({
      planned: 1,
      existing: 1,
      unresolved: 0,
    });
    const subject = await rows.ofSubject({
      kind: 'acknowledgementRequest',
      documentId: 21,
      versionLabel: '1.0',
      occasion: '-',
    });
    expect(subject.map((row) => [row.recipientEmail?.toLowerCase(), row.state])).toEqual([
      [JANA, 'pending'],
      [PETR, 'pending'],
      [ADAM, 'pending'],
    ]);
    expect((await rows.ofDocument(21)).map((row) => row.versionLabel)).toEqual(['1.0', '1.0', '1.0', '2.0']);
  });

  it('a claimed row is sent once: a second claim with the old ETag loses, sent rows are not due again', async () => {
    const rows = new DocumentNotificationsRepository(target.site);
    await rows.plan([{ ...request(22, JANA), kind: 'reviewSoon', occasion: '2027-04-01@30' }]);
    const at = new Date('2027-03-02T07:00:00Z');
    const [row] = (await collect(rows.due({ now: at }))).filter((candidate) => candidate.documentId === 22);
    if (!row) throw new Error('the reminder is due');
    expect(row).toMatchObject({ kind: 'reviewSoon', occasion: '2027-04-01@30', sentAt: null });
    const claimed = await rows.claim(row, at);
    expect(await rows.claim(row, at)).toBeNull();
    if (!claimed) throw new Error('claimed');
    await rows.markSent(claimed, at);
    expect((await collect(rows.due({ now: at }))).some((candidate) => candidate.documentId === 22)).toBe(
      false,
    );
    const [sent] = await rows.ofDocument(22);
    expect(sent).toMatchObject({ state: 'sent', attempts: 1, sentAt: at.toISOString() });
  });

  it('a dropped row is never due again; a claim left by a crashed sender is due after its lease', async () => {
    const rows = new DocumentNotificationsRepository(target.site);
    await rows.plan([request(23, JANA), request(23, PETR)]);
    const at = new Date('2027-03-02T07:00:00Z');
    const [first, second] = (await collect(rows.due({ now: at }))).filter((row) => row.documentId === 23);
    if (!first || !second) throw new Error('both are due');
    expect(await rows.drop(first, 'the document was withdrawn', at)).toBe(true);
    await rows.claim(second, at);
    const soon = (await collect(rows.due({ now: new Date(at.getTime() + 60_000) }))).filter(
      (row) => row.documentId === 23,
    );
    expect(soon).toEqual([]);
    const later = (await collect(rows.due({ now: new Date(at.getTime() + 6 * 60_000) }))).filter(
      (row) => row.documentId === 23,
    );
    expect(later.map((row) => [row.recipientEmail?.toLowerCase(), row.state])).toEqual([[PETR, 'sending']]);
  });
});
