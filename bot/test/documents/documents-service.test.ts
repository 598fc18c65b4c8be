import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@kvalita/core';
import { documentsWorld, draftOf, fileUpload, PEOPLE } from './fixture';

type World = ReturnType<typeof documentsWorld>;

/** What a refused call throws: its code and precise sentence key. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; key: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, key: error.messageKey };
    throw error;
  }
  throw new Error('the call was not refused');
}

/** A document created by the quality manager for Tomáš Černý, its file uploaded and submitted. */
async function submitted(world: World, changes: Parameters<typeof draftOf>[0] = {}) {
  const quality = await world.actor('quality');
  const owner = await world.actor('headOd');
  const created = await world.service.create(quality, { draft: draftOf(changes), fileType: 'docx' });
  const id = created.document.id;
  const uploaded = await world.service.uploadDraft(owner, id, fileUpload(created.document.etag));
  const reply = await world.service.submit(owner, id, { etag: uploaded.document.etag, reasonForChange: '' });
  return { id, reply };
}

async function effective(world: World, changes: Parameters<typeof draftOf>[0] = {}) {
  const { id, reply } = await submitted(world, changes);
  const director = await world.actor('director');
  const approved = await world.service.approve(director, id, {
    etag: reply.document.etag,
    versionLabel: reply.document.revision!.label,
    comment: 'Schvaluji.',
    effectiveFrom: null,
    issuingResolution: null,
  });
  return { id, reply: approved };
}

