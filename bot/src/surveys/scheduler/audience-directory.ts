import {
  audienceDepartments,
  audienceIncludes,
  normalizeEmail,
  type Department,
  type SurveyAudience,
} from '@kvalita/core';
import type { StoredPerson } from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';

/** Who a survey reaches, as the SharePoint user ids delivery rows point at. */
export interface AudienceDirectory {
  recipients(audience: SurveyAudience): Promise<number[]>;
}

/**
 * The audience from the directory (KvalitaPeople, KvalitaDepartments): the whole office, or the
 * chosen departments with their sections. Delivery rows hold a person column, so each e-mail
 * becomes the site user id: one read of the site's users, ensureUser only for someone not yet there.
 * Someone SharePoint cannot resolve (they left, their account is disabled) is logged and left out:
 * one such person never holds back everyone else's invitations.
 */
export class SharePointAudience implements AudienceDirectory {
  constructor(
    private readonly sp: SPFI,
    private readonly people: { list(): Promise<StoredPerson[]> },
    private readonly departments: { list(): Promise<Pick<Department, 'code' | 'parentCode'>[]> },
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  async recipients(audience: SurveyAudience): Promise<number[]> {
    const [people, departments] = await Promise.all([
      this.people.list(),
      audience.kind === 'office' ? Promise.resolve([]) : this.departments.list(),
    ]);
    const reach = audienceDepartments(audience, departments);
    const emails = people
      .filter((person) => audienceIncludes(reach, person.departmentCode))
      .map((person) => normalizeEmail(person.email));
    const users = await this.sp.web.siteUsers.select('Id', 'Email')<{ Id: number; Email: string | null }[]>();
    const ids = new Map(
      users.filter((user) => user.Email).map((user) => [normalizeEmail(user.Email ?? ''), user.Id]),
    );
    const result: number[] = [];
    let unresolved = 0;
    for (const email of emails) {
      const known = ids.get(email);
      if (known !== undefined) {
        result.push(known);
        continue;
      }
      try {
        result.push((await this.sp.web.ensureUser(email)).Id);
      } catch {
        // SharePoint's error names the person: it stays out of the log, which carries only a count.
        unresolved += 1;
      }
    }
    if (unresolved > 0)
      this.log(
        `survey audience: ${unresolved} of ${emails.length} people could not be resolved in SharePoint ` +
          '(left the office or no account) and are left out',
      );
    return result;
  }
}
