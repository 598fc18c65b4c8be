import { describe, expect, it } from '@jest/globals';
import { FeedbackRefusedError } from '@kvalita/core';
import { advanceTo, email, feedbackFixture, ratingCycle, ratingsOf, subjectOf } from './service-fixture';

const RATERS = [
  { local: 'karel.novy', group: 'peer' },
  { local: 'hana.mala', group: 'peer' },
  { local: 'ondrej.kral', group: 'peer' },
] as const;

describe('360 privacy', () => {
  it('shows a person what is stored about them: their nominations and goals, whom they rate and whether they answered', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await ratingCycle(fixture, RATERS);
    const karel = await fixture.actor('karel.novy');
    await fixture.service.submitRating(karel, cycle.id, subject.id, {
      ratings: ratingsOf(model, 4),
      comments: {},
    });
    const mine = await fixture.service.myData(karel);
    expect(mine.asSubject).toHaveLength(1);
    expect(mine.asSubject[0]?.nominations.map((n) => n.group).sort()).toEqual(['manager', 'self']);
    expect(mine.asRater.map((form) => [form.subject.email, form.done]).sort()).toEqual(
      [
        [email('karel.novy'), false],
        [email('lucie.dvorakova'), false],
        [email('marie.prochazkova'), true],
      ].sort(),
    );
    // The content of an answer is no part of it.
    expect(JSON.stringify(mine)).not.toContain('"ratings"');
  });

  it('erases a rater without breaking the reports they answered for, and a subject with the answers about them', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await ratingCycle(fixture, [
      ...RATERS,
      { local: 'petra.sedla', group: 'peer' },
    ]);
    for (const local of [
      'marie.prochazkova',
      'lucie.dvorakova',
      'karel.novy',
      'hana.mala',
      'ondrej.kral',
      'petra.sedla',
    ])
      await fixture.service.submitRating(await fixture.actor(local), cycle.id, subject.id, {
        ratings: ratingsOf(model, 4),
        comments: {},
      });
    const karelSubject = await subjectOf(fixture, cycle.id, 'karel.novy');
    await fixture.service.submitRating(await fixture.actor('karel.novy'), cycle.id, karelSubject.id, {
      ratings: ratingsOf(model, 3),
      comments: {},
    });
    await advanceTo(fixture, cycle.id, 'released');
    const marie = await fixture.actor('marie.prochazkova');
    const before = await fixture.service.report(marie, cycle.id, subject.id);

    const clerk = await fixture.actor('eva.vesela');
    await expect(fixture.service.erasePerson(clerk, email('karel.novy'))).rejects.toBeInstanceOf(
      FeedbackRefusedError,
    );
    const erased = await fixture.service.erasePerson(
      await fixture.actor('helena.rysova'),
      email('karel.novy'),
    );
    // Karel's subject entry (self, manager) and his answer about himself; his forms for Marie and Lucie.
    expect(erased).toEqual({
      subjectsRemoved: 1,
      nominationsRemoved: 4,
      answersUnlinked: 1,
      answersRemoved: 1,
    });
    const after = await fixture.service.report(marie, cycle.id, subject.id);
    expect(after.report.groups).toEqual(before.report.groups);
    expect(after.report.competencies).toEqual(before.report.competencies);
    expect(fixture.stores.storedAnswers().filter((row) => row.respondentKey === null)).toHaveLength(1);
    expect(await fixture.service.myData(await fixture.actor('karel.novy'))).toEqual({
      asSubject: [],
      asRater: [],
    });
  });
});
