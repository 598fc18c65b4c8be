import { describe, expect, it } from '@jest/globals';
import {
  FeedbackInvalidError,
  FeedbackRefusedError,
  FeedbackRuleError,
  STAFF_MODEL,
  StaleVersionError,
} from '@kvalita/core';
import { advanceTo, cycleDraft, email, feedbackFixture, startedCycle, subjectOf } from './service-fixture';

describe('360 cycles', () => {
  it('starts a cycle from a department with its sections, with each subject’s directory nominations, and freezes the model', async () => {
    const fixture = feedbackFixture();
    const started = await startedCycle(fixture);
    expect(started.cycle.phase).toBe('nomination');
    expect(started.cycle.subjectCount).toBe(8);
    const subjects = (await fixture.stores.subjects.page(started.cycle.id, { pageSize: 50 })).items;
    expect(subjects.map((subject) => subject.email)).toContain(email('lucie.dvorakova'));
    expect(subjects.map((subject) => subject.departmentCode).sort()).toEqual([
      'OSV',
      ...Array(7).fill('OSV-SP'),
    ]);
    const lucie = await subjectOf(fixture, started.cycle.id, 'lucie.dvorakova');
    const nominations = await fixture.stores.nominations.ofSubject(lucie.id);
    const byGroup = (group: string) => nominations.filter((n) => n.group === group).map((n) => n.raterEmail);
    expect(byGroup('self')).toEqual([email('lucie.dvorakova')]);
    expect(byGroup('manager')).toEqual([email('petr.svoboda')]);
    expect(byGroup('directReport')).toHaveLength(7);
    expect(nominations.every((n) => n.state === 'approved' && n.source === 'directory')).toBe(true);
    const model = await fixture.stores.models.get(started.cycle.modelId);
    expect(model?.frozen).toBe(true);
    expect(model?.cycleIds).toEqual([started.cycle.id]);
    expect(fixture.calls).toEqual([{ what: 'nominationsOpened', cycleId: started.cycle.id }]);
  });

  it('starts a cycle of chosen people too, each once, and refuses a person who left the directory', async () => {
    const fixture = feedbackFixture();
    const coordinator = await fixture.actor('helena.rysova');
    const { model } = await fixture.service.createModel(coordinator, { draft: STAFF_MODEL });
    const draft = cycleDraft(model.id, {
      subjectEmails: [email('jiri.kucera'), email('marie.prochazkova')],
      departmentCodes: ['OSV-SP'],
    });
    const created = await fixture.service.createCycle(coordinator, { draft });
    const started = await fixture.service.advanceCycle(coordinator, created.cycle.id, {
      etag: created.cycle.etag,
      to: 'nomination',
    });
    expect(started.cycle.subjectCount).toBe(8);
    await expect(
      fixture.service.createCycle(coordinator, {
        draft: cycleDraft(model.id, { subjectEmails: [email('nobody.here')], departmentCodes: [] }),
      }),
    ).rejects.toBeInstanceOf(FeedbackInvalidError);
  });

  it('moves one phase at a time, tells the chat after each, and releases only with the development-only confirmation', async () => {
    const fixture = feedbackFixture();
    const coordinator = await fixture.actor('jana.novakova');
    const started = await startedCycle(fixture);
    const id = started.cycle.id;
    await expect(
      fixture.service.advanceCycle(coordinator, id, { etag: started.cycle.etag, to: 'rating' }),
    ).rejects.toMatchObject({ rule: 'notNextPhase' });
    const closed = await advanceTo(fixture, id, 'closed');
    expect(closed.cycle.phase).toBe('closed');
    await expect(
      fixture.service.advanceCycle(coordinator, id, { etag: closed.cycle.etag, to: 'released' }),
    ).rejects.toMatchObject({ kind: 'releaseUnconfirmed' });
    const released = await fixture.service.advanceCycle(coordinator, id, {
      etag: closed.cycle.etag,
      to: 'released',
      developmentOnlyConfirmed: true,
    });
    expect(released.cycle.releasedBy?.email).toBe(email('jana.novakova'));
    expect(released.allowed).toEqual([]);
    expect(fixture.calls.map((call) => call.what)).toEqual([
      'nominationsOpened',
      'ratingStarted',
      'closed',
      'released',
    ]);
  });

  it('starts nothing with a stale etag, and a start that failed half way adds no subject twice', async () => {
    const fixture = feedbackFixture();
    const coordinator = await fixture.actor('jana.novakova');
    const { model } = await fixture.service.createModel(coordinator, { draft: STAFF_MODEL });
    const created = await fixture.service.createCycle(coordinator, { draft: cycleDraft(model.id) });
    const writes = fixture.stores.writes;
    await expect(
      fixture.service.advanceCycle(coordinator, created.cycle.id, { etag: '"99"', to: 'nomination' }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(fixture.stores.writes).toBe(writes);

    // The phase change fails once after the subjects were added (a lost connection).
    const setPhase = fixture.stores.cycles.setPhase;
    fixture.stores.cycles.setPhase = async () => {
      throw new Error('connection lost');
    };
    await expect(
      fixture.service.advanceCycle(coordinator, created.cycle.id, {
        etag: created.cycle.etag,
        to: 'nomination',
      }),
    ).rejects.toThrow('connection lost');
    fixture.stores.cycles.setPhase = setPhase;
    const resumed = await fixture.service.advanceCycle(coordinator, created.cycle.id, {
      etag: created.cycle.etag,
      to: 'nomination',
    });
    expect(resumed.cycle.subjectCount).toBe(8);
    expect((await fixture.stores.subjects.page(created.cycle.id, { pageSize: 50 })).total).toBe(8);
  });

  it('edits everything in preparation, only deadlines once started, and nothing once closed', async () => {
    const fixture = feedbackFixture();
    const coordinator = await fixture.actor('jana.novakova');
    const started = await startedCycle(fixture);
    const draft = cycleDraft(started.cycle.modelId);
    await expect(
      fixture.service.editCycle(coordinator, started.cycle.id, {
        etag: started.cycle.etag,
        draft: { ...draft, name: 'Jiný název' },
      }),
    ).rejects.toMatchObject({ rule: 'onlyDeadlines' });
    const moved = await fixture.service.editCycle(coordinator, started.cycle.id, {
      etag: started.cycle.etag,
      draft: { ...draft, ratingDeadline: '2027-03-31' },
    });
    expect(moved.cycle.ratingDeadline).toBe('2027-03-31');
    await expect(
      fixture.service.editCycle(coordinator, started.cycle.id, {
        etag: moved.cycle.etag,
        draft: {
          ...draft,
          ratingDeadline: '2027-01-10',
          approvalDeadline: '2027-01-09',
          nominationDeadline: '2027-01-08',
        },
      }),
    ).rejects.toMatchObject({ rule: 'deadlinePast' });
    const closed = await advanceTo(fixture, started.cycle.id, 'closed');
    await expect(
      fixture.service.editCycle(coordinator, started.cycle.id, { etag: closed.cycle.etag, draft }),
    ).rejects.toMatchObject({ rule: 'notInPhase' });
  });

  it('is the coordinators’ alone: others see only the cycles they take part in', async () => {
    const fixture = feedbackFixture();
    const started = await startedCycle(fixture);
    const clerk = await fixture.actor('eva.vesela');
    await expect(
      fixture.service.createCycle(clerk, { draft: cycleDraft(started.cycle.modelId) }),
    ).rejects.toBeInstanceOf(FeedbackRefusedError);
    await expect(fixture.service.cycle(clerk, started.cycle.id)).rejects.toMatchObject({
      reason: 'notCoordinator',
    });
    expect((await fixture.service.listCycles(clerk)).items).toEqual([]);
    const marie = await fixture.actor('marie.prochazkova');
    expect((await fixture.service.listCycles(marie)).items.map((cycle) => cycle.id)).toEqual([
      started.cycle.id,
    ]);
    const petr = await fixture.actor('petr.svoboda');
    expect((await fixture.service.listCycles(petr)).items).toHaveLength(1);
    expect((await fixture.service.listCycles(await fixture.actor('helena.rysova'))).mayCreate).toBe(true);
  });

  it('shows the coordinator the load per person, the most loaded first, and counts in progress', async () => {
    const fixture = feedbackFixture();
    const started = await startedCycle(fixture, STAFF_MODEL, {
      thresholds: { group: 3, comments: 3, raterLoad: 6 },
    });
    const coordinator = await fixture.actor('jana.novakova');
    const load = await fixture.service.load(coordinator, started.cycle.id);
    expect(load.cap).toBe(6);
    expect(load.items[0]).toMatchObject({
      person: { email: email('lucie.dvorakova') },
      forms: 7,
      overCap: true,
    });
    expect(started.progress).toMatchObject({ subjects: 8, forms: 8 * 2 + 7, formsDone: 0, declined: 0 });
    await expect(
      fixture.service.load(await fixture.actor('lucie.dvorakova'), started.cycle.id),
    ).rejects.toBeInstanceOf(FeedbackRefusedError);
  });

  it('refuses drafts whose deadlines run backwards or name an unknown model or department', async () => {
    const fixture = feedbackFixture();
    const coordinator = await fixture.actor('jana.novakova');
    const { model } = await fixture.service.createModel(coordinator, { draft: STAFF_MODEL });
    await expect(
      fixture.service.createCycle(coordinator, {
        draft: cycleDraft(model.id, { approvalDeadline: '2027-02-01' }),
      }),
    ).rejects.toBeInstanceOf(FeedbackRuleError);
    await expect(fixture.service.createCycle(coordinator, { draft: cycleDraft(999) })).rejects.toMatchObject({
      kind: 'unknownModel',
    });
    await expect(
      fixture.service.createCycle(coordinator, { draft: cycleDraft(model.id, { departmentCodes: ['XX'] }) }),
    ).rejects.toMatchObject({ kind: 'unknownDepartment' });
  });
});
