import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  STAFF_MODEL,
  type CompetencyModelReply,
  type FeedbackCycleReply,
  type FeedbackEvidenceReply,
  type FeedbackReportReply,
  type MyFeedbackDataReply,
  type MyFeedbackReply,
  type OrganisationReply,
  type RatingReply,
} from '@kvalita/core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { callFeedback, rawFeedback, startFeedbackApp, type FeedbackTestApp } from './feedback-test-app';
import { COORDINATOR, advance, at, createdModel, ratingCycle, ratingsOf } from './feedback-flow';

/** The whole 360 flow over HTTP: model, cycle, nominations, answers, release, report and its .docx. */
describe('360 feedback API: a cycle from model to report', () => {
  let app: FeedbackTestApp;
  beforeAll(async () => {
    app = await startFeedbackApp();
  });
  afterAll(() => app.stop());

  it('exports a model as .xlsx and imports it back as a new model with the same content', async () => {
    const model = await createdModel(app);
    const exported = await rawFeedback(app, 'GET', `/models/${model.id}/export?locale=cs`, COORDINATOR);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
    expect(exported.headers.get('content-disposition')).toContain(`${model.modelKey}-v1.xlsx`);
    const bytes = new Uint8Array(await exported.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.getWorksheet('Kompetence')?.getRow(1).getCell(7).text).toBe('Pozorovatelné chování');
    const imported = await rawFeedback(app, 'POST', '/models/import', COORDINATOR, bytes);
    expect(imported.status).toBe(201);
    const reply = (await imported.json()) as CompetencyModelReply;
    const { id: _id, modelKey, etag: _etag, createdAt: _c, modifiedAt: _m, ...content } = reply.model;
    const { id: _id2, modelKey: original, etag: _etag2, createdAt: _c2, modifiedAt: _m2, ...before } = model;
    expect(content).toEqual(before);
    expect(modelKey).not.toBe(original);
  });

  it('runs nominations, answers (a double submit storing nothing), a polite refusal once closed, and a released report', async () => {
    const { cycle, marie } = await ratingCycle(app);
    expect(app.calls.map((call) => call.what)).toEqual(
      expect.arrayContaining(['nominationsOpened', 'nominationsSubmitted', 'ratingStarted']),
    );
    const form = `/cycles/${cycle.id}/forms/${marie}`;
    const answer = (who: string, point: number, comments: Record<string, string> = {}) =>
      callFeedback<RatingReply>(app, 'POST', form, who, { ratings: ratingsOf(point), comments });
    const groupKey = STAFF_MODEL.groups[0]?.key ?? '';
    expect((await callFeedback(app, 'GET', form, 'karel.novy')).body).toMatchObject({
      group: 'peer',
      done: false,
    });
    expect((await answer('marie.prochazkova', 5)).body.stored).toBe(true);
    expect((await answer('lucie.dvorakova', 3, { [groupKey]: 'Potřebuje delegovat.' })).body.stored).toBe(
      true,
    );
    for (const local of ['karel.novy', 'hana.mala', 'ondrej.kral']) {
      const reply = await answer(local, 2, { [groupKey]: `Poznámka ${local}` });
      expect(reply.body.stored).toBe(true);
    }
    // Jiří alone in "other": stored, but a group of one the report drops (and says so).
    expect((await answer('jiri.kucera', 1, { [groupKey]: 'Poznámka od jiri' })).body.stored).toBe(true);
    const again = await answer('karel.novy', 5);
    expect([again.status, again.body.stored]).toEqual([200, false]);
    expect(app.stores.storedAnswers()).toHaveLength(6);
    const declined = await callFeedback<RatingReply>(app, 'POST', `${form}/decline`, 'petra.sedla', {
      reason: 'S Marií nespolupracuji.',
    });
    expect(declined.body.stored).toBe(true);
    const mine = await callFeedback<MyFeedbackReply>(app, 'GET', '/mine', 'karel.novy');
    expect(mine.body.forms.find((f) => f.subjectId === marie)?.done).toBe(true);

    const detail = await callFeedback<FeedbackCycleReply>(app, 'GET', `/cycles/${cycle.id}`, COORDINATOR);
    expect(detail.body.progress).toMatchObject({ formsDone: 6, declined: 1, reportsWithGroups: 1 });
    const closed = await advance(app, cycle.id, detail.body.cycle.etag, 'closed');
    const late = await callFeedback(
      app,
      'POST',
      form,
      'jiri.kucera',
      { ratings: ratingsOf(4), comments: {} },
      'cs',
    );
    expect([late.status, late.body.error?.code]).toEqual([409, 'conflict']);
    expect(late.body.error?.message).toBe(
      'Cyklus zpětné vazby je uzavřen, odpovědi už nepřijímáme. Děkujeme.',
    );

    const unconfirmed = await callFeedback(app, 'POST', `/cycles/${cycle.id}/advance`, COORDINATOR, {
      etag: closed.etag,
      to: 'released',
    });
    expect([unconfirmed.status, unconfirmed.body.error?.reason?.key]).toEqual([
      400,
      'feedback.invalid.releaseUnconfirmed',
    ]);
    await advance(app, cycle.id, closed.etag, 'released');

    const reportPath = `/cycles/${cycle.id}/reports/${marie}`;
    const report = await callFeedback<FeedbackReportReply>(app, 'GET', reportPath, 'marie.prochazkova');
    expect(report.body.report.groups.map((group) => group.group)).toEqual(['self', 'manager', 'peer']);
    expect(report.body.report.competencies[0]).toMatchObject({ self: { mean: 5 }, finding: 'blindSpot' });
    expect((await callFeedback(app, 'GET', reportPath, COORDINATOR)).status).toBe(403);

    const goal = await callFeedback<FeedbackReportReply>(
      app,
      'POST',
      `${reportPath}/goals`,
      'marie.prochazkova',
      {
        competencyKey: report.body.report.competencies[0]?.key,
        text: 'Požádat dva kolegy o zpětnou vazbu k vysvětlování',
        dueDate: '2027-06-30',
        link: { kind: 'measure', measureId: 12 },
      },
    );
    expect(goal.status).toBe(201);

    const docx = await rawFeedback(app, 'GET', `${reportPath}/docx?locale=cs`, 'lucie.dvorakova');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '')
      .replace(/<\/w:p>/g, ' ')
      .replace(/<[^>]+>/g, '');
    expect(text).toContain('Marie Procházková');
    expect(text).toContain('Ostatní (1 odp.): vynecháno');
    expect(text).toContain('Požádat dva kolegy o zpětnou vazbu');
    expect(text).toContain('Potřebuje delegovat. (Vedoucí)');
    expect(text).not.toContain('jiri');
    expect((await rawFeedback(app, 'GET', `${reportPath}/docx`, 'karel.novy')).status).toBe(403);

    const office = await callFeedback<OrganisationReply>(
      app,
      'GET',
      `/cycles/${cycle.id}/organisation`,
      'petr.svoboda',
    );
    expect(office.body.hiddenDepartments).toEqual(expect.arrayContaining(['OSV-SP']));
    const evidence = await callFeedback<FeedbackEvidenceReply>(app, 'GET', '/evidence', 'eva.vesela');
    expect(evidence.body.bySubcriterion['3.2']?.[0]?.cycleId).toBe(cycle.id);

    const data = await callFeedback<MyFeedbackDataReply>(app, 'GET', '/my-data', 'marie.prochazkova');
    expect(data.body.asSubject[0]?.goals).toHaveLength(1);
    const erased = await callFeedback(
      app,
      'DELETE',
      `/people/${encodeURIComponent(at('karel.novy'))}`,
      COORDINATOR,
    );
    expect(erased.body).toMatchObject({ subjectsRemoved: 1, answersUnlinked: 1 });
    const after = await callFeedback<FeedbackReportReply>(app, 'GET', reportPath, 'marie.prochazkova');
    expect(after.body.report.competencies).toEqual(report.body.report.competencies);
  });
});
