import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ROUND_TRIP_TARGET, measure, userActions, type UserActionId } from '../bench/actions';
import { startMeasuredOffice, type MeasuredOffice } from '../bench/measured-office';
import type { OfficeSize } from '../bench/office-seed';
import type { RegisterSize } from '../bench/measures-seed';
import { measuresViews, seedMeasuredRegister, type MeasuresViewId } from '../bench/measures-views';

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

/** The measures views read every matching summary in one $batch of ID windows, whatever the size. */
const REGISTER: RegisterSize = { measures: 240, updates: 1_200, detailUpdates: 50 };

/** The measures tab's views (issue #12), steady state, on the small office's register. */
const MEASURES_EXPECTED: Readonly<Record<MeasuresViewId, number>> = {
  // The person's department (the actor); the highest ID; one $batch of ID windows.
  registerFirstPage: 3,
  registerFiltered: 3,
  registerMine: 3,
  registerOverdue: 3,
  // The actor; the measure; its history (500 entries a page).
  measureDetail: 3,
  // The actor; the measure; the people ensured and the stored steps in one $batch; the
  // conditional update; the history entry; the measure and its history read back for the reply.
  reportProgress: 7,
  transition: 7,
};

/**
 * Over the target of 3, pinned so that any change shows: a write reads the measure twice and
 * writes in two steps (docs in the bench's report). Remove a view from here once it meets the target.
 */
const MEASURES_OVER_TARGET: ReadonlySet<MeasuresViewId> = new Set(['reportProgress', 'transition']);

let measured: MeasuredOffice;
let register: Awaited<ReturnType<typeof seedMeasuredRegister>>['register'];

beforeAll(async () => {
  measured = await startMeasuredOffice(OFFICE);
  register = (await seedMeasuredRegister(measured, REGISTER)).register;
}, 180_000);
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

describe('SharePoint round trips of the measures views', () => {
  it.each(Object.entries(MEASURES_EXPECTED) as [MeasuresViewId, number][])(
    '%s costs %i round trips',
    async (id, expected) => {
      const view = (await measuresViews(measured, register, 2)).find((candidate) => candidate.id === id);
      if (!view) throw new Error(`no view ${id}`);
      const figures = await measure(measured, view);
      expect(figures.roundTrips).toEqual([expected, expected]);
      if (MEASURES_OVER_TARGET.has(id)) expect(expected).toBeGreaterThan(ROUND_TRIP_TARGET);
      else expect(expected).toBeLessThanOrEqual(ROUND_TRIP_TARGET);
    },
    60_000,
  );
});
