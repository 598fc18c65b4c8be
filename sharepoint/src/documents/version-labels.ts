/*
 * SharePoint's version numbers: UIVersion is major × 512 + minor, its label "major.minor". Drafts
 * are minor versions (0.1, 2.1), approved issues major ones (1.0, 2.0).
 */

export interface VersionNumber {
  readonly major: number;
  readonly minor: number;
}

const LABEL = /^(\d{1,5})\.(\d{1,3})$/;

export function parseLabel(label: string): VersionNumber | null {
  const match = LABEL.exec(label.trim());
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

export const isMajorLabel = (label: string): boolean => {
  const version = parseLabel(label);
  return version !== null && version.major > 0 && version.minor === 0;
};

/** The major version publishing the draft `label` makes (0.3 → 1.0, 2.2 → 3.0). */
export function nextMajorLabel(label: string): string {
  const version = parseLabel(label);
  if (!version) throw new RangeError(`Not a version label: "${label}"`);
  return `${version.major + 1}.0`;
}

/** SharePoint's UIVersion of a label (what versions(n) addresses). */
export function uiVersionOf(label: string): number | null {
  const version = parseLabel(label);
  return version ? version.major * 512 + version.minor : null;
}

/** Negative when a is the older version. */
export function compareLabels(a: string, b: string): number {
  const x = parseLabel(a) ?? { major: 0, minor: 0 };
  const y = parseLabel(b) ?? { major: 0, minor: 0 };
  return x.major - y.major || x.minor - y.minor;
}
