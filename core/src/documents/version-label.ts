/*
 * Version labels as SharePoint's major/minor versioning writes them: drafts are minor versions
 * (0.1, 0.2 before the first approval; 2.1, 2.2 while revising 2.0), an approval publishes the next
 * major version (1.0, 3.0). Storage writes the labels; these say what to expect of them and order them.
 */

export interface VersionNumber {
  readonly major: number;
  readonly minor: number;
}

const LABEL = /^(\d{1,4})\.(\d{1,5})$/;

/** null when the text is not a label like "2.1". */
export function parseVersionLabel(label: string): VersionNumber | null {
  const match = LABEL.exec(label);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

const strict = (label: string): VersionNumber => {
  const parsed = parseVersionLabel(label);
  if (!parsed) throw new RangeError(`not a version label: ${label}`);
  return parsed;
};

/** An approved issue (x.0, x ≥ 1). */
export function isMajorVersion(label: string): boolean {
  const parsed = parseVersionLabel(label);
  return parsed !== null && parsed.major > 0 && parsed.minor === 0;
}

/** The draft after `label` (the first draft is 0.1). */
export function nextDraftLabel(label: string | null): string {
  if (label === null) return '0.1';
  const { major, minor } = strict(label);
  return `${major}.${minor + 1}`;
}

/** The major version approving the draft `label` publishes (0.3 → 1.0, 2.2 → 3.0). */
export function approvedLabelOf(draftLabel: string): string {
  return `${strict(draftLabel).major + 1}.0`;
}

/** Orders labels numerically ("1.10" after "1.9"); negative when a is older. */
export function compareVersionLabels(a: string, b: string): number {
  const [x, y] = [strict(a), strict(b)];
  return x.major - y.major || x.minor - y.minor;
}

/** The API address that downloads a version's file (the contract's `contentUrl`). */
export function documentContentUrl(documentId: number, versionLabel: string): string {
  return `/api/documents/${documentId}/versions/${encodeURIComponent(versionLabel)}/content`;
}
