/** One thing wrong with the app package, located as precisely as we can: file and JSON path. */
export interface Issue {
  /** The file as it is named in the package or in the repository, e.g. `manifest.json`, `cs.json`. */
  file: string;
  /** A JSON pointer (`/bots/0/botId`), a placeholder (`${{BOT_ID}}`), or `` for the whole file. */
  path: string;
  message: string;
}

/** Packaging stopped; `issues` holds every problem found, not just the first. */
export class PackagingError extends Error {
  constructor(
    message: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
    this.name = 'PackagingError';
  }
}

export function formatIssue(issue: Issue): string {
  const where = issue.path ? `${issue.file} ${issue.path}` : issue.file;
  return `${where}: ${issue.message}`;
}