describe('writing and approving a controlled document', () => {
  it('takes a draft from creation to effect: comments in review, approval publishes 1.0 and asks the audience', async () => {
    const world = documentsWorld();
    const { id, reply } = await submitted(world);
    expect(reply.document.status).toBe('inReview');
    expect(reply.document.revision).toMatchObject({ label: '0.1', status: 'inReview' });

    const reviewer = await world.actor('reviewer');
    const commented = await world.service.comment(reviewer, id, {
      versionLabel: '0.1',
      text: 'Doplnit kapitolu 3.',
    });
    expect(commented.comments.map((comment) => comment.text)).toEqual(['Doplnit kapitolu 3.']);
    expect(commented.events[0]).toMatchObject({ kind: 'commented', note: 'Doplnit kapitolu 3.' });
    expect(commented.allowed).toEqual(['comment']);

    const director = await world.actor('director');
    const approved = await world.service.approve(director, id, {
      etag: commented.document.etag,
      versionLabel: '0.1',
      comment: 'Schvaluji.',
      effectiveFrom: null,
      issuingResolution: null,
    });
    expect(approved.document.status).toBe('effective');
    expect(approved.document.effectiveVersion).toMatchObject({ label: '1.0', effectiveFrom: '2026-12-03' });
    expect(approved.document.nextReviewDate).toBe('2027-12-03');
    expect(world.notifier.notices.map((notice) => notice.kind)).toEqual([
      'submitted',
      'approved',
      'tookEffect',
    ]);
  });

  it('keeps drafts from readers: not in the register, not found by id, and only approvals in the history', async () => {
    const world = documentsWorld();
    const { id } = await submitted(world);
    const clerk = await world.actor('clerk');
    expect((await world.service.register(clerk, {})).items).toEqual([]);
    expect(await refusal(world.service.detail(clerk, id))).toEqual({
      code: 'notFound',
      key: 'error.notFound',
    });

    const director = await world.actor('director');
    const detail = await world.service.detail(director, id);
    await world.service.approve(director, id, {
      etag: detail.document.etag,
      versionLabel: '0.1',
      comment: 'Interní poznámka schvalovatele',
      effectiveFrom: null,
      issuingResolution: null,
    });
    const seen = await world.service.detail(clerk, id);
    expect(seen.versions.map((version) => version.label)).toEqual(['1.0']);
    expect(seen.events.map((event) => event.kind)).toEqual(['approved']);
    expect(seen.events[0]?.note).toBe('');
    expect(seen.comments).toEqual([]);
    expect(seen.allowed).toEqual(['acknowledge']);
  });

  it('refuses approving a draft older than the one now in review (stale), and by anyone but the approver', async () => {
    const world = documentsWorld();
    const { id, reply } = await submitted(world);
    const director = await world.actor('director');
    const stale = world.service.approve(director, id, {
      etag: reply.document.etag,
      versionLabel: '0.2',
      comment: '',
      effectiveFrom: null,
      issuingResolution: null,
    });
    expect(await refusal(stale)).toEqual({ code: 'conflict', key: 'documents.rule.staleVersion' });
    const quality = await world.actor('quality');
    const byQuality = world.service.approve(quality, id, {
      etag: reply.document.etag,
      versionLabel: '0.1',
      comment: '',
      effectiveFrom: null,
      issuingResolution: null,
    });
    expect(await refusal(byQuality)).toEqual({ code: 'forbidden', key: 'documents.refused.approverRole' });
    const staleEtag = world.service.approve(director, id, {
      etag: '"1"',
      versionLabel: '0.1',
      comment: '',
      effectiveFrom: null,
      issuingResolution: null,
    });
    expect(await refusal(staleEtag)).toEqual({ code: 'conflict', key: 'error.stale' });
    expect((await world.service.detail(director, id)).document.status).toBe('inReview');
  });

  it('returns a draft with the approver’s comment to the owner, who can upload again', async () => {
    const world = documentsWorld();
    const { id, reply } = await submitted(world);
    const director = await world.actor('director');
    const returned = await world.service.returnDraft(director, id, {
      etag: reply.document.etag,
      versionLabel: '0.1',
      comment: 'Chybí přílohy.',
    });
    expect(returned.document.status).toBe('draft');
    expect(returned.document.revision).toMatchObject({ status: 'draft', returnComment: 'Chybí přílohy.' });
    expect(world.notifier.notices.at(-1)?.kind).toBe('returned');
    const owner = await world.actor('headOd');
    const again = await world.service.uploadDraft(owner, id, fileUpload(returned.document.etag));
    expect(again.document.revision?.label).toBe('0.2');
  });

  it('waits with a later effective date, and the daily step makes it effective on that day', async () => {
    const world = documentsWorld();
    const { id, reply } = await submitted(world);
    const director = await world.actor('director');
    const approved = await world.service.approve(director, id, {
      etag: reply.document.etag,
      versionLabel: '0.1',
      comment: '',
      effectiveFrom: '2027-01-01',
      issuingResolution: null,
    });
    expect(approved.document.status).toBe('approved');
    expect(await world.service.takeEffectDue('2026-12-31')).toBe(0);
    expect(world.notifier.notices.map((notice) => notice.kind)).toEqual(['submitted', 'approved']);
    expect(await world.service.takeEffectDue('2027-01-01')).toBe(1);
    const detail = await world.service.detail(director, id);
    expect(detail.document).toMatchObject({ status: 'effective', nextReviewDate: '2028-01-01' });
    expect(detail.events[0]).toMatchObject({ kind: 'tookEffect', versionLabel: '1.0' });
    expect(world.notifier.notices.at(-1)).toEqual({
      kind: 'tookEffect',
      documentId: id,
      versionLabel: '1.0',
    });
    expect(await world.service.takeEffectDue('2027-01-02')).toBe(0);
  });

  it('asks a council’s document for its resolution, and refuses an effective date in the past', async () => {
    const world = documentsWorld();
    const { id, reply } = await submitted(world, { issuingBody: 'council' });
    const director = await world.actor('director');
    const base = { etag: reply.document.etag, versionLabel: '0.1', comment: '', issuingResolution: null };
    expect(await refusal(world.service.approve(director, id, { ...base, effectiveFrom: null }))).toEqual({
      code: 'conflict',
      key: 'documents.rule.resolutionRequired',
    });
    expect(
      await refusal(world.service.approve(director, id, { ...base, effectiveFrom: '2026-12-02' })),
    ).toEqual({
      code: 'conflict',
      key: 'documents.rule.effectivePast',
    });
    const approved = await world.service.approve(director, id, {
      ...base,
      effectiveFrom: null,
      issuingResolution: 'usnesení RM č. 45/2026',
    });
    expect(approved.document.issuingResolution).toBe('usnesení RM č. 45/2026');
  });
});

