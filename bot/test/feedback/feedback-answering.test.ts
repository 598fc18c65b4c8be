import { describe, expect, it } from '@jest/globals';
import { FeedbackInvalidError, FeedbackRefusedError } from '@kvalita/core';
import { advanceTo, email, feedbackFixture, ratingCycle, ratingsOf } from './service-fixture';

const PEERS = [
  { local: 'karel.novy', group: 'peer' },
  { local: 'hana.mala', group: 'peer' },
  { local: 'ondrej.kral', group: 'peer' },
] as const;

describe('answering 360 forms', () => {
  it('stores one answer per rater and subject under keys with no e-mail, and a second submit stores nothing', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await ratingCycle(fixture, PEERS);
    const karel = await fixture.actor('karel.novy');
    const request = {
      ratings: ratingsOf(model, 4),
      comments: { [model.groups[0]?.key ?? '']: 'Vždy pomůže.' },
    };
    const first = await fixture.service.submitRating(karel, cycle.id, subject.id, request);
    // Karel rates himself, Marie (peer) and his head Lucie (direct report): one of three done.
    expect(first).toEqual({ stored: true, done: 1, total: 3 });
    const writes = fixture.stores.writes;
    const again = await fixture.service.submitRating(karel, cycle.id, subject.id, {
      ratings: ratingsOf(model, 1),
      comments: {},
    });
    expect(again).toEqual({ stored: false, done: 1, total: 3 });
    expect(fixture.stores.writes).toBe(writes);

    const rows = fixture.stores.storedAnswers();
    expect(rows).toHaveLength(1);
    const text = JSON.stringify(rows.map(({ subjectKey, respondentKey }) => ({ subjectKey, respondentKey })));
    expect(text).not.toMatch(/lipova|karel|marie/i);
    expect(rows[0]?.answer.group).toBe('peer');
    expect(rows[0]?.answer.ratings).toEqual(ratingsOf(model, 4));
    expect(await fixture.service.form(karel, cycle.id, subject.id)).toMatchObject({
      done: true,
      group: 'peer',
    });
  });

  it('stores nothing twice when two submits race past the first check', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await ratingCycle(fixture, PEERS);
    const hana = await fixture.actor('hana.mala');
    const request = { ratings: ratingsOf(model, 3), comments: {} };
    const replies = await Promise.all([
      fixture.service.submitRating(hana, cycle.id, subject.id, request),
      fixture.service.submitRating(hana, cycle.id, subject.id, request),
    ]);
    expect(replies.map((reply) => reply.stored).sort()).toEqual([false, true]);
    expect(fixture.stores.storedAnswers()).toHaveLength(1);
  });

  it('checks the answer against the cycle’s model: every behaviour, nothing the model lacks', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await ratingCycle(fixture, PEERS);
    const karel = await fixture.actor('karel.novy');
    const [first, ...rest] = Object.keys(ratingsOf(model, 3));
    const missing = Object.fromEntries(rest.map((key) => [key, 3 as const]));
    await expect(
      fixture.service.submitRating(karel, cycle.id, subject.id, { ratings: missing, comments: {} }),
    ).rejects.toBeInstanceOf(FeedbackInvalidError);
    await expect(
      fixture.service.submitRating(karel, cycle.id, subject.id, {
        ratings: { ...ratingsOf(model, 3), unknown: 2 },
        comments: {},
      }),
    ).rejects.toMatchObject({ kind: 'ratingShape' });
    await expect(
      fixture.service.submitRating(karel, cycle.id, subject.id, {
        ratings: ratingsOf(model, null),
        comments: { nope: 'x' },
      }),
    ).rejects.toMatchObject({ kind: 'ratingShape' });
    expect(first).toBeDefined();
    expect(fixture.stores.storedAnswers()).toHaveLength(0);
  });

  it('refuses a person not asked, answers before rating starts, and a closed cycle politely', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await ratingCycle(fixture, PEERS);
    const request = { ratings: ratingsOf(model, 5), comments: {} };
    await expect(
      fixture.service.submitRating(await fixture.actor('eva.vesela'), cycle.id, subject.id, request),
    ).rejects.toBeInstanceOf(FeedbackRefusedError);
    await advanceTo(fixture, cycle.id, 'closed');
    const closed = fixture.service.submitRating(
      await fixture.actor('karel.novy'),
      cycle.id,
      subject.id,
      request,
    );
    await expect(closed).rejects.toMatchObject({
      rule: 'cycleClosed',
      messageKey: 'feedback.rule.cycleClosed',
    });
  });

  it('lets a rater decline once with a reason — never their self-assessment, never after answering', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await ratingCycle(fixture, PEERS);
    const ondrej = await fixture.actor('ondrej.kral');
    const declined = await fixture.service.decline(ondrej, cycle.id, subject.id, {
      reason: 'Spolu nepracujeme.',
    });
    // Ondřej's own self-assessment and his head Lucie remain; the declined form counts no more.
    expect(declined).toEqual({ stored: true, done: 0, total: 2 });
    await expect(
      fixture.service.decline(ondrej, cycle.id, subject.id, { reason: 'Znovu.' }),
    ).rejects.toMatchObject({ rule: 'alreadyDeclined' });
    await expect(
      fixture.service.submitRating(ondrej, cycle.id, subject.id, {
        ratings: ratingsOf(model, 2),
        comments: {},
      }),
    ).rejects.toMatchObject({ rule: 'alreadyDeclined' });
    const marie = await fixture.actor('marie.prochazkova');
    await expect(
      fixture.service.decline(marie, cycle.id, subject.id, { reason: 'Nechci.' }),
    ).rejects.toMatchObject({ rule: 'selfDecline' });
    const karel = await fixture.actor('karel.novy');
    await fixture.service.submitRating(karel, cycle.id, subject.id, {
      ratings: ratingsOf(model, 3),
      comments: {},
    });
    await expect(
      fixture.service.decline(karel, cycle.id, subject.id, { reason: 'Pozdě.' }),
    ).rejects.toMatchObject({ rule: 'alreadyAnswered' });
    const lucie = await fixture.actor('lucie.dvorakova');
    const nominations = await fixture.service.nominations(lucie, cycle.id, subject.id);
    expect(nominations.nominations.find((n) => n.rater.email === email('ondrej.kral'))).toMatchObject({
      state: 'declined',
      declineReason: 'Spolu nepracujeme.',
    });
  });

  it('lists what a person has to do: forms with done derived from the answers, lists to approve, reports to read', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await ratingCycle(fixture, PEERS);
    const karel = await fixture.actor('karel.novy');
    await fixture.service.submitRating(karel, cycle.id, subject.id, {
      ratings: ratingsOf(model, 4),
      comments: {},
    });
    const mine = await fixture.service.mine(karel);
    expect(mine.forms.map((form) => [form.subject.email, form.group, form.done])).toEqual(
      expect.arrayContaining([
        [email('marie.prochazkova'), 'peer', true],
        [email('lucie.dvorakova'), 'directReport', false],
        [email('karel.novy'), 'self', false],
      ]),
    );
    expect(
      mine.forms.every((form) => form.cycleName === cycle.name && form.deadline === cycle.ratingDeadline),
    ).toBe(true);
    await advanceTo(fixture, cycle.id, 'released');
    const lucie = await fixture.service.mine(await fixture.actor('lucie.dvorakova'));
    expect(lucie.forms).toEqual([]);
    expect(lucie.reports.map((report) => report.subject.email)).toEqual(
      expect.arrayContaining([email('lucie.dvorakova'), email('marie.prochazkova'), email('karel.novy')]),
    );
    expect(lucie.reports).toHaveLength(8);
  });
});
