import { digest } from './helpers';

/**
 * Adds many items fast: raw $batch requests of `chunk` adds each, the endpoint @pnp/sp uses for
 * sp.batched(), without its per-call overhead. Returns how many adds were answered 201.
 */
export async function seedItems(
  siteUrl: string,
  listTitle: string,
  rows: readonly object[],
  chunk = 2000,
): Promise<number> {
  const requestDigest = await digest(siteUrl);
  const itemsUrl = `${siteUrl}/_api/web/lists/getByTitle('${listTitle.replace(/'/g, "''")}')/items`;
  let created = 0;
  for (let start = 0; start < rows.length; start += chunk) {
    const response = await fetch(`${siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_seed', 'X-RequestDigest': requestDigest },
      body: batchOfAdds(itemsUrl, rows.slice(start, start + chunk)),
    });
    created += (await response.text()).match(/HTTP\/1\.1 201 Created/g)?.length ?? 0;
  }
  return created;
}

/** A $batch body with one changeset adding `rows` to the items collection at `url`. */
function batchOfAdds(url: string, rows: readonly object[]): string {
  const lines = ['--batch_seed', 'Content-Type: multipart/mixed; boundary="changeset_seed"', ''];
  for (const row of rows) {
    lines.push('--changeset_seed', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(
      `POST ${url} HTTP/1.1`,
      'Accept: application/json;odata=nometadata',
      'Content-Type: application/json;charset=utf-8',
      '',
      JSON.stringify(row),
      '',
    );
  }
  lines.push('--changeset_seed--', '', '--batch_seed--', '');
  return lines.join('\n');
}
