import { DOCUMENT_KINDS, allSubcriteria } from '@kvalita/core';
import {
  MAX_BATCH_REQUESTS,
  choiceColumn,
  documentsLibrary,
  toSharePointDate,
  type SiteContext,
} from '@kvalita/sharepoint';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/items';
import '@pnp/sp/lists';

const kinds = choiceColumn(documentsLibrary, 'DocumentKind');
const statuses = choiceColumn(documentsLibrary, 'DocumentStatus');
const bodies = choiceColumn(documentsLibrary, 'IssuingBody');
const SUBCRITERIA = allSubcriteria().map((subcriterion) => subcriterion.code);

/** Which status the n-th seeded document has: most are effective, some drafts, a few withdrawn. */
export const seededStatus = (index: number) =>
  index % 10 === 0 ? 'draft' : index % 25 === 1 ? 'withdrawn' : ('effective' as const);

/**
 * Fills the library with `count` documents as a large office's register would have them (files
 * named BULK-<n>.pdf, metadata of every kind and subcriterion), in $batches of 100: the files
 * first, then their metadata. For the scale test and the bench; the service's own writes go
 * through DocumentsRepository.
 */
export async function seedDocuments(site: SiteContext, count: number, prefix = 'BULK'): Promise<void> {
  const url = await site.listUrl(documentsLibrary);
  for (let start = 0; start < count; start += MAX_BATCH_REQUESTS) {
    const [batched, execute] = site.sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
    const added = Array.from({ length: Math.min(MAX_BATCH_REQUESTS, count - start) }, (_, offset) =>
      batched.web
        .getList(url)
        .rootFolder.files.addUsingPath(`${prefix}-${start + offset}.pdf`, 'PDF', { Overwrite: true }),
    );
    await execute();
    await Promise.all(added);
  }
  const ids = new Map<string, number>();
  for await (const page of site.sp.web
    .getList(url)
    .items.select('Id', 'FileLeafRef')
    .orderBy('Id', true)
    .top(5000)) {
    for (const row of page as { Id: number; FileLeafRef: string }[]) ids.set(row.FileLeafRef, row.Id);
  }
  for (let start = 0; start < count; start += MAX_BATCH_REQUESTS) {
    const [batched, execute] = site.sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
    const updates = Array.from({ length: Math.min(MAX_BATCH_REQUESTS, count - start) }, (_, offset) => {
      const index = start + offset;
      const id = ids.get(`${prefix}-${index}.pdf`);
      if (id === undefined) throw new Error(`seeded file ${prefix}-${index}.pdf has no item`);
      const status = seededStatus(index);
      return batched.web
        .getList(url)
        .items.getById(id)
        .update({
          Title: `Dokument ${index}`,
          DocumentCode: `${prefix}-${index}`,
          DocumentKind: kinds.label(DOCUMENT_KINDS[index % DOCUMENT_KINDS.length] ?? 'other'),
          DocumentStatus: statuses.label(status),
          IssuingBody: bodies.label('director'),
          RelatedSubcriteria: `;${SUBCRITERIA[index % SUBCRITERIA.length] ?? '1.1'};`,
          RequiresAcknowledgement: index % 7 === 0,
          EffectiveVersion: status === 'draft' ? null : '1.0',
          NextReviewDate: toSharePointDate(`2027-${String((index % 12) + 1).padStart(2, '0')}-15`),
        });
    });
    await execute();
    await Promise.all(updates);
  }
}
