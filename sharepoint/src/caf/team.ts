import { normalizeEmail, type StoredTeamMember, type TeamRole } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../platform/pnp-imports';
import { DuplicateValueError } from '../platform/errors';
import { assessmentTeamList, choiceCode, choiceLabel, fieldOf } from '../all-lists';
import { SiteLists } from '../platform/site-context';
import { allOf } from '../platform/paging';

export interface TeamItem {
  Id: number;
  Title: string;
  TeamRole: string;
  Member?: { EMail?: string; Title?: string } | null;
}

export const TEAM_SELECT = ['Id', 'Title', 'TeamRole', 'Member/EMail', 'Member/Title'];
const roleField = fieldOf(assessmentTeamList, 'TeamRole');

/** Step 3: the CAF team of a cycle, one row per person (MembershipKey is unique). */
export class AssessmentTeamRepository {
  private readonly site: SiteLists;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  async query(cycleId: number) {
    const list = await this.site.list(assessmentTeamList);
    return list.items
      .select(...TEAM_SELECT)
      .expand('Member')
      .filter(`CycleId eq ${Math.trunc(cycleId)}`);
  }

  /** Members with e-mail and name; departments are the caller's to add (from the directory). */
  async members(cycleId: number): Promise<Omit<StoredTeamMember, 'departmentName'>[]> {
    return (await allOf<TeamItem>(await this.query(cycleId))).map(toMember);
  }

  async add(cycleId: number, email: string, role: TeamRole, nominatedByEmail: string): Promise<void> {
    const list = await this.site.list(assessmentTeamList);
    const [member, nominatedBy] = await Promise.all([
      this.sp.web.ensureUser(email),
      this.sp.web.ensureUser(nominatedByEmail),
    ]);
    try {
      await list.items.add({
        Title: member.Title,
        CycleId: cycleId,
        MemberId: member.Id,
        MembershipKey: `${cycleId}:${normalizeEmail(email)}`,
        TeamRole: choiceLabel(roleField, role),
        NominatedById: nominatedBy.Id,
      });
    } catch (error) {
      // Already on the team (a double click, a retry): adding again changes nothing.
      if (!(error instanceof DuplicateValueError)) throw error;
    }
  }

  async remove(cycleId: number, email: string): Promise<void> {
    const list = await this.site.list(assessmentTeamList);
    const key = `${cycleId}:${normalizeEmail(email)}`.replace(/'/g, "''");
    const items = await (list.items.select('Id').filter(`MembershipKey eq '${key}'`).top(1)() as Promise<
      { Id: number }[]
    >);
    for (const item of items) await list.items.getById(item.Id).delete();
  }
}

export function toMember(item: TeamItem): Omit<StoredTeamMember, 'departmentName'> {
  return {
    email: normalizeEmail(item.Member?.EMail ?? ''),
    displayName: item.Member?.Title ?? item.Title,
    role: choiceCode(roleField, item.TeamRole) === 'leader' ? 'leader' : 'member',
  };
}
