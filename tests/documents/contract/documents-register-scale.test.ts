import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DocumentsRepository,
  SharePointError,
  SiteContext,
  departmentsList,
  documentEventsList,
  documentsLibrary,
  provisionLists,
} from '@kvalita/sharepoint';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';
import { seedDocuments, seededStatus } from '../documents-seed';

/*
 * The register on a library above SharePoint's list view threshold (5,000 items): every matching
 * document is read, in two round trips, with no threshold error — where a plain query on a column
 * without an index is refused. Runs against the local SharePoint (seeding 5,200 files online is
 * slow; with SP_SITE_URL the suite runs on a site that has them).
 */

const COUNT = 5_200;
let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, documentsLibrary, documentEventsList],
  });
  if (target.emulator) await seedDocuments(target.site, COUNT);
}, 300_000);
afterAll(() => target.close());

describe(`the register on ${COUNT.toLocaleString('en')} documents`, () => {
  it('is above the threshold: SharePoint refuses a filter on a column without an index', async () => {
    if (!target.emulator) return;
    const query = target.sp.web
      .getList('/sites/kvalita/KvalitaDocuments')
      .items.select('Id')
      .filter(`IssuingBody eq 'Rada'`)
      .top(100)();
    await expect(query).rejects.toBeInstanceOf(SharePointError);
    await expect(query).rejects.toThrow(/list view threshold/);
  });

  it('reads every effective document in 2 round trips', async () => {
    if (!target.emulator) return;
    const counter = RequestCounter();
    const documents = new DocumentsRepository(
      new SiteContext(target.connect({}, counter), { webServerRelativeUrl: '/sites/kvalita' }),
    );
    const rows = await documents.summaries({ statuses: ['effective'] });
    expect(counter.count()).toBe(2);
    const expected = Array.from({ length: COUNT }, (_, index) => seededStatus(index)).filter(
      (status) => status === 'effective',
    ).length;
    expect(rows).toHaveLength(expected);
    expect(rows.every((row) => row.status === 'effective' && row.versionLabel === '1.0')).toBe(true);
    const all = await documents.summaries({});
    expect(all).toHaveLength(COUNT);
    expect(new Set(all.map((row) => row.code)).size).toBe(COUNT);
  });

  it('filters on kind, subcriterion, acknowledgement and review date across the whole library', async () => {
    if (!target.emulator) return;
    const documents = new DocumentsRepository(target.site);
    const forms = await documents.summaries({ kind: 'form', requiresAcknowledgement: true });
    expect(forms.length).toBeGreaterThan(0);
    expect(forms.every((row) => row.kind === 'form' && row.requiresAcknowledgement)).toBe(true);
    const due = await documents.summaries({ statuses: ['effective'], reviewBy: '2027-02-28' });
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((row) => (row.nextReviewDate ?? '9999') <= '2027-02-28')).toBe(true);
    const evidence = await documents.summaries({ subcriterionCode: '1.1' });
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((row) => row.relatedSubcriteria.includes('1.1'))).toBe(true);
  });
});