describe('who may create what', () => {
  it('refuses employees, self-approval and people outside the directory; a taken code is said as such', async () => {
    const world = documentsWorld();
    const employee = await world.actor('employee');
    expect(await refusal(world.service.create(employee, { draft: draftOf(), fileType: 'pdf' }))).toEqual({
      code: 'forbidden',
      key: 'documents.refused.createRole',
    });
    const director = await world.actor('director');
    const own = world.service.create(director, { draft: draftOf({ ownerEmail: null }), fileType: 'pdf' });
    expect(await refusal(own)).toEqual({ code: 'badRequest', key: 'documents.refused.selfApproval' });
    const head = await world.actor('headOd');
    const forOther = world.service.create(head, {
      draft: draftOf({ ownerEmail: PEOPLE.headOsv.email }),
      fileType: 'pdf',
    });
    expect(await refusal(forOther)).toEqual({
      code: 'forbidden',
      key: 'documents.refused.ownerByQualityManager',
    });
    const quality = await world.actor('quality');
    const stranger = world.service.create(quality, {
      draft: draftOf({ reviewerEmails: ['nobody@lipova.example'] }),
      fileType: 'pdf',
    });
    expect(await refusal(stranger)).toEqual({ code: 'badRequest', key: 'documents.invalid.unknownPerson' });
    await world.service.create(quality, { draft: draftOf(), fileType: 'pdf' });
    const twice = world.service.create(quality, { draft: draftOf({ code: 'sm-01' }), fileType: 'pdf' });
    expect(await refusal(twice)).toEqual({ code: 'conflict', key: 'documents.invalid.codeTaken' });
  });
});

describe('uploads', () => {
  it('refuses another type, no length, an empty file, and keeps nothing of an upload that broke off', async () => {
    const world = documentsWorld();
    const quality = await world.actor('quality');
    const created = await world.service.create(quality, { draft: draftOf(), fileType: 'docx' });
    const { id, etag } = created.document;
    const pdf = fileUpload(etag, { name: 'SM-01.pdf', contentType: 'application/pdf' });
    expect(await refusal(world.service.uploadDraft(quality, id, pdf))).toEqual({
      code: 'unsupportedMediaType',
      key: 'documents.file.wrongType',
    });
    const disguised = fileUpload(etag, { contentType: 'text/html' });
    expect((await refusal(world.service.uploadDraft(quality, id, disguised))).code).toBe(
      'unsupportedMediaType',
    );
    const chunked = fileUpload(etag, { declaredBytes: null });
    expect(await refusal(world.service.uploadDraft(quality, id, chunked))).toEqual({
      code: 'badRequest',
      key: 'documents.file.lengthRequired',
    });
    expect(
      (await refusal(world.service.uploadDraft(quality, id, fileUpload(etag, { declaredBytes: 0 })))).key,
    ).toBe('documents.file.empty');
    const writes = world.store.writes;
    const broken = fileUpload(etag, { breakAfter: 1 });
    expect(await refusal(world.service.uploadDraft(quality, id, broken))).toEqual({
      code: 'badRequest',
      key: 'documents.file.incomplete',
    });
    const short = fileUpload(etag, { declaredBytes: 1000 });
    expect((await refusal(world.service.uploadDraft(quality, id, short))).key).toBe(
      'documents.file.incomplete',
    );
    const long = fileUpload(etag, { declaredBytes: 3 });
    expect((await refusal(world.service.uploadDraft(quality, id, long))).key).toBe(
      'documents.file.incomplete',
    );
    expect(world.store.writes).toBe(writes);
    const detail = await world.service.detail(quality, id);
    expect(detail.versions).toEqual([]);
    expect(detail.document.revision?.file).toBeNull();
  });

  it('refuses submitting before a file is there', async () => {
    const world = documentsWorld();
    const quality = await world.actor('quality');
    const created = await world.service.create(quality, { draft: draftOf(), fileType: 'docx' });
    const submit = world.service.submit(quality, created.document.id, {
      etag: created.document.etag,
      reasonForChange: '',
    });
    expect(await refusal(submit)).toEqual({ code: 'conflict', key: 'documents.rule.noFile' });
  });
});

