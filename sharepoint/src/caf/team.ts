import { normalizeEmail, type StoredTeamMember, type TeamRole } from '@kvalita/core';
import '../platform/pnp-imports';
import { DuplicateValueError } from '../platform/errors';
import { allOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { assessmentTeamList } from './lists/assessment-team';

export const TEAM_MEMBER = selectOf(
  assessmentTeamList,
  'Id',
  'Title',
  'TeamRole',
  'Member',
  'ScoresSubmittedOn',
);
export type TeamMemberRow = RowOf<typeof TEAM_MEMBER>;
/** A team row with the member's site user id (their score rows name it) and its cycle. */
export const MEMBERSHIP = selectOf(
  assessmentTeamList,
  'Id',
  'Title',
  'TeamRole',
  'Member',
  'MemberId',
  'CycleId',
  'ScoresVersion',
  'ScoresSubmittedOn',
);
export type MembershipRow = RowOf<typeof MEMBERSHIP>;
const roles = choiceColumn(assessmentTeamList, 'TeamRole');
export const onTeam = filterOn(assessmentTeamList);

export const membershipKey = (cycleId: number, email: string) => `${cycleId}:${normalizeEmail(email)}`;

/** Step 3: the CAF team of a cycle, one row per person (MembershipKey is unique). */
export class AssessmentTeamRepository {
  constructor(private readonly site: SiteContext) {}

  /** Members with e-mail and name; departments are the caller's to add (from the directory). */
  async members(cycleId: number): Promise<Omit<StoredTeamMember, 'departmentName'>[]> {
    const list = await this.site.list(assessmentTeamList);
    const query = TEAM_MEMBER.applyTo(list.items).filter(onTeam('CycleId', 'eq', Math.trunc(cycleId)));
    return (await allOf<TeamMemberRow>(query)).map(toMember);
  }

  async add(cycleId: number, email: string, role: TeamRole, nominatedByEmail: string): Promise<void> {
    const list = await this.site.list(assessmentTeamList);
    const [member, nominatedBy] = await Promise.all([
      this.site.sp.web.ensureUser(email),
      this.site.sp.web.ensureUser(nominatedByEmail),
    ]);
    try {
      await list.items.add({
        Title: member.Title,
        CycleId: cycleId,
        MemberId: member.Id,
        MembershipKey: membershipKey(cycleId, email),
        TeamRole: roles.label(role),
        NominatedById: nominatedBy.Id,
      } satisfies NewItemOf<typeof assessmentTeamList>);
    } catch (error) {
      // Already on the team (a double click, a retry): adding again changes nothing.
      if (!(error instanceof DuplicateValueError)) throw error;
    }
  }

  async remove(cycleId: number, email: string): Promise<void> {
    const list = await this.site.list(assessmentTeamList);
    const items = await list.items
      .select('Id')
      .filter(onTeam('MembershipKey', 'eq', membershipKey(cycleId, email)))
      .top(1)<{ Id: number }[]>();
    for (const item of items) await list.items.getById(item.Id).delete();
  }
}

export function toMember(item: TeamMemberRow): Omit<StoredTeamMember, 'departmentName'> {
  return {
    email: normalizeEmail(item.Member?.EMail ?? ''),
    displayName: item.Member?.Title ?? item.Title ?? '',
    role: roles.code(item.TeamRole) === 'leader' ? 'leader' : 'member',
  };
}
