import { describe, expect, it } from '@jest/globals';
import {
  NO_DEPARTMENT,
  distinctAudienceConflict,
  publicationOrder,
  publishedCovers,
  type EarlierAggregates,
  type WavePublication,
} from '../../src';

/*
 * Hand-made office: OD has 8 people, OV 3, OSV 6. Survey A asked OD alone; the later survey B
 * asks OD and OV, so "B minus A" would be OV's answers.
 */
const HEADCOUNT: Readonly<Record<string, number>> = { OD: 8, OV: 3, OSV: 6 };
const headcount = (groups: ReadonlySet<string>) =>
  [...groups].reduce((sum, group) => sum + (HEADCOUNT[group] ?? 1), 0);

const surveyOver = (reason: string, audience: string[]): EarlierAggregates<string> => ({
  reason,
  covers: publishedCovers({ audience, totalShown: true, shownDepartments: audience }),
  people: headcount,
});

const respondentsOf =
  (counts: Readonly<Record<string, number>>) =>
  (groups: ReadonlySet<string>): number =>
    [...groups].reduce((sum, group) => sum + (counts[group] ?? 0), 0);

describe('the distinct-audience rule', () => {
  it('withholds the later survey whose total is the earlier one plus a 3-person department', () => {
    // B's wave: OD 8 answered, OV 3; OV is hidden and OD with it (complementary suppression).
    const wave: WavePublication = { audience: ['OD', 'OV'], totalShown: true, shownDepartments: [] };
    expect(
      distinctAudienceConflict(wave, respondentsOf({ OD: 8, OV: 3 }), [surveyOver('A', ['OD'])], 5),
    ).toBe('A');
  });

  it('withholds the later survey whose total is the earlier one minus a 3-person department', () => {
    // A asked OD and OV; B asks OD alone: "A minus B" would be OV's answers in A.
    const wave: WavePublication = { audience: ['OD'], totalShown: true, shownDepartments: ['OD'] };
    expect(distinctAudienceConflict(wave, respondentsOf({ OD: 8 }), [surveyOver('A', ['OD', 'OV'])], 5)).toBe(
      'A',
    );
  });

  it('publishes when the difference holds at least the threshold', () => {
    // B asks OD and OSV (6 people, 5 answered): "B minus A" is a group of 5, as suppression allows.
    const wave: WavePublication = {
      audience: ['OD', 'OSV'],
      totalShown: true,
      shownDepartments: ['OD', 'OSV'],
    };
    expect(
      distinctAudienceConflict(wave, respondentsOf({ OD: 8, OSV: 5 }), [surveyOver('A', ['OD'])], 5),
    ).toBeNull();
  });

  it('publishes when nobody of the small department answered: the difference holds no answer', () => {
    const wave: WavePublication = { audience: ['OD', 'OV'], totalShown: true, shownDepartments: ['OD'] };
    expect(distinctAudienceConflict(wave, respondentsOf({ OD: 8 }), [surveyOver('A', ['OD'])], 5)).toBeNull();
  });

  it('finds the difference through the rest of a wave, not only its total', () => {
    // Earlier office-wide survey may show OD on its own. B asks OD, OV and OSV; OV (2) is hidden with
    // OD, OSV is shown: "B minus OSV" is OD and OV together, and minus A's OD it is OV alone.
    const wave: WavePublication = {
      audience: ['OD', 'OV', 'OSV'],
      totalShown: true,
      shownDepartments: ['OSV'],
    };
    expect(
      distinctAudienceConflict(
        wave,
        respondentsOf({ OD: 8, OV: 2, OSV: 6 }),
        [surveyOver('A', ['OD', 'OV', 'OSV', NO_DEPARTMENT])],
        5,
      ),
    ).toBe('A');
  });

  it('finds the difference in a sum of shown departments, not only in one', () => {
    // A asked OD, OSV and OV; B asks OD and OSV and shows both: their sum is A minus OV.
    const wave: WavePublication = {
      audience: ['OD', 'OSV'],
      totalShown: true,
      shownDepartments: ['OD', 'OSV'],
    };
    expect(
      distinctAudienceConflict(
        wave,
        respondentsOf({ OD: 8, OSV: 6 }),
        [surveyOver('A', ['OD', 'OSV', 'OV'])],
        5,
      ),
    ).toBe('A');
  });

  it('ignores audiences that only overlap or do not meet', () => {
    const wave: WavePublication = { audience: ['OV', 'OSV'], totalShown: true, shownDepartments: ['OSV'] };
    expect(
      distinctAudienceConflict(wave, respondentsOf({ OV: 3, OSV: 6 }), [surveyOver('A', ['OD'])], 5),
    ).toBeNull();
  });

  it('has nothing to check in a wave that publishes nothing', () => {
    const wave: WavePublication = { audience: ['OD', 'OV'], totalShown: false, shownDepartments: [] };
    expect(distinctAudienceConflict(wave, respondentsOf({ OD: 3 }), [surveyOver('A', ['OD'])], 5)).toBeNull();
  });

  it('counts people without a department as someone when their group is the whole difference', () => {
    // An office-wide survey minus one over every department would be the people without one.
    const wave: WavePublication = {
      audience: ['OD', 'OV', 'OSV'],
      totalShown: true,
      shownDepartments: ['OD', 'OSV'],
    };
    expect(
      distinctAudienceConflict(
        wave,
        respondentsOf({ OD: 8, OV: 3, OSV: 6 }),
        [{ reason: 'A', covers: [['OD', 'OV', 'OSV', NO_DEPARTMENT]], people: headcount }],
        5,
      ),
    ).toBe('A');
  });

  it('uses the threshold in force', () => {
    const wave: WavePublication = { audience: ['OD', 'OV'], totalShown: true, shownDepartments: [] };
    expect(
      distinctAudienceConflict(wave, respondentsOf({ OD: 8, OV: 3 }), [surveyOver('A', ['OD'])], 3),
    ).toBeNull();
  });

  it('orders surveys by their start: the first wave, or the creation if later; then by key', () => {
    const at = (key: string, opensAt: string, createdAt = '2026-01-01T00:00:00.000Z') => ({
      key,
      schedule: { opensAt },
      createdAt,
    });
    const surveys = [
      at('srv-bbbbbbbb', '2026-03-01T07:00:00.000Z'),
      at('srv-aaaaaaaa', '2026-03-01T07:00:00.000Z'),
      at('srv-00000000', '2026-04-01T07:00:00.000Z'),
      // Created in May with a first wave dated back to February: it starts in May, not before the others.
      at('srv-backdate', '2026-02-01T07:00:00.000Z', '2026-05-01T07:00:00.000Z'),
    ];
    expect([...surveys].sort(publicationOrder).map((survey) => survey.key)).toEqual([
      'srv-aaaaaaaa',
      'srv-bbbbbbbb',
      'srv-00000000',
      'srv-backdate',
    ]);
  });
});