describe('revisions and periodic review', () => {
  it('revises an effective document beside its version in force: readers keep 1.0 until 2.0 is approved', async () => {
    const world = documentsWorld();
    const { id, reply } = await effective(world);
    const owner = await world.actor('headOd');
    const revising = await world.service.review(owner, id, {
      etag: reply.document.etag,
      outcome: 'revise',
      note: 'Nový zákon o úřednících',
    });
    expect(revising.document).toMatchObject({
      status: 'effective',
      revision: { label: '1.1', status: 'draft' },
    });
    const clerk = await world.actor('clerk');
    const read = await world.service.detail(clerk, id);
    expect(read.document.revision).toBeNull();
    expect((await world.service.register(clerk, {})).items[0]).toMatchObject({
      versionLabel: '1.0',
      revisionStatus: null,
    });

    const uploaded = await world.service.uploadDraft(owner, id, fileUpload(revising.document.etag));
    expect(uploaded.document.revision?.label).toBe('1.1');
    expect(
      await refusal(world.service.submit(owner, id, { etag: uploaded.document.etag, reasonForChange: '' })),
    ).toEqual({ code: 'conflict', key: 'documents.rule.reasonRequired' });
    const sent = await world.service.submit(owner, id, {
      etag: uploaded.document.etag,
      reasonForChange: 'Zákon',
    });
    const director = await world.actor('director');
    const second = await world.service.approve(director, id, {
      etag: sent.document.etag,
      versionLabel: '1.1',
      comment: '',
      effectiveFrom: null,
      issuingResolution: null,
    });
    expect(second.document.effectiveVersion?.label).toBe('2.0');
    expect(second.versions.map((version) => [version.label, version.status])).toEqual([
      ['2.0', 'effective'],
      ['1.1', 'draft'],
      ['1.0', 'superseded'],
      ['0.1', 'draft'],
    ]);
    expect((await world.service.detail(clerk, id)).versions.map((version) => version.label)).toEqual([
      '2.0',
      '1.0',
    ]);
  });

  it('confirms a review without change: same version, the next review one interval from today', async () => {
    const world = documentsWorld();
    const { id, reply } = await effective(world, { reviewIntervalMonths: 24 });
    world.clock.set('2027-12-20T08:00:00Z');
    const owner = await world.actor('headOd');
    const confirmed = await world.service.review(owner, id, {
      etag: reply.document.etag,
      outcome: 'confirmed',
      note: '',
    });
    expect(confirmed.document).toMatchObject({
      nextReviewDate: '2029-12-20',
      effectiveVersion: { label: '1.0' },
    });
    expect(confirmed.events[0]).toMatchObject({ kind: 'reviewConfirmed', versionLabel: '1.0' });
  });

  it('withdraws an issued document: the approver may, the owner may not; nobody confirms it any more', async () => {
    const world = documentsWorld();
    const { id, reply } = await effective(world);
    const owner = await world.actor('headOd');
    expect(
      await refusal(world.service.withdraw(owner, id, { etag: reply.document.etag, reason: 'Zrušeno' })),
    ).toEqual({ code: 'forbidden', key: 'documents.refused.withdrawRole' });
    const director = await world.actor('director');
    const withdrawn = await world.service.withdraw(director, id, {
      etag: reply.document.etag,
      reason: 'Nahrazeno zákonem',
    });
    expect(withdrawn.document).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'Nahrazeno zákonem',
      effectiveVersion: null,
    });
    expect(withdrawn.versions[0]).toMatchObject({ label: '1.0', status: 'withdrawn' });
    const clerk = await world.actor('clerk');
    expect((await world.service.myPending(clerk)).pending).toEqual([]);
  });
});

