import {
  DomainError,
  FEEDBACK_LIMITS,
  normalizeEmail,
  type CompetencyModelReply,
  type CompetencyModelsReply,
  type CycleLoadReply,
  type CycleSubjectsReply,
  type ErasePersonReply,
  type FeedbackCycleReply,
  type FeedbackCyclesReply,
  type FeedbackEvidenceReply,
  type FeedbackReportReply,
  type MyFeedbackDataReply,
  type MyFeedbackReply,
  type OrganisationReply,
  type RatingForm,
  type RatingReply,
  type SubjectNominationsReply,
} from '@kvalita/core';
import {
  advanceCycleRequestSchema,
  copyModelRequestSchema,
  createCycleRequestSchema,
  createModelRequestSchema,
  declineRatingRequestSchema,
  editCycleRequestSchema,
  editModelRequestSchema,
  feedbackGoalDeleteQuerySchema,
  feedbackSubjectsQuerySchema,
  goalRequestSchema,
  nominationDecisionRequestSchema,
  setNominationsRequestSchema,
  submitRatingBodySchema,
} from '@kvalita/core/schemas';
import express, { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Identity } from '../platform/auth/identity';
import { parseBody } from '../platform/http/parse-body';
import { noStore, pathId, requestLocale, sendDownload } from '../platform/http/request-parts';
import { XLSX_CONTENT_TYPE } from '../surveys/results-export';
import { DOCX_CONTENT_TYPE } from '../caf/report/build-report';
import { draftOf } from './feedback-models';
import type { FeedbackService } from './feedback-service';
import { readModelWorkbook } from './exports/model-import';
import { modelWorkbook } from './exports/model-workbook';
import { buildFeedbackReportDocx } from './exports/report-docx';

export interface FeedbackRoutesDeps {
  readonly authenticate: RequestHandler;
  readonly feedback: FeedbackService;
  /** Printed on the report (.docx), e.g. "Městský úřad Lipová". */
  readonly officeName: string;
}

type Authenticated = Request & { identity?: Identity };

const emptyBody = z.strictObject({});
const goalEditSchema = goalRequestSchema.refine((goal) => goal.etag !== undefined, {
  message: 'etag is required: the one the goal was read with',
  path: ['etag'],
});
const emailPathSchema = z.email().max(FEEDBACK_LIMITS.email);

/**
 * Mounted at /api/feedback (docs/api-feedback.md); thin HTTP over FeedbackService: bodies and
 * query strings parsed with the contract's schemas (400 naming the field), replies typed as the
 * contract's, every rule in the service. The .xlsx import reads its body raw, up to the import limit.
 */
