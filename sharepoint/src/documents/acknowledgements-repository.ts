import { normalizeEmail, type AcknowledgementsStore, type StoredAcknowledgement } from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { DuplicateValueError } from '../platform/errors';
import { MAX_PAGE_SIZE, pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import { selectOf, type RowOf } from '../platform/schema/select';
import { sha256Hex } from '../platform/sha256';
import type { SiteContext } from '../platform/site-context';
import { documentAcknowledgementsList } from './lists/document-acknowledgements';

const onAcknowledgements = filterOn(documentAcknowledgementsList);
const ACKNOWLEDGEMENT = selectOf(
  documentAcknowledgementsList,
  'Id',
  'DocumentId',
  'VersionLabel',
  'ReaderEmail',
  'ReaderDepartment',
  'AcknowledgedAt',
);
type AcknowledgementRow = RowOf<typeof ACKNOWLEDGEMENT>;

/** The unique key of one person's confirmation of one version (a long e-mail is hashed to fit). */
export function acknowledgementKey(documentId: number, versionLabel: string, email: string): string {
  const key = `${documentId}|${versionLabel}|${normalizeEmail(email)}`;
  return key.length <= 255 ? key : `${documentId}|${versionLabel}|#${sha256Hex(normalizeEmail(email))}`;
}

/**
 * Read-and-acknowledge confirmations on the KvalitaDocumentAcknowledgements list (service-only):
 * the storage port AcknowledgementsStore. Only ever appended to; the unique AcknowledgementKey
 * makes a second confirmation of the same version by the same person store nothing ('already'),
 * whether it is a double click, a retry or two devices at once. Round trips: `record` 1;
 * `forDocuments` 1 $batch for the documents asked for (one query each, on the indexed DocumentId),
 * or 1 per 5,000 rows for all; `forPerson` 1 per 5,000.
 */
export class AcknowledgementsRepository implements AcknowledgementsStore {
  constructor(private readonly site: SiteContext) {}

  async forDocuments(documentIds?: readonly number[]): Promise<StoredAcknowledgement[]> {
    const list = await this.site.list(documentAcknowledgementsList);
    if (documentIds === undefined) return this.all(ACKNOWLEDGEMENT.applyTo(list.items).orderBy('Id', true));
    const ids = [...new Set(documentIds.map((id) => Math.trunc(id)))];
    if (ids.length === 0) return [];
    const url = await this.site.listUrl(documentAcknowledgementsList);
    const pages = await inOneBatch<AcknowledgementRow[][]>(this.site.sp, (batched) =>
      ids.map((id) =>
        ACKNOWLEDGEMENT.applyTo(batched.web.getList(url).items)
          .filter(onAcknowledgements('DocumentId', 'eq', id))
          .orderBy('Id', true)
          .top(MAX_PAGE_SIZE)<AcknowledgementRow[]>(),
      ),
    );
    const rows: StoredAcknowledgement[] = [];
    for (const [index, page] of pages.entries()) {
      // A document with more confirmations than one page holds is read again, page by page.
      if (page.length < MAX_PAGE_SIZE) rows.push(...page.map(toAcknowledgement));
      else
        rows.push(
          ...(await this.all(
            ACKNOWLEDGEMENT.applyTo(list.items)
              .filter(onAcknowledgements('DocumentId', 'eq', ids[index] as number))
              .orderBy('Id', true),
          )),
        );
    }
    return rows;
  }

  async forPerson(email: string): Promise<StoredAcknowledgement[]> {
    const list = await this.site.list(documentAcknowledgementsList);
    return this.all(
      ACKNOWLEDGEMENT.applyTo(list.items)
        .filter(onAcknowledgements('ReaderEmail', 'eq', normalizeEmail(email)))
        .orderBy('Id', true),
    );
  }

  async record(ack: StoredAcknowledgement): Promise<'recorded' | 'already'> {
    const list = await this.site.list(documentAcknowledgementsList);
    const email = normalizeEmail(ack.email);
    try {
      await list.items.add({
        Title: `${ack.documentId} ${ack.versionLabel}`,
        DocumentId: Math.trunc(ack.documentId),
        VersionLabel: ack.versionLabel,
        ReaderEmail: email,
        ReaderDepartment: ack.departmentCode,
        AcknowledgedAt: ack.at,
        AcknowledgementKey: acknowledgementKey(ack.documentId, ack.versionLabel, email),
      });
      return 'recorded';
    } catch (error) {
      if (error instanceof DuplicateValueError) return 'already';
      throw error;
    }
  }

  private async all(query: Parameters<typeof pagesOf>[0]): Promise<StoredAcknowledgement[]> {
    const rows: StoredAcknowledgement[] = [];
    for await (const page of pagesOf<AcknowledgementRow>(query, MAX_PAGE_SIZE))
      rows.push(...page.map(toAcknowledgement));
    return rows;
  }
}

function toAcknowledgement(row: AcknowledgementRow): StoredAcknowledgement {
  return {
    documentId: row.DocumentId ?? 0,
    versionLabel: row.VersionLabel ?? '',
    email: (row.ReaderEmail ?? '').toLowerCase(),
    departmentCode: row.ReaderDepartment ?? null,
    at: row.AcknowledgedAt ?? '',
  };
}