describe('read and acknowledge', () => {
  it('records one confirmation per person and version; the second stores nothing and answers the same', async () => {
    const world = documentsWorld();
    const { id } = await effective(world);
    const clerk = await world.actor('clerk');
    expect((await world.service.myPending(clerk)).pending).toMatchObject([
      { documentId: id, versionLabel: '1.0', daysWaiting: 0 },
    ]);
    const first = await world.service.acknowledge(clerk, id, { versionLabel: '1.0' });
    world.clock.set('2026-12-04T09:00:00Z');
    const second = await world.service.acknowledge(clerk, id, { versionLabel: '1.0' });
    expect(second).toEqual(first);
    expect(first.acknowledgement).toEqual({
      required: true,
      versionLabel: '1.0',
      acknowledgedAt: '2026-12-03T09:00:00.000Z',
    });
    expect(first.allowed).toEqual([]);
    expect(world.acknowledgements.records).toHaveLength(1);
    expect((await world.service.myPending(clerk)).pending).toEqual([]);
  });

  it('refuses a superseded version and people outside the audience', async () => {
    const world = documentsWorld();
    const { id } = await effective(world, {
      acknowledgementAudience: { scope: 'departments', departmentCodes: ['OSV'], roles: [] },
    });
    const clerk = await world.actor('clerk');
    expect(await refusal(world.service.acknowledge(clerk, id, { versionLabel: '0.1' }))).toEqual({
      code: 'conflict',
      key: 'documents.rule.supersededVersion',
    });
    const employee = await world.actor('employee');
    expect(await refusal(world.service.acknowledge(employee, id, { versionLabel: '1.0' }))).toEqual({
      code: 'forbidden',
      key: 'documents.refused.notInAudience',
    });
    expect(world.acknowledgements.records).toEqual([]);
  });

  it('counts who confirmed per department, and whoever joined later waits from the day they joined', async () => {
    const world = documentsWorld({ joinedOn: { [PEOPLE.employee.email]: '2026-12-10' } });
    const { id } = await effective(world);
    await world.service.acknowledge(await world.actor('clerk'), id, { versionLabel: '1.0' });
    await world.service.acknowledge(await world.actor('reviewer'), id, { versionLabel: '1.0' });
    const rates = await world.service.acknowledgementRates(await world.actor('quality'), id);
    expect(rates.total).toEqual({ audience: 7, acknowledged: 2 });
    expect(rates.byDepartment).toEqual([
      { departmentCode: 'KT', departmentName: 'Kancelář tajemníka', audience: 2, acknowledged: 0 },
      { departmentCode: 'OD', departmentName: 'Odbor dopravy', audience: 2, acknowledged: 0 },
      { departmentCode: 'OSV', departmentName: 'Odbor sociálních věcí', audience: 3, acknowledged: 2 },
    ]);
    expect(await refusal(world.service.acknowledgementRates(await world.actor('clerk'), id))).toEqual({
      code: 'forbidden',
      key: 'documents.refused.ratesRole',
    });
    world.clock.set('2026-12-15T09:00:00Z');
    const employee = await world.actor('employee');
    expect((await world.service.myPending(employee)).pending[0]?.daysWaiting).toBe(5);
    expect((await world.service.myPending(await world.actor('headOsv'))).pending[0]?.daysWaiting).toBe(12);
  });
});