export function feedbackRoutes(deps: FeedbackRoutesDeps): Router {
  const { feedback } = deps;
  const router = Router();
  const json = express.json({ limit: '256kb', strict: true });
  const workbookBody = express.raw({ type: () => true, limit: FEEDBACK_LIMITS.importBytes });
  router.use(deps.authenticate);
  const actor = async (req: Request) => {
    const identity = (req as Authenticated).identity;
    if (!identity) throw new DomainError('unauthorized');
    return feedback.actorOf(identity);
  };
  const id = (req: Request, name = 'id'): number => pathId(req, name);

  // ── Competency models ──
  router.get('/models', async (req, res) => {
    noStore(res);
    res.json((await feedback.listModels(await actor(req))) satisfies CompetencyModelsReply);
  });
  router.post('/models', json, async (req, res) => {
    const body = parseBody(createModelRequestSchema, req.body);
    const reply = await feedback.createModel(await actor(req), body);
    res
      .status(201)
      .location(`${req.baseUrl}/models/${reply.model.id}`)
      .json(reply satisfies CompetencyModelReply);
  });
  router.post('/models/import', workbookBody, async (req, res) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== XLSX_CONTENT_TYPE && type !== 'application/octet-stream')
      throw new DomainError('unsupportedMediaType', { details: `send the workbook as ${XLSX_CONTENT_TYPE}` });
    const who = await actor(req);
    if (!Buffer.isBuffer(req.body) || req.body.length === 0)
      throw new DomainError('badRequest', { details: 'the body is the .xlsx workbook' });
    const body: Buffer = req.body;
    const reply = await feedback.importModel(who, () => readModelWorkbook(body));
    res
      .status(201)
      .location(`${req.baseUrl}/models/${reply.model.id}`)
      .json(reply satisfies CompetencyModelReply);
  });
  router.get('/models/:id', async (req, res) => {
    noStore(res);
    res.json((await feedback.model(await actor(req), id(req))) satisfies CompetencyModelReply);
  });
  router.put('/models/:id', json, async (req, res) => {
    const body = parseBody(editModelRequestSchema, req.body);
    res.json((await feedback.editModel(await actor(req), id(req), body)) satisfies CompetencyModelReply);
  });
  router.post('/models/:id/copy', json, async (req, res) => {
    const body = parseBody(copyModelRequestSchema, req.body);
    const reply = await feedback.copyModel(await actor(req), id(req), body);
    res
      .status(201)
      .location(`${req.baseUrl}/models/${reply.model.id}`)
      .json(reply satisfies CompetencyModelReply);
  });
  router.post('/models/:id/versions', json, async (req, res) => {
    parseBody(emptyBody, req.body ?? {});
    const reply = await feedback.newModelVersion(await actor(req), id(req));
    res
      .status(201)
      .location(`${req.baseUrl}/models/${reply.model.id}`)
      .json(reply satisfies CompetencyModelReply);
  });
  router.get('/models/:id/export', async (req, res) => {
    const locale = requestLocale(req);
    const { model } = await feedback.model(await actor(req), id(req));
    const bytes = await modelWorkbook(draftOf(model), locale);
    sendDownload(res, XLSX_CONTENT_TYPE, `${model.modelKey}-v${model.version}.xlsx`, bytes);
  });

  // ── Cycles ──
  router.get('/cycles', async (req, res) => {
    noStore(res);
    res.json((await feedback.listCycles(await actor(req))) satisfies FeedbackCyclesReply);
  });
  router.post('/cycles', json, async (req, res) => {
    const body = parseBody(createCycleRequestSchema, req.body);
    const reply = await feedback.createCycle(await actor(req), body);
    res
      .status(201)
      .location(`${req.baseUrl}/cycles/${reply.cycle.id}`)
      .json(reply satisfies FeedbackCycleReply);
  });
  router.get('/cycles/:id', async (req, res) => {
    noStore(res);
    res.json((await feedback.cycle(await actor(req), id(req))) satisfies FeedbackCycleReply);
  });
  router.put('/cycles/:id', json, async (req, res) => {
    const body = parseBody(editCycleRequestSchema, req.body);
    res.json((await feedback.editCycle(await actor(req), id(req), body)) satisfies FeedbackCycleReply);
  });
  router.post('/cycles/:id/advance', json, async (req, res) => {
    const body = parseBody(advanceCycleRequestSchema, req.body);
    res.json((await feedback.advanceCycle(await actor(req), id(req), body)) satisfies FeedbackCycleReply);
  });
  router.get('/cycles/:id/subjects', async (req, res) => {
    const query = parseBody(feedbackSubjectsQuerySchema, req.query);
    noStore(res);
    const reply = await feedback.subjects(await actor(req), id(req), {
      pageSize: query.pageSize ?? FEEDBACK_LIMITS.pageSize.default,
      ...(query.page === undefined ? {} : { page: query.page }),
      ...(query.state === undefined ? {} : { state: query.state }),
      ...(query.email === undefined ? {} : { email: query.email }),
    });
    res.json(reply satisfies CycleSubjectsReply);
  });
  router.get('/cycles/:id/load', async (req, res) => {
    noStore(res);
    res.json((await feedback.load(await actor(req), id(req))) satisfies CycleLoadReply);
  });
  router.get('/cycles/:id/organisation', async (req, res) => {
    noStore(res);
    res.json((await feedback.organisation(await actor(req), id(req))) satisfies OrganisationReply);
  });

  // ── Nominations ──
  router.get('/cycles/:id/subjects/:subjectId', async (req, res) => {
    noStore(res);
    const reply = await feedback.nominations(await actor(req), id(req), id(req, 'subjectId'));
    res.json(reply satisfies SubjectNominationsReply);
  });
  router.put('/cycles/:id/subjects/:subjectId/nominations', json, async (req, res) => {
    const body = parseBody(setNominationsRequestSchema, req.body);
    const reply = await feedback.setNominations(await actor(req), id(req), id(req, 'subjectId'), body);
    res.json(reply satisfies SubjectNominationsReply);
  });
  router.post('/cycles/:id/subjects/:subjectId/submit', json, async (req, res) => {
    const body = parseBody(nominationDecisionRequestSchema, req.body);
    const reply = await feedback.submitNominations(await actor(req), id(req), id(req, 'subjectId'), body);
    res.json(reply satisfies SubjectNominationsReply);
  });
  router.post('/cycles/:id/subjects/:subjectId/approve', json, async (req, res) => {
    const body = parseBody(nominationDecisionRequestSchema, req.body);
    const reply = await feedback.approveNominations(await actor(req), id(req), id(req, 'subjectId'), body);
    res.json(reply satisfies SubjectNominationsReply);
  });

  // ── Answering ──
  router.get('/cycles/:id/forms/:subjectId', async (req, res) => {
    noStore(res);
    res.json((await feedback.form(await actor(req), id(req), id(req, 'subjectId'))) satisfies RatingForm);
  });
  router.post('/cycles/:id/forms/:subjectId', json, async (req, res) => {
    const body = parseBody(submitRatingBodySchema, req.body);
    const reply = await feedback.submitRating(await actor(req), id(req), id(req, 'subjectId'), body);
    res.json(reply satisfies RatingReply);
  });
  router.post('/cycles/:id/forms/:subjectId/decline', json, async (req, res) => {
    const body = parseBody(declineRatingRequestSchema, req.body);
    const reply = await feedback.decline(await actor(req), id(req), id(req, 'subjectId'), body);
    res.json(reply satisfies RatingReply);
  });
  router.get('/mine', async (req, res) => {
    noStore(res);
    res.json((await feedback.mine(await actor(req))) satisfies MyFeedbackReply);
  });

  // ── Reports and goals ──
  router.get('/cycles/:id/reports/:subjectId', async (req, res) => {
    noStore(res);
    const reply = await feedback.report(await actor(req), id(req), id(req, 'subjectId'));
    res.json(reply satisfies FeedbackReportReply);
  });
  router.get('/cycles/:id/reports/:subjectId/docx', async (req, res) => {
    const locale = requestLocale(req);
    const { reply, groupNames } = await feedback.reportDocument(
      await actor(req),
      id(req),
      id(req, 'subjectId'),
    );
    const bytes = await buildFeedbackReportDocx({
      locale,
      officeName: deps.officeName,
      report: reply.report,
      goals: reply.goals,
      groupNames,
    });
    const name = `${reply.report.cycleName} – ${reply.report.subject.displayName}.docx`;
    sendDownload(res, DOCX_CONTENT_TYPE, name, bytes);
  });
  router.post('/cycles/:id/reports/:subjectId/goals', json, async (req, res) => {
    const body = parseBody(goalRequestSchema, req.body);
    const reply = await feedback.addGoal(await actor(req), id(req), id(req, 'subjectId'), body);
    res.status(201).json(reply satisfies FeedbackReportReply);
  });
  router.put('/cycles/:id/reports/:subjectId/goals/:goalId', json, async (req, res) => {
    const body = parseBody(goalEditSchema, req.body);
    const reply = await feedback.editGoal(
      await actor(req),
      id(req),
      id(req, 'subjectId'),
      id(req, 'goalId'),
      {
        ...body,
        etag: body.etag ?? '',
      },
    );
    res.json(reply satisfies FeedbackReportReply);
  });
  router.delete('/cycles/:id/reports/:subjectId/goals/:goalId', async (req, res) => {
    const { etag } = parseBody(feedbackGoalDeleteQuerySchema, req.query);
    const reply = await feedback.removeGoal(
      await actor(req),
      id(req),
      id(req, 'subjectId'),
      id(req, 'goalId'),
      etag,
    );
    res.json(reply satisfies FeedbackReportReply);
  });

  // ── The office, CAF, privacy ──
  router.get('/evidence', async (req, res) => {
    await actor(req);
    noStore(res);
    res.json((await feedback.evidence()) satisfies FeedbackEvidenceReply);
  });
  router.get('/my-data', async (req, res) => {
    noStore(res);
    res.json((await feedback.myData(await actor(req))) satisfies MyFeedbackDataReply);
  });
  router.delete('/people/:email', async (req, res) => {
    const email = parseBody(emailPathSchema, String(req.params['email'] ?? ''));
    const reply = await feedback.erasePerson(await actor(req), normalizeEmail(email));
    res.json(reply satisfies ErasePersonReply);
  });
  router.use(() => {
    throw new DomainError('notFound');
  });
  return router;
}
