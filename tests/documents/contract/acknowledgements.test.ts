import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AcknowledgementsRepository,
  acknowledgementKey,
  documentAcknowledgementsList,
  provisionLists,
} from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../../support/contract-target';

/*
 * Read-and-acknowledge: one confirmation per person per version, only ever appended to. A second
 * confirm (a double click, a retry, two devices at once) stores nothing new.
 */

let target: ContractTarget;
let acknowledgements: AcknowledgementsRepository;
const documentId = 100_000 + (Date.now() % 100_000);

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs', lists: [documentAcknowledgementsList] });
  acknowledgements = new AcknowledgementsRepository(target.site);
}, 60_000);
afterAll(() => target.close());

const ack = (email: string, versionLabel = '1.0', departmentCode: string | null = 'OSV') => ({
  documentId,
  versionLabel,
  email,
  departmentCode,
  at: '2026-09-02T08:00:00.000Z',
});

describe('acknowledgements', () => {
  it('records one confirmation per person and version; a second, even at once, stores nothing', async () => {
    expect(await acknowledgements.record(ack('Marie.Prochazkova@lipova.example'))).toBe('recorded');
    expect(await acknowledgements.record(ack('marie.prochazkova@lipova.example'))).toBe('already');
    const racing = await Promise.all([
      acknowledgements.record(ack('jiri.kucera@lipova.example')),
      acknowledgements.record(ack('jiri.kucera@lipova.example')),
    ]);
    expect(racing.sort()).toEqual(['already', 'recorded']);
    // The next version is another confirmation.
    expect(await acknowledgements.record(ack('marie.prochazkova@lipova.example', '2.0'))).toBe('recorded');
    const rows = await acknowledgements.forDocuments([documentId]);
    expect(rows.map((row) => [row.email, row.versionLabel]).sort()).toEqual([
      ['jiri.kucera@lipova.example', '1.0'],
      ['marie.prochazkova@lipova.example', '1.0'],
      ['marie.prochazkova@lipova.example', '2.0'],
    ]);
    expect(rows[0]).toMatchObject({ documentId, departmentCode: 'OSV', at: '2026-09-02T08:00:00Z' });
  });

  it('reads a person’s confirmations and every confirmation', async () => {
    await acknowledgements.record({ ...ack('alena.nemcova@lipova.example'), documentId: documentId + 1 });
    const mine = await acknowledgements.forPerson('Alena.Nemcova@lipova.example');
    expect(mine.map((row) => row.documentId)).toEqual([documentId + 1]);
    const all = await acknowledgements.forDocuments();
    expect(
      all.filter((row) => row.documentId === documentId || row.documentId === documentId + 1),
    ).toHaveLength(4);
    expect(await acknowledgements.forDocuments([])).toEqual([]);
  });

  it('keys a confirmation by document, version and lower-cased e-mail, hashing one too long to fit', () => {
    expect(acknowledgementKey(7, '1.0', 'Eva.Vesela@lipova.example')).toBe('7|1.0|eva.vesela@lipova.example');
    const long = `${'a'.repeat(240)}@lipova.example`;
    const key = acknowledgementKey(7, '1.0', long);
    expect(key.length).toBeLessThanOrEqual(255);
    expect(key).not.toBe(acknowledgementKey(7, '1.0', `b${long.slice(1)}`));
  });
});
