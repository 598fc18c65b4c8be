/** A person the emulated tenant knows (the local stand-in for Entra ID). */
export interface DirectoryEntry {
  readonly email: string;
  readonly displayName: string;
  readonly jobTitle?: string;
  readonly department?: string;
}

/** The tenant directory: who exists, found by e-mail regardless of case. */
export class Directory {
  private readonly byEmail = new Map<string, DirectoryEntry>();

  constructor(entries: readonly DirectoryEntry[]) {
    for (const entry of entries)
      this.byEmail.set(entry.email.trim().toLowerCase(), { ...entry, email: entry.email.trim() });
  }

  find(email: string): DirectoryEntry | undefined {
    return this.byEmail.get(email.trim().toLowerCase());
  }
}

/** The claims login name SharePoint Online gives a member account. */
export function loginNameFor(email: string): string {
  return `i:0#.f|membership|${email.toLowerCase()}`;
}

/** The account part of a logon name: 'i:0#.f|membership|a@b' and 'a@b' both give 'a@b'. */
export function accountFromLogonName(logonName: string): string {
  const trimmed = logonName.trim();
  const bar = trimmed.lastIndexOf('|');
  return bar >= 0 ? trimmed.slice(bar + 1) : trimmed;
}
