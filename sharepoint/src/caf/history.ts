import {
  normalizeEmail,
  type CycleEvent,
  type CyclePhaseRead,
  type PhaseChange,
  type StoredCycle,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch, settleInOneBatch } from '../platform/batch';
import { DepartmentsRepository } from '../platform/directory/departments';
import { NotFoundError } from '../platform/errors';
import { etagOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { CYCLE, cycleChangesOf, cyclesOf, type CycleRow } from './cycles';
import { assessmentCyclesList } from './lists/assessment-cycles';
import { assessmentTeamList } from './lists/assessment-team';
import { consensusScoresList } from './lists/consensus-scores';
import { cycleHistoryList } from './lists/cycle-history';
import { individualScoresList } from './lists/individual-scores';
import {
  CONSENSUS_SCORE,
  SUBMITTED_LABEL,
  onConsensusScores,
  onIndividualScores,
  toConsensus,
  type ConsensusScoreRow,
} from './scores';
import { TEAM_MEMBER, onTeam, toMember, type TeamMemberRow } from './team';

export const HISTORY = selectOf(
  cycleHistoryList,
  'Id',
  'EventKind',
  'FromStatus',
  'ToStatus',
  'ActorName',
  'OccurredAt',
  'Reason',
  'EventComment',
  'NotSubmitted',
);
export type HistoryRow = RowOf<typeof HISTORY>;
export const onHistory = filterOn(cycleHistoryList);
const kinds = choiceColumn(cycleHistoryList, 'EventKind');
const fromStatuses = choiceColumn(cycleHistoryList, 'FromStatus');
const toStatuses = choiceColumn(cycleHistoryList, 'ToStatus');

type SubmittedRow = { Assessor?: { EMail?: string | null } | null };

/**
 * A cycle's phase changes and their history (KvalitaCycleHistory): what the phase rules read, in
 * one $batch, and each change written with its history entry in one $batch.
 */
export class CycleHistoryRepository {
  private readonly departments: DepartmentsRepository;

  constructor(private readonly site: SiteContext) {
    this.departments = new DepartmentsRepository(site);
  }

  /** The cycle and its version, its team, who submitted and the consensus count: one $batch. */
  async phaseRead(cycleId: number): Promise<CyclePhaseRead | null> {
    const urls = await this.urls();
    const id = Math.trunc(cycleId);
    let read: [CycleRow, TeamMemberRow[], SubmittedRow[], ConsensusScoreRow[]];
    try {
      read = await inOneBatch<[CycleRow, TeamMemberRow[], SubmittedRow[], ConsensusScoreRow[]]>(
        this.site.sp,
        (batched) => [
          CYCLE.applyTo(batched.web.getList(urls.cycles).items.getById(id))<CycleRow>(),
          TEAM_MEMBER.applyTo(batched.web.getList(urls.team).items)
            .filter(onTeam('CycleId', 'eq', id))
            .top(5000)<TeamMemberRow[]>(),
          batched.web
            .getList(urls.scores)
            .items.select('Assessor/EMail')
            .expand('Assessor')
            .filter(
              `${onIndividualScores('CycleId', 'eq', id)} and ` +
                onIndividualScores('ScoreStatus', 'eq', SUBMITTED_LABEL),
            )
            .top(5000)<SubmittedRow[]>(),
          CONSENSUS_SCORE.applyTo(batched.web.getList(urls.consensus).items)
            .filter(onConsensusScores('CycleId', 'eq', id))
            .top(5000)<ConsensusScoreRow[]>(),
        ],
      );
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
    const [cycleRow, teamRows, submittedRows, consensusRows] = read;
    const [cycle] = await cyclesOf(this.departments, [cycleRow]);
    if (!cycle) return null;
    return {
      cycle,
      version: etagOf(cycleRow),
      team: teamRows.map((row) => ({ ...toMember(row), departmentName: null })),
      submitted: new Set(submittedRows.map((row) => normalizeEmail(row.Assessor?.EMail ?? ''))),
      consensusCount: consensusRows.filter((row) => toConsensus(row) !== null).length,
    };
  }

  /**
   * Writes the change (with If-Match on the version the rules were checked against) and its history
   * entry in one $batch, and returns the cycle as it now is. If the cycle changed meanwhile, the
   * entry just added is removed again and the conflict thrown: the history tells only what happened.
   */
  async change(read: Pick<CyclePhaseRead, 'cycle' | 'version'>, change: PhaseChange): Promise<StoredCycle> {
    const urls = await this.urls();
    const { cycle } = read;
    const approverId =
      change.approval && change.approverEmail
        ? (await this.site.sp.web.ensureUser(change.approverEmail)).Id
        : null;
    const results = await settleInOneBatch<unknown>(this.site.sp, (batched) => [
      batched.web
        .getList(urls.cycles)
        .items.getById(cycle.id)
        .update(cycleChangesOf(change, approverId), read.version),
      batched.web.getList(urls.history).items.add(historyItem(cycle.id, change.event)),
    ]);
    const [updated, added] = results;
    if (updated?.status === 'rejected') {
      if (added?.status === 'fulfilled') {
        const id = (added.value as { Id?: number }).Id;
        if (id !== undefined) {
          const history = await this.site.list(cycleHistoryList);
          await history.items.getById(id).delete();
        }
      }
      throw updated.reason;
    }
    if (added?.status === 'rejected') throw added.reason;
    return {
      ...cycle,
      ...(change.status !== undefined ? { status: change.status } : {}),
      ...(change.currentStep !== undefined ? { currentStep: change.currentStep } : {}),
      // As a read gives it back: the approval day (a date-only column).
      ...(change.approval !== undefined
        ? {
            approval: change.approval
              ? { ...change.approval, approvedAt: change.approval.approvedAt.slice(0, 10) }
              : null,
          }
        : {}),
    };
  }

  /** A cycle's history, oldest first (one query; part of the cycle page's $batch in `standing.ts`). */
  async list(cycleId: number): Promise<CycleEvent[]> {
    const list = await this.site.list(cycleHistoryList);
    const rows = await HISTORY.applyTo(list.items)
      .filter(onHistory('CycleId', 'eq', Math.trunc(cycleId)))
      .top(5000)<HistoryRow[]>();
    return eventsOf(rows);
  }

  private async urls() {
    const [cycles, team, scores, consensus, history] = await Promise.all([
      this.site.listUrl(assessmentCyclesList),
      this.site.listUrl(assessmentTeamList),
      this.site.listUrl(individualScoresList),
      this.site.listUrl(consensusScoresList),
      this.site.listUrl(cycleHistoryList),
    ]);
    return { cycles, team, scores, consensus, history };
  }
}

function historyItem(cycleId: number, event: PhaseChange['event']): NewItemOf<typeof cycleHistoryList> {
  return {
    // What people who open the list in SharePoint read: the event and the phases, in Czech.
    Title:
      `${kinds.label(event.kind)}: ${fromStatuses.label(event.from)} → ${toStatuses.label(event.to)}`.slice(
        0,
        255,
      ),
    CycleId: cycleId,
    EventKind: kinds.label(event.kind),
    FromStatus: fromStatuses.label(event.from),
    ToStatus: toStatuses.label(event.to),
    ActorName: event.byName.slice(0, 255),
    ActorEmail: normalizeEmail(event.byEmail).slice(0, 255),
    OccurredAt: event.at,
    Reason: event.reason,
    EventComment: event.comment,
    // One name per line: a name has no line break, and SharePoint shows the list as typed.
    NotSubmitted: event.notSubmitted.join('\n'),
  };
}

/** History rows as events, oldest first (by time, then by row id for the same second). */
export function eventsOf(rows: readonly HistoryRow[]): CycleEvent[] {
  return [...rows]
    .sort((a, b) => (a.OccurredAt ?? '').localeCompare(b.OccurredAt ?? '') || a.Id - b.Id)
    .map((row) => ({
      kind: kinds.code(row.EventKind) ?? 'moved',
      from: fromStatuses.code(row.FromStatus) ?? 'preparation',
      to: toStatuses.code(row.ToStatus) ?? 'preparation',
      byName: row.ActorName ?? '',
      at: row.OccurredAt ?? '',
      reason: row.Reason ?? '',
      comment: row.EventComment ?? '',
      notSubmitted: (row.NotSubmitted ?? '').split('\n').filter((name) => name.trim() !== ''),
    }));
}
