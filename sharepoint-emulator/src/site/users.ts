import { spErrors } from '../errors';
import type { UserRecord } from '../model/types';
import type { Counters } from '../store/counters';
import type { UserStore } from '../store/user-store';
import { accountFromLogonName, loginNameFor, type Directory, type DirectoryEntry } from './directory';

/** Site users (the User Information List): people are added when ensured or when they act on the site. */
export class UserService {
  constructor(
    private readonly store: UserStore,
    private readonly counters: Counters,
    private readonly directory: Directory,
    private readonly serviceAccountEmail: string,
  ) {}

  all(): UserRecord[] {
    return this.store.all();
  }

  byId(id: number): UserRecord | undefined {
    return this.store.byId(id);
  }

  byEmail(email: string): UserRecord | undefined {
    return this.store.byEmail(email);
  }

  byLoginName(loginName: string): UserRecord | undefined {
    return (
      this.store.byLoginName(loginName) ??
      this.store.byLoginName(loginNameFor(accountFromLogonName(loginName)))
    );
  }

  /** web/ensureuser: the site user for a logon name, added if the directory knows the person. */
  ensure(logonName: string): UserRecord {
    const entry = this.directory.find(accountFromLogonName(logonName));
    if (!entry) throw spErrors.userNotFoundForLogon(logonName);
    return this.ensureEntry(entry);
  }

  /**
   * Who is calling: the e-mail in the local-only X-Kvalita-Emulator-User header, or the service
   * account. Someone the directory does not know gets 401, as an unknown account would online.
   */
  current(email: string | undefined): UserRecord {
    const entry = this.directory.find(email ?? this.serviceAccountEmail);
    if (!entry) throw spErrors.accessDenied();
    return this.ensureEntry(entry);
  }

  private ensureEntry(entry: DirectoryEntry): UserRecord {
    const loginName = loginNameFor(entry.email);
    const existing = this.store.byLoginName(loginName);
    const attributes = {
      email: entry.email,
      title: entry.displayName,
      userPrincipalName: entry.email.toLowerCase(),
      jobTitle: entry.jobTitle ?? null,
      department: entry.department ?? null,
    };
    if (existing) {
      const changed = Object.entries(attributes).some(
        ([k, v]) => existing[k as keyof typeof attributes] !== v,
      );
      if (!changed) return existing;
      const refreshed = { ...existing, ...attributes };
      this.store.refresh(refreshed);
      return refreshed;
    }
    const user: UserRecord = {
      id: this.counters.next('users', FIRST_USER_ID),
      loginName,
      isSiteAdmin: entry.email.toLowerCase() === this.serviceAccountEmail.toLowerCase(),
      ...attributes,
    };
    this.store.insert(user);
    return user;
  }
}

/** A new SharePoint site already holds a few system principals; people start after them. */
const FIRST_USER_ID = 7;