describe('the register, the overview and CAF evidence', () => {
  it('searches code and title without regard to accents or case, pages, and flags overdue reviews', async () => {
    const world = documentsWorld();
    await effective(world, { code: 'EK-01', title: 'Etický kodex', reviewIntervalMonths: 1 });
    await effective(world, { code: 'SM-02', title: 'Standard orientace na zákazníka' });
    await effective(world, { code: 'SM-10', title: 'Protikorupční strategie', kind: 'strategy' });
    const clerk = await world.actor('clerk');
    expect(
      (await world.service.register(clerk, { search: 'ETICKY' })).items.map((item) => item.code),
    ).toEqual(['EK-01']);
    expect(
      (await world.service.register(clerk, { search: 'sm zakaz' })).items.map((item) => item.code),
    ).toEqual(['SM-02']);
    const first = await world.service.register(clerk, { pageSize: 2 });
    expect(first.items.map((item) => item.code)).toEqual(['EK-01', 'SM-02']);
    expect(first).toMatchObject({ total: 3, nextPage: 'p2', mayCreate: false, pendingAcknowledgements: 3 });
    const second = await world.service.register(clerk, { pageSize: 2, page: first.nextPage! });
    expect(second.items.map((item) => item.code)).toEqual(['SM-10']);
    world.clock.set('2027-01-04T09:00:00Z');
    const overdue = await world.service.register(clerk, { reviewOverdue: true });
    expect(overdue.items.map((item) => [item.code, item.reviewOverdue])).toEqual([['EK-01', true]]);
  });

  it('gives the quality manager approvals waiting, reviews due and rates; others are refused', async () => {
    const world = documentsWorld();
    await effective(world, { code: 'EK-01', title: 'Etický kodex', reviewIntervalMonths: 1 });
    await submitted(world, { code: 'SM-02', title: 'Standard' });
    expect((await world.service.overview(await world.actor('quality'))).reviewsDue).toEqual([]);
    // 31 days before the review it is not due yet; 30 days before it is.
    world.clock.set('2026-12-04T09:00:00Z');
    const overview = await world.service.overview(await world.actor('quality'));
    expect(overview.awaitingApproval.map((row) => row.code)).toEqual(['SM-02']);
    expect(overview.reviewsDue.map((row) => [row.code, row.nextReviewDate])).toEqual([
      ['EK-01', '2027-01-03'],
    ]);
    expect(overview.acknowledgementsByDocument).toEqual([
      {
        documentId: 1,
        code: 'EK-01',
        title: 'Etický kodex',
        versionLabel: '1.0',
        audience: 7,
        acknowledged: 0,
      },
    ]);
    expect(overview.acknowledgementsByDepartment.map((row) => row.departmentCode)).toEqual([
      'KT',
      'OD',
      'OSV',
    ]);
    expect(await refusal(world.service.overview(await world.actor('headOsv')))).toEqual({
      code: 'forbidden',
      key: 'documents.refused.overviewRole',
    });
  });

  it('lists effective documents as evidence by subcriterion, and the version in force on a past date', async () => {
    const world = documentsWorld();
    const { id, reply } = await effective(world, { relatedSubcriteria: ['1.1'] });
    await submitted(world, { code: 'SM-02', relatedSubcriteria: ['1.1'] });
    expect((await world.service.evidence()).bySubcriterion).toEqual({
      '1.1': [
        {
          documentId: id,
          code: 'SM-01',
          title: 'Metodika řízení kvality',
          kind: 'methodology',
          versionLabel: '1.0',
          effectiveFrom: '2026-12-03',
          webUrl: expect.any(String),
        },
      ],
    });
    expect((await world.service.evidence(['5.1'])).bySubcriterion).toEqual({});
    // Revised later: on the old date the report still lists 1.0.
    world.clock.set('2027-03-01T09:00:00Z');
    const owner = await world.actor('headOd');
    const revising = await world.service.review(owner, id, {
      etag: reply.document.etag,
      outcome: 'revise',
      note: 'x',
    });
    const uploaded = await world.service.uploadDraft(owner, id, fileUpload(revising.document.etag));
    const sent = await world.service.submit(owner, id, {
      etag: uploaded.document.etag,
      reasonForChange: 'x',
    });
    await world.service.approve(await world.actor('director'), id, {
      etag: sent.document.etag,
      versionLabel: '1.1',
      comment: '',
      effectiveFrom: null,
      issuingResolution: null,
    });
    expect((await world.service.documentsInForce('2027-01-15')).map((d) => d.versionLabel)).toEqual(['1.0']);
    expect((await world.service.documentsInForce('2027-03-01')).map((d) => d.versionLabel)).toEqual(['2.0']);
    expect(await world.service.documentsInForce('2026-12-01')).toEqual([]);
  });
});
