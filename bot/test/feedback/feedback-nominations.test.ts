import { describe, expect, it } from '@jest/globals';
import { FeedbackNominationError, FeedbackRefusedError, StaleVersionError, translate } from '@kvalita/core';
import {
  advanceTo,
  email,
  feedbackFixture,
  startedCycle,
  subjectOf,
  type FeedbackFixture,
} from './service-fixture';

const peers = (...locals: string[]) =>
  locals.map((local) => ({ email: email(local), group: 'peer' as const }));

async function marieIn(fixture: FeedbackFixture) {
  const started = await startedCycle(fixture);
  const subject = await subjectOf(fixture, started.cycle.id, 'marie.prochazkova');
  return { cycleId: started.cycle.id, subject, marie: await fixture.actor('marie.prochazkova') };
}

describe('360 nominations', () => {
  it('lets the subject propose and submit, and the manager approve; the chat is told of the submit', async () => {
    const fixture = feedbackFixture();
    const { cycleId, subject, marie } = await marieIn(fixture);
    const opened = await fixture.service.nominations(marie, cycleId, subject.id);
    expect(opened.allowed).toEqual(['propose', 'submit']);
    expect(opened.suggestions.map((suggestion) => suggestion.person.email)).toContain(email('karel.novy'));
    expect(
      opened.suggestions.every((suggestion) => suggestion.person.email !== email('marie.prochazkova')),
    ).toBe(true);
    const proposed = await fixture.service.setNominations(marie, cycleId, subject.id, {
      etag: opened.subject.etag,
      raters: [...peers('karel.novy', 'hana.mala'), { email: email('jiri.kucera'), group: 'other' }],
    });
    // Two peers is under the minimum of 3: a warning in the counts while choosing, not a refusal.
    expect(proposed.counts.find((count) => count.group === 'peer')).toMatchObject({
      count: 2,
      rule: { min: 3 },
    });
    expect(
      proposed.nominations.filter((n) => n.source === 'subject').every((n) => n.state === 'proposed'),
    ).toBe(true);
    const submitted = await fixture.service.submitNominations(marie, cycleId, subject.id, {
      etag: proposed.subject.etag,
    });
    expect(submitted.subject.nominationState).toBe('submitted');
    expect(fixture.calls.at(-1)).toEqual({ what: 'nominationsSubmitted', cycleId, subjectId: subject.id });
    expect(submitted.allowed).toEqual([]);

    const lucie = await fixture.actor('lucie.dvorakova');
    // The manager cannot approve a group below its minimum; they add a peer, then approve.
    const refused = fixture.service.approveNominations(lucie, cycleId, subject.id, {
      etag: submitted.subject.etag,
    });
    await expect(refused).rejects.toBeInstanceOf(FeedbackNominationError);
    await expect(refused).rejects.toMatchObject({ messageKey: 'feedback.nomination.belowMinimum.peer' });
    const changed = await fixture.service.setNominations(lucie, cycleId, subject.id, {
      etag: submitted.subject.etag,
      raters: [
        ...peers('karel.novy', 'hana.mala', 'ondrej.kral'),
        { email: email('jiri.kucera'), group: 'other' },
      ],
    });
    expect(changed.nominations.find((n) => n.rater.email === email('ondrej.kral'))?.source).toBe('manager');
    const approved = await fixture.service.approveNominations(lucie, cycleId, subject.id, {
      etag: changed.subject.etag,
    });
    expect(approved.subject.nominationState).toBe('approved');
    expect(approved.nominations.every((n) => n.state === 'approved')).toBe(true);
  });

  it('refuses self or manager as a chosen rater, an unknown person and too many peers, writing nothing', async () => {
    const fixture = feedbackFixture();
    const { cycleId, subject, marie } = await marieIn(fixture);
    const set = (raters: { email: string; group: 'peer' | 'other' | 'directReport' }[]) =>
      fixture.service.setNominations(marie, cycleId, subject.id, { etag: subject.etag, raters });
    const writes = fixture.stores.writes;
    await expect(set(peers('marie.prochazkova', 'karel.novy', 'hana.mala'))).rejects.toMatchObject({
      messageKey: 'feedback.nomination.selfOrManager',
    });
    await expect(set(peers('lucie.dvorakova', 'karel.novy', 'hana.mala'))).rejects.toMatchObject({
      messageKey: 'feedback.nomination.selfOrManager',
    });
    await expect(set(peers('nobody.here', 'karel.novy', 'hana.mala'))).rejects.toMatchObject({
      messageKey: 'feedback.nomination.unknownPerson',
    });
    await expect(
      set(
        peers(
          'karel.novy',
          'hana.mala',
          'ondrej.kral',
          'petra.sedla',
          'zdenek.bily',
          'vera.ticha',
          'jiri.kucera',
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'feedback.nomination.aboveMaximum.peer' });
    expect(fixture.stores.writes).toBe(writes);
  });

  it('refuses a rater already at the cycle’s load cap, naming them', async () => {
    const fixture = feedbackFixture();
    // Karel already rates his head Lucie (a direct report's form): with a cap of 1 he takes no more.
    const started = await startedCycle(fixture, undefined, {
      thresholds: { group: 3, comments: 3, raterLoad: 1 },
    });
    const subject = await subjectOf(fixture, started.cycle.id, 'marie.prochazkova');
    const marie = await fixture.actor('marie.prochazkova');
    const error = await fixture.service
      .setNominations(marie, started.cycle.id, subject.id, {
        etag: subject.etag,
        raters: peers('karel.novy'),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedbackNominationError);
    const refusal = error as FeedbackNominationError;
    expect(refusal.messageKey).toBe('feedback.nomination.overLoad');
    expect(translate('cs', refusal.messageKey, refusal.params)).toBe(
      'Karel Nový už má v tomto cyklu nejvyšší povolený počet dotazníků.',
    );
  });

  it('refuses a stale list and anyone but the subject, their manager and a coordinator', async () => {
    const fixture = feedbackFixture();
    const { cycleId, subject, marie } = await marieIn(fixture);
    await expect(
      fixture.service.setNominations(marie, cycleId, subject.id, {
        etag: '"42"',
        raters: peers('karel.novy'),
      }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    const karel = await fixture.actor('karel.novy');
    await expect(fixture.service.nominations(karel, cycleId, subject.id)).rejects.toBeInstanceOf(
      FeedbackRefusedError,
    );
    await expect(
      fixture.service.approveNominations(marie, cycleId, subject.id, { etag: subject.etag }),
    ).rejects.toMatchObject({ reason: 'notManager' });
    const coordinator = await fixture.actor('helena.rysova');
    expect((await fixture.service.nominations(coordinator, cycleId, subject.id)).allowed).toEqual([
      'change',
      'approve',
    ]);
  });

  it('closes nominations with the phase: the subject proposes no more in approval, nobody once rating started', async () => {
    const fixture = feedbackFixture();
    const { cycleId, subject, marie } = await marieIn(fixture);
    await advanceTo(fixture, cycleId, 'approval');
    await expect(
      fixture.service.setNominations(marie, cycleId, subject.id, {
        etag: subject.etag,
        raters: peers('karel.novy'),
      }),
    ).rejects.toMatchObject({ rule: 'notInPhase' });
    const lucie = await fixture.actor('lucie.dvorakova');
    expect((await fixture.service.nominations(lucie, cycleId, subject.id)).allowed).toEqual([
      'change',
      'approve',
    ]);
    await advanceTo(fixture, cycleId, 'rating');
    await expect(
      fixture.service.setNominations(lucie, cycleId, subject.id, {
        etag: subject.etag,
        raters: peers('karel.novy'),
      }),
    ).rejects.toMatchObject({ rule: 'notInPhase' });
  });
});
