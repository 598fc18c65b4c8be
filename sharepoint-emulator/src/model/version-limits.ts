import { majorOf, minorOf } from './files';

/** SharePoint Online keeps at most 50,000 major versions of a file. */
export const MAX_VERSION_LIMIT = 50_000;

/** A library's version limits; undefined = not set (nothing is trimmed). 0 = no limit. */
export interface VersionLimits {
  /** MajorVersionLimit: major versions kept in the history (the current version is not counted). */
  readonly majors: number | undefined;
  /** MajorWithMinorVersionsLimit: how many major versions keep their drafts (the current one counts). */
  readonly draftsOf: number | undefined;
}

/**
 * The earlier versions SharePoint drops after a new one is kept, as its limits say:
 *  - beyond MajorVersionLimit, the oldest major versions go, with the drafts before them;
 *  - with MajorWithMinorVersionsLimit k (minor versions on), only the drafts of the k most recent
 *    major numbers stay, the current one counting (current 15.2 and k = 3 keep 13.x, 14.x, 15.x).
 * `keep` (the version readers see while drafts are hidden from them) is never dropped.
 */
export function versionsToTrim(
  history: readonly number[],
  current: number,
  limits: VersionLimits,
  minorVersions: boolean,
  keep: number | null | undefined,
): number[] {
  const drop = new Set<number>();
  const majors = history.filter((v) => minorOf(v) === 0).sort((a, b) => a - b);
  if (limits.majors !== undefined && limits.majors > 0 && majors.length > limits.majors) {
    const oldestKept = majors[majors.length - limits.majors] as number;
    for (const v of history) if (v < oldestKept) drop.add(v);
  }
  if (minorVersions && limits.draftsOf !== undefined && limits.draftsOf > 0) {
    const lowestWithDrafts = majorOf(current) - limits.draftsOf + 1;
    for (const v of history) if (minorOf(v) !== 0 && majorOf(v) < lowestWithDrafts) drop.add(v);
  }
  if (keep !== undefined && keep !== null) drop.delete(keep);
  return [...drop].sort((a, b) => a - b);
}
