import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { settleInOneBatch } from '../batch';
import { ConcurrencyConflictError, DuplicateValueError } from '../errors';
import { allOf, etagOf } from '../paging';
import type { ListSchema, StoredRow } from '../schema/types';
import { ROWS_IN_STATE, migrationColumns } from './site-state';

/**
 * Brings rows stored in an older format to the current one (the list's `migrations`), 100 updates
 * per $batch, each with the ETag it was read with: a row the app saved meanwhile (in the current
 * format) is left as the app wrote it. `read` is what the state's $batch brought; a list longer
 * than that is read again, page by page. Returns how many rows were rewritten; a second run finds
 * none and sends nothing.
 */
export async function migrateRows(
  sp: SPFI,
  listUrl: string,
  schema: ListSchema,
  read: readonly StoredRow[],
): Promise<number> {
  const migrations = schema.migrations ?? [];
  if (migrations.length === 0) return 0;
  const rows =
    read.length < ROWS_IN_STATE
      ? read
      : await allOf<StoredRow>(
          sp.web
            .getList(listUrl)
            .items.select('Id', ...migrationColumns(schema))
            .orderBy('Id', true),
        );
  const changes = rows.flatMap((row) => {
    let values: Record<string, unknown> = {};
    for (const migration of migrations) values = { ...values, ...migration.migrate({ ...row, ...values }) };
    return Object.keys(values).length > 0 ? [{ row, values }] : [];
  });
  if (changes.length === 0) return 0;
  const settled = await settleInOneBatch(sp, (batched) =>
    changes.map(({ row, values }) =>
      batched.web.getList(listUrl).items.getById(row.Id).update(values, etagOf(row)),
    ),
  );
  // A row saved meanwhile, or one whose new unique key another row holds (two rows an older key
  // told apart), stays as it is.
  const failure = settled.find(
    (result) =>
      result.status === 'rejected' &&
      !(result.reason instanceof ConcurrencyConflictError) &&
      !(result.reason instanceof DuplicateValueError),
  );
  if (failure?.status === 'rejected') throw failure.reason;
  return settled.filter((result) => result.status === 'fulfilled').length;
}
