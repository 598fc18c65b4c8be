import type { CycleAccess, OwnStoredScore, ScoreWrite, StoredScore } from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { ConcurrencyConflictError, NotFoundError } from '../platform/errors';
import { etagOf } from '../platform/paging';
import type { ItemChangesOf } from '../platform/schema/items';
import type { SiteContext } from '../platform/site-context';
import { assessmentTeamList } from './lists/assessment-team';
import { individualScoresList } from './lists/individual-scores';
import {
  INDIVIDUAL_SCORE,
  SUBMITTED_LABEL,
  isSubmitted,
  onIndividualScores,
  toScore,
  type IndividualScoreRow,
  type ScoresRepository,
} from './scores';
import {
  MemberSubmittedError,
  ScoreExistsError,
  ScoresSubmittedError,
  SubmitBusyError,
} from './scoring-errors';
import { MEMBERSHIP, membershipKey, onTeam, type MembershipRow } from './team';

/** Rounds a save or a submit tries before giving up; each lost round means another one went through. */
const ROUNDS = 50;

type MemberAccess = NonNullable<CycleAccess['member']>;
type TeamRow = Pick<MembershipRow, 'Id' | 'ScoresVersion' | 'ScoresSubmittedOn'>;
type ScoreState = Pick<IndividualScoreRow, 'Id' | 'ScoreStatus'>;

const isPreconditionFailure = (error: unknown) =>
  error instanceof ConcurrencyConflictError || error instanceof NotFoundError;

/**
 * A member's saves and their submit, ordered through one item's ETag: the member's team row.
 * SharePoint has no transaction over two items, so:
 *
 * - a save writes its score row (If-Match on the row), then confirms itself by bumping the team
 *   row's ScoresVersion with If-Match on the team row as it read it before writing. Only a
 *   confirmed save is acknowledged. If the team row changed meanwhile, it reads it again: another
 *   save (confirm again), or the submit's marker — then the submit is complete, and the row either
 *   made it into the submission (the save is acknowledged) or it did not (the save deletes its row,
 *   with If-Match, and is refused);
 * - the submit reads the team row and the member's rows, flips every draft to submitted with
 *   If-Match on each, and then writes ScoresSubmittedOn with If-Match on the team row as read. Any
 *   save confirmed in between fails that last write, and the submit starts over.
 *
 * So a save acknowledged before the submit answers is in it with its value, a save after it is
 * refused before it writes, and a submitted row is never written again (every later write carries
 * an older ETag).
 */
export class ScoreSubmission {
  constructor(
    private readonly site: SiteContext,
    private readonly scores: ScoresRepository,
  ) {}

  async save(
    access: CycleAccess,
    code: string,
    score: ScoreWrite,
    etag: string | null,
  ): Promise<StoredScore> {
    const member = access.member;
    if (!member) throw new RangeError('Only a member of the cycle team has scores to save');
    if (member.submitted || access.myScores.some((mine) => mine.submitted)) throw new ScoresSubmittedError();
    const row = access.myScores.find((mine) => mine.code === code);
    // A first save for a row that exists is a second device's: it must reload, not overwrite.
    if (row && etag === null) throw new ScoreExistsError(code);
    try {
      if (!row || etag === null) {
        // A first save: the add answers with the stored row; then the confirmation.
        const added = await this.scores.write(
          {
            cycleId: access.cycle.id,
            code,
            assessorEmail: member.email,
            assessor: { userId: member.userId, displayName: member.displayName },
            row: null,
          },
          score,
          null,
        );
        return await this.confirm(member, added);
      }
      await this.scores.update(row.itemId, score, etag);
    } catch (error) {
      // The row's ETag moved: another device saved it, or the submit flipped it.
      if (row && error instanceof ConcurrencyConflictError && (await this.rowSubmitted(row.itemId)))
        throw new ScoresSubmittedError();
      throw error;
    }
    // The row read back (for its Modified: SharePoint answers an update with its ETag only) and the
    // confirmation in one $batch.
    const [scoresUrl, teamUrl] = await Promise.all([
      this.site.listUrl(individualScoresList),
      this.site.listUrl(assessmentTeamList),
    ]);
    const [stored, bump] = await inOneBatch<[IndividualScoreRow, unknown]>(this.site.sp, (batched) => [
      INDIVIDUAL_SCORE.applyTo(
        batched.web.getList(scoresUrl).items.getById(row.itemId),
      )<IndividualScoreRow>(),
      batched.web
        .getList(teamUrl)
        .items.getById(member.teamRow.itemId)
        .update({ ScoresVersion: member.teamRow.saves + 1 }, member.teamRow.etag)
        .then(
          () => null,
          (error: unknown) => error,
        ),
    ]);
    return this.confirm(member, { ...toScore(stored), itemId: row.itemId }, bump);
  }

