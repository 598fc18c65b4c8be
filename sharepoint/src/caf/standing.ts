import { normalizeEmail, type CycleAccess, type CycleOverview, type CycleStanding } from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { DepartmentsRepository } from '../platform/directory/departments';
import type { PeopleRepository } from '../platform/directory/people';
import { NotFoundError } from '../platform/errors';
import { odataString } from '../platform/odata';
import { etagOf } from '../platform/paging';
import type { SiteContext } from '../platform/site-context';
import { CYCLE, cyclesOf, type CycleRow } from './cycles';
import { assessmentCyclesList } from './lists/assessment-cycles';
import { assessmentTeamList } from './lists/assessment-team';
import { cycleHistoryList } from './lists/cycle-history';
import { individualScoresList } from './lists/individual-scores';
import { HISTORY, eventsOf, onHistory, type HistoryRow } from './history';
import {
  INDIVIDUAL_SCORE,
  SUBMITTED_LABEL,
  onIndividualScores,
  toScore,
  type IndividualScoreRow,
} from './scores';
import {
  MEMBERSHIP,
  TEAM_MEMBER,
  membershipKey,
  onTeam,
  toMember,
  type MembershipRow,
  type TeamMemberRow,
} from './team';

/**
 * The reads a CAF page or action starts with, each in as few round trips as its data allows: the
 * parts that do not depend on each other go in one $batch, and scope departments come from the
 * site's shared copy. A person is found by their team row (one per member and cycle, far below the
 * 5,000-item threshold) or by indexed keys, never by reading the whole directory.
 *
 * Person columns cannot be filtered through `filterOn` (SharePoint refuses a bare User column in
 * $filter); their expanded e-mail can, so `Member/EMail` and `Assessor/EMail` are written here by
 * hand, the value quoted with odataString like every literal.
 */
const byEmail = (column: 'Member' | 'Assessor', email: string) =>
  `${column}/EMail eq ${odataString(normalizeEmail(email))}`;

type SubmittedRow = Pick<IndividualScoreRow, 'Assessor' | 'ScoreStatus'>;

export class CycleStandingReader {
  private readonly departments: DepartmentsRepository;

  constructor(
    private readonly site: SiteContext,
    private readonly people: PeopleRepository,
  ) {
    this.departments = new DepartmentsRepository(site);
  }

