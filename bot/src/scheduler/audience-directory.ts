import { normalizeEmail, type Department, type SurveyAudience } from '@kvalita/core';
import type { StoredPerson } from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import { audienceDepartments, audienceIncludes } from './audience';

/** Who a survey reaches, as the SharePoint user ids delivery rows point at. */
export interface AudienceDirectory {
  recipients(audience: SurveyAudience): Promise<number[]>;
}

/**
 * The audience from the directory (KvalitaPeople, KvalitaDepartments): the whole office, or the
 * chosen departments with their sections. Delivery rows hold a person column, so each e-mail
 * becomes the site user id: one read of the site's users, ensureUser only for someone not yet there.
 */
export class SharePointAudience implements AudienceDirectory {
  constructor(
    private readonly sp: SPFI,
    private readonly people: { list(): Promise<StoredPerson[]> },
    private readonly departments: { list(): Promise<Pick<Department, 'code' | 'parentCode'>[]> },
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
    for (const email of emails) {
      const known = ids.get(email);
      if (known !== undefined) result.push(known);
      else result.push((await this.sp.web.ensureUser(email)).Id);
    }
    return result;
  }
}