  async submit(access: CycleAccess, submittedAt: string): Promise<void> {
    const member = access.member;
    if (!member) throw new RangeError('Only a member of the cycle team submits scores');
    const [teamUrl, scoresUrl] = await Promise.all([
      this.site.listUrl(assessmentTeamList),
      this.site.listUrl(individualScoresList),
    ]);
    const cycleId = access.cycle.id;
    for (let round = 0; round < ROUNDS; round += 1) {
      const [teamRows, rows] = await inOneBatch<[TeamRow[], ScoreState[]]>(this.site.sp, (batched) => [
        MEMBERSHIP.applyTo(batched.web.getList(teamUrl).items)
          .filter(onTeam('MembershipKey', 'eq', membershipKey(cycleId, member.email)))
          .top(1)<TeamRow[]>(),
        batched.web
          .getList(scoresUrl)
          .items.select('Id', 'ScoreStatus')
          .filter(
            `${onIndividualScores('CycleId', 'eq', cycleId)} and ` +
              onIndividualScores('AssessorId', 'eq', member.userId),
          )
          .top(5000)<ScoreState[]>(),
      ]);
      const team = teamRows[0];
      if (!team) throw new NotFoundError(404, 'removed', 'The member is no longer on the team');
      if (team.ScoresSubmittedOn !== null) return;
      const flip = {
        ScoreStatus: SUBMITTED_LABEL,
        SubmittedOn: submittedAt,
      } satisfies ItemChangesOf<typeof individualScoresList>;
      const marker = { ScoresSubmittedOn: submittedAt } satisfies ItemChangesOf<typeof assessmentTeamList>;
      try {
        // Each row as read: a save that wrote it since makes this round fail, and the next one reads it.
        await inOneBatch(this.site.sp, (batched) =>
          rows
            .filter((item) => !isSubmitted(item))
            .map((item) => batched.web.getList(scoresUrl).items.getById(item.Id).update(flip, etagOf(item))),
        );
        await this.site.sp.web.getList(teamUrl).items.getById(team.Id).update(marker, etagOf(team));
        return;
      } catch (error) {
        if (!isPreconditionFailure(error)) throw error;
      }
    }
    throw new SubmitBusyError();
  }

  /** Removes a member who has not submitted; one who has stays (their scores count). */
  async removeMember(cycleId: number, email: string): Promise<void> {
    const scoresUrl = await this.site.listUrl(individualScoresList);
    const team = await this.site.list(assessmentTeamList);
    for (let round = 0; round < ROUNDS; round += 1) {
      const teamRows = await MEMBERSHIP.applyTo(team.items)
        .filter(onTeam('MembershipKey', 'eq', membershipKey(cycleId, email)))
        .top(1)<MembershipRow[]>();
      const row = teamRows[0];
      if (!row) return;
      if (row.ScoresSubmittedOn !== null) throw new MemberSubmittedError();
      const submitted = await this.site.sp.web
        .getList(scoresUrl)
        .items.select('Id')
        .filter(
          `${onIndividualScores('CycleId', 'eq', Math.trunc(cycleId))} and ` +
            `${onIndividualScores('AssessorId', 'eq', row.MemberId ?? 0)} and ` +
            onIndividualScores('ScoreStatus', 'eq', SUBMITTED_LABEL),
        )
        .top(1)<{ Id: number }[]>();
      // A submit under way has flipped rows already: it is as good as submitted.
      if (submitted.length > 0) throw new MemberSubmittedError();
      try {
        // As read: a submit that wrote its marker since makes this fail, and the next round refuses.
        await team.items.getById(row.Id).delete(etagOf(row));
        return;
      } catch (error) {
        if (!isPreconditionFailure(error)) throw error;
      }
    }
    throw new SubmitBusyError();
  }

  /**
   * Bumps the team row with If-Match until this save is confirmed or the submit is found complete.
   * `first` is the outcome of a first bump already sent alongside the read-back (null: it went
   * through; an error: it did not; undefined: none was sent).
   */
  private async confirm(
    member: MemberAccess,
    written: OwnStoredScore,
    first?: unknown,
  ): Promise<StoredScore> {
    const list = await this.site.list(assessmentTeamList);
    const item = list.items.getById(member.teamRow.itemId);
    let seen = { etag: member.teamRow.etag, saves: member.teamRow.saves };
    for (let round = 0; round < ROUNDS; round += 1) {
      const outcome =
        round === 0 && first !== undefined
          ? first
          : await item.update({ ScoresVersion: seen.saves + 1 }, seen.etag).then(
              () => null,
              (error: unknown) => error,
            );
      if (outcome === null) return written;
      if (!(outcome instanceof ConcurrencyConflictError)) throw outcome;
      const team = await MEMBERSHIP.applyTo(item)<TeamRow>();
      if (team.ScoresSubmittedOn !== null) return this.settle(written.itemId);
      seen = { etag: etagOf(team), saves: team.ScoresVersion ?? 0 };
    }
    throw new SubmitBusyError();
  }

  /**
   * The submit completed while this save was being confirmed. Its row either went into the
   * submission (the save stands) or is a draft the submit never saw, which is deleted (with
   * If-Match, so a row the submit flipped meanwhile is never touched) and the save refused.
   */
  private async settle(itemId: number): Promise<StoredScore> {
    const list = await this.site.list(individualScoresList);
    const item = list.items.getById(itemId);
    for (let round = 0; round < ROUNDS; round += 1) {
      let row: IndividualScoreRow;
      try {
        row = await INDIVIDUAL_SCORE.applyTo(item)<IndividualScoreRow>();
      } catch (error) {
        if (error instanceof NotFoundError) throw new ScoresSubmittedError();
        throw error;
      }
      if (isSubmitted(row)) return toScore(row);
      try {
        await item.delete(etagOf(row));
        throw new ScoresSubmittedError();
      } catch (error) {
        if (!isPreconditionFailure(error)) throw error;
      }
    }
    throw new ScoresSubmittedError();
  }

  private async rowSubmitted(itemId: number): Promise<boolean> {
    const list = await this.site.list(individualScoresList);
    try {
      return isSubmitted(await list.items.getById(itemId).select('ScoreStatus')<ScoreState>());
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }
}
