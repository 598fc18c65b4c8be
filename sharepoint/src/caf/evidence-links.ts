import type { EvidenceLink } from '@kvalita/core';
import type { RowMigration } from '../platform/schema/types';

/**
 * The Evidence column of a score: one link per line, its title then its address, e.g.
 *
 *     Směrnice o vyřizování stížností https://lipova.sharepoint.com/sites/kvalita/Dokumenty/s12.pdf
 *
 * so people who open the list in SharePoint read the links as they are. The address is the last
 * word of the line that starts with http:// or https://; what is left is the title (a line with an
 * address alone is titled by the address, so links typed by hand read too). Scores written before
 * this format hold a JSON array of { title, url }: they still read, and provisioning rewrites them.
 */

const ADDRESS = /^https?:\/\/\S+$/i;

/** The column's text for these links; null when there are none (an empty column). */
export function evidenceText(links: readonly EvidenceLink[]): string | null {
  if (links.length === 0) return null;
  return links
    .map((link) => {
      // A line break in a title would start a new link; a space in an address would end it.
      const title = link.title.replace(/\s+/g, ' ').trim();
      const url = link.url.trim().replace(/\s/g, (space) => encodeURIComponent(space));
      return title === '' ? url : `${title} ${url}`;
    })
    .join('\n');
}

export function evidenceLinks(stored: string | null): EvidenceLink[] {
  if (stored === null || stored.trim() === '') return [];
  const older = fromJson(stored);
  if (older !== null) return older;
  return stored.split(/\r?\n/).flatMap((line) => {
    const words = line.trim().split(/\s+/);
    let at = words.length - 1;
    while (at >= 0 && !ADDRESS.test(words[at] ?? '')) at -= 1;
    if (at < 0) return [];
    const url = words[at] as string;
    const title = [...words.slice(0, at), ...words.slice(at + 1)].join(' ');
    return [{ title: title === '' ? url : title, url }];
  });
}

/** The first format, a JSON array of { title, url }; null when `stored` is not one. */
function fromJson(stored: string): EvidenceLink[] | null {
  if (!stored.trimStart().startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return null;
    return parsed.filter(
      (link): link is EvidenceLink =>
        typeof link === 'object' &&
        link !== null &&
        typeof (link as { title?: unknown }).title === 'string' &&
        typeof (link as { url?: unknown }).url === 'string',
    );
  } catch {
    return null;
  }
}

/** Rewrites a score's Evidence stored as JSON (the first release) as one link per line. */
export const evidenceAsLines: RowMigration = {
  description: 'Evidence from JSON to one link per line',
  columns: ['Evidence'],
  migrate: (row) => {
    const stored = typeof row['Evidence'] === 'string' ? row['Evidence'] : null;
    const links = stored === null ? null : fromJson(stored);
    return links === null ? null : { Evidence: evidenceText(links) };
  },
};
