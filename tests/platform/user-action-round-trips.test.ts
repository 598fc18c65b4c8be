import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ROUND_TRIP_TARGET, measure, userActions, type UserActionId } from '../bench/actions';
import { startMeasuredOffice, type MeasuredOffice } from '../bench/measured-office';
import type { OfficeSize } from '../bench/office-seed';

/**
 * What a user's action costs in SharePoint round trips (a $batch is one), through the service as
 * production runs it: the same actions `npm run bench` times on 600 people, here on a small office,
 * since none of these counts grows with the office (that is the point). Counting requests is exact,
 * so a change that adds a round trip to a hot path fails here, not only in a bench nobody reads.
 */
const OFFICE: OfficeSize = { departments: 3, sectionsPerDepartment: 1, people: 24, team: 4, resultsWaves: 2 };

/** Steady state: the web's URL, the request digest and the short-lived caches are warm. */
const EXPECTED: Readonly<Record<UserActionId, number>> = {
  // The cycle, the member's team row and their scores in one $batch; the update; the row read back
  // for its Modified (SharePoint answers an update with its ETag only) with the save's confirmation
  // on the team row (If-Match, which orders it against a submit) in one $batch.
  scoreAutoSave: 3,
  // The same $batch, then the add, whose answer is the stored row, then the confirmation.
  scoreFirstSave: 3,
  // The cycle; then team, scores and consensus in one $batch.
  consensusPage: 2,
  // Cycle, team, who submitted and every cycle in one $batch; the team's departments in another.
  cyclePage: 2,
  // The respondent's department by e-mail; the answer rows in one $batch (the survey and the
  // departments are cached for a few seconds, as a wave of cards brings many answers at once);
  // then the wave's seal, read fresh, so an answer written after the wave ended does not count.
  cardAnswer: 3,
  // The survey with its questions and every survey's outline in one $batch; every wave's answers
  // and invitations in another; the headcounts of the departments of earlier surveys whose audience
  // meets this one (the distinct-audience rule; here the open survey) in a third.
  resultsPage: 3,
  // /api/me and the CAF model need no SharePoint; the cycles list is the cycles with the person's
  // team rows in one $batch, then their submitted scores.
  tabStart: 2,
  // One query on the People list's indexed name and e-mail columns (the departments are the site's
  // shared copy).
  peopleSearch: 1,
};

let measured: MeasuredOffice;

beforeAll(async () => {
  measured = await startMeasuredOffice(OFFICE);
}, 120_000);
afterAll(() => measured?.close());

describe('SharePoint round trips of user actions', () => {
  it.each(Object.entries(EXPECTED) as [UserActionId, number][])(
    '%s costs %i round trips, within the target',
    async (id, expected) => {
      const action = userActions(measured, OFFICE).find((candidate) => candidate.id === id);
      if (!action) throw new Error(`no action ${id}`);
      const figures = await measure(measured, { ...action, runs: 2 });
      expect(figures.roundTrips).toEqual([expected, expected]);
      expect(expected).toBeLessThanOrEqual(ROUND_TRIP_TARGET);
    },
  );
});