  /** The cycle, the person's team row and their own scores: one $batch, null for an unknown cycle. */
  async access(cycleId: number, email: string): Promise<CycleAccess | null> {
    const urls = await this.urls();
    const id = Math.trunc(cycleId);
    let read: [CycleRow, MembershipRow[], IndividualScoreRow[]];
    try {
      read = await inOneBatch<[CycleRow, MembershipRow[], IndividualScoreRow[]]>(this.site.sp, (batched) => [
        CYCLE.applyTo(batched.web.getList(urls.cycles).items.getById(id))<CycleRow>(),
        MEMBERSHIP.applyTo(batched.web.getList(urls.team).items)
          .filter(onTeam('MembershipKey', 'eq', membershipKey(id, email)))
          .top(1)<MembershipRow[]>(),
        // The cycle's rows (indexed), then the assessor's among them: at most 28.
        INDIVIDUAL_SCORE.applyTo(batched.web.getList(urls.scores).items)
          .filter(`${onIndividualScores('CycleId', 'eq', id)} and ${byEmail('Assessor', email)}`)
          .top(5000)<IndividualScoreRow[]>(),
      ]);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
    const [cycleRow, memberships, scores] = read;
    const [cycle] = await cyclesOf(this.departments, [cycleRow]);
    if (!cycle) return null;
    const row = memberships[0];
    const member = row ? toMember(row) : null;
    return {
      cycle,
      member:
        row && member
          ? {
              email: normalizeEmail(email),
              displayName: member.displayName,
              role: member.role,
              userId: row.MemberId ?? 0,
              submitted: row.ScoresSubmittedOn !== null,
              teamRow: { itemId: row.Id, etag: etagOf(row), saves: row.ScoresVersion ?? 0 },
            }
          : null,
      myScores: scores.map((item) => ({ ...toScore(item), itemId: item.Id })),
    };
  }

  /**
   * Every cycle with the person's team role and whether they submitted: the cycles and their team
   * rows in one $batch, then (only for someone on a team) their submitted rows in one query.
   */
  async standings(email: string): Promise<CycleStanding[]> {
    const urls = await this.urls();
    const [cycleRows, memberships] = await inOneBatch<[CycleRow[], MembershipRow[]]>(
      this.site.sp,
      (batched) => [
        CYCLE.applyTo(batched.web.getList(urls.cycles).items).top(5000)<CycleRow[]>(),
        MEMBERSHIP.applyTo(batched.web.getList(urls.team).items).filter(byEmail('Member', email)).top(5000)<
          MembershipRow[]
        >(),
      ],
    );
    const roles = new Map(memberships.map((item) => [item.CycleId, toMember(item).role]));
    const userId = memberships[0]?.MemberId ?? null;
    const submitted = new Set<number | null>(
      memberships.filter((item) => item.ScoresSubmittedOn !== null).map((item) => item.CycleId),
    );
    if (userId !== null) {
      const scores = await this.site.list(individualScoresList);
      // Indexed on the assessor: a person's rows over all cycles, at most 28 per cycle.
      const rows = await scores.items
        .select('CycleId')
        .filter(
          `${onIndividualScores('AssessorId', 'eq', userId)} and ` +
            onIndividualScores('ScoreStatus', 'eq', SUBMITTED_LABEL),
        )
        .top(5000)<{ CycleId: number | null }[]>();
      for (const row of rows) submitted.add(row.CycleId);
    }
    return (await cyclesOf(this.departments, cycleRows)).map((cycle) => ({
      cycle,
      teamRole: roles.get(cycle.id) ?? null,
      hasSubmitted: submitted.has(cycle.id),
    }));
  }

  /**
   * A cycle's page: the cycle, its team, who submitted, every cycle (to find the previous one) and
   * the cycle's history in one $batch; then the members' departments in one $batch of directory lookups by e-mail.
   */
  async overview(cycleId: number): Promise<CycleOverview | null> {
    const urls = await this.urls();
    const id = Math.trunc(cycleId);
    let read: [CycleRow, TeamMemberRow[], SubmittedRow[], CycleRow[], HistoryRow[]];
    try {
      read = await inOneBatch<[CycleRow, TeamMemberRow[], SubmittedRow[], CycleRow[], HistoryRow[]]>(
        this.site.sp,
        (batched) => [
          CYCLE.applyTo(batched.web.getList(urls.cycles).items.getById(id))<CycleRow>(),
          TEAM_MEMBER.applyTo(batched.web.getList(urls.team).items)
            .filter(onTeam('CycleId', 'eq', id))
            .top(5000)<TeamMemberRow[]>(),
          batched.web
            .getList(urls.scores)
            .items.select('Assessor/EMail', 'ScoreStatus')
            .expand('Assessor')
            .filter(
              `${onIndividualScores('CycleId', 'eq', id)} and ` +
                onIndividualScores('ScoreStatus', 'eq', SUBMITTED_LABEL),
            )
            .top(5000)<SubmittedRow[]>(),
          CYCLE.applyTo(batched.web.getList(urls.cycles).items).top(5000)<CycleRow[]>(),
          HISTORY.applyTo(batched.web.getList(urls.history).items)
            .filter(onHistory('CycleId', 'eq', id))
            .top(5000)<HistoryRow[]>(),
        ],
      );
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
    const [cycleRow, teamRows, submittedRows, cycleRows, historyRows] = read;
    const members = teamRows.map(toMember);
    const [[cycle], cycles, directory] = await Promise.all([
      cyclesOf(this.departments, [cycleRow]),
      cyclesOf(this.departments, cycleRows),
      this.people.findByEmails(members.map((member) => member.email)),
    ]);
    if (!cycle) return null;
    return {
      cycle,
      team: members.map((member) => ({
        ...member,
        departmentName: directory.get(member.email)?.departmentName ?? null,
      })),
      // A submit writes its marker on the team row last; its flipped rows show it earlier.
      submitted: new Set([
        ...submittedRows.map((row) => normalizeEmail(row.Assessor?.EMail ?? '')),
        ...teamRows.filter((row) => row.ScoresSubmittedOn !== null).map((row) => toMember(row).email),
      ]),
      cycles,
      history: eventsOf(historyRows),
    };
  }

  private async urls() {
    const [cycles, team, scores, history] = await Promise.all([
      this.site.listUrl(assessmentCyclesList),
      this.site.listUrl(assessmentTeamList),
      this.site.listUrl(individualScoresList),
      this.site.listUrl(cycleHistoryList),
    ]);
    return { cycles, team, scores, history };
  }
}
