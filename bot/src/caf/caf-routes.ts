import {
  isLocale,
  officeDate,
  type DocumentEvidence,
  type ConsensusBoard,
  type ConsensusEntry,
  type CycleDetail,
  type CycleListReply,
  type CycleResultsView,
  type CycleSummary,
  type Department,
  type IndividualScore,
  type MeasureListReply,
  type MyScores,
  type PlanMeasure,
  type SubmittedReply,
  type SurveyEvidence,
  type TeamMember,
  DomainError,
} from '@kvalita/core';
import {
  approveReportBodySchema,
  consensusBodySchema,
  returnReportBodySchema,
  stepBackBodySchema,
  moveStatusBodySchema,
  newCycleSchema,
  newMeasureBodySchema,
  scoreDraftBodySchema,
  setBaselineBodySchema,
  teamMemberBodySchema,
} from '@kvalita/core/schemas';
import { Router, type Request, type RequestHandler } from 'express';
import type { Identity } from '../platform/auth/identity';
import type { CafService } from './caf-service';
import { buildReportDocx, DOCX_CONTENT_TYPE } from './report/build-report';
import type { ReportMysteryEvidence } from './report/report.types';
import { localeFromAcceptLanguage } from '../platform/http/locale';
import { cafReport } from './caf-report';
import { parseBody } from '../platform/http/parse-body';

type Authenticated = Request & { identity?: Identity };

/** Surveys that are evidence for a cycle ending on `cycleEndDate` (bot/src/surveys/survey-evidence.ts). */
export type SurveyEvidenceSource = (cycleEndDate: string) => Promise<readonly SurveyEvidence[]>;

/** Mystery-shopping campaigns with released results that are evidence for a cycle ending on a date. */
export type MysteryEvidenceSource = (cycleEndDate: string) => Promise<readonly ReportMysteryEvidence[]>;

/** The controlled documents in force on a date (DocumentsService.documentsInForce). */
export type DocumentsInForceSource = (onDate: string) => Promise<readonly DocumentEvidence[]>;

/**
 * /api/caf/*: thin HTTP over CafService (docs/api-caf.md); every rule lives in the service. Bodies
 * are parsed with the contract's schemas (400 naming the field otherwise), replies typed as its.
 */
export function cafRouter(
  service: CafService,
  authenticate: RequestHandler,
  officeName: string,
  surveyEvidence: SurveyEvidenceSource = async () => [],
  departments: () => Promise<readonly Department[]> = async () => [],
  documentsInForce: DocumentsInForceSource | null = null,
  mysteryEvidence: MysteryEvidenceSource = async () => [],
): Router {
  const router = Router();
  router.use(authenticate);
  const who = (req: Request): Identity => {
    const identity = (req as Authenticated).identity;
    if (!identity) throw new DomainError('unauthorized');
    return identity;
  };
  const id = (req: Request) => Number(req.params['id']);
  const param = (req: Request, name: string) => String(req.params[name] ?? '');

  router.get('/cycles', async (req, res) =>
    res.json({ cycles: await service.listCycles(who(req)) } satisfies CycleListReply),
  );
  router.post('/cycles', async (req, res) => {
    const cycle = parseBody(newCycleSchema, req.body);
    res.status(201).json((await service.createCycle(who(req), cycle)) satisfies CycleSummary);
  });
  router.get('/cycles/:id', async (req, res) =>
    res.json((await service.cycleDetail(who(req), id(req))) satisfies CycleDetail),
  );
  router.post('/cycles/:id/status', async (req, res) => {
    const { status, endScoring } = parseBody(moveStatusBodySchema, req.body);
    res.json(
      (await service.moveStatus(who(req), id(req), status, {
        endScoring: endScoring === true,
      })) satisfies CycleSummary,
    );
  });
  router.post('/cycles/:id/status/back', async (req, res) => {
    const { reason } = parseBody(stepBackBodySchema, req.body);
    res.json((await service.stepBack(who(req), id(req), reason)) satisfies CycleSummary);
  });
  router.post('/cycles/:id/team', async (req, res) => {
    const member = parseBody(teamMemberBodySchema, req.body);
    res.status(201).json((await service.addTeamMember(who(req), id(req), member)) satisfies TeamMember);
  });
  router.delete('/cycles/:id/team/:email', async (req, res) => {
    await service.removeTeamMember(who(req), id(req), param(req, 'email'));
    res.status(204).end();
  });
  router.get('/cycles/:id/my-scores', async (req, res) =>
    res.json((await service.myScores(who(req), id(req))) satisfies MyScores),
  );
  router.put('/cycles/:id/my-scores/:code', async (req, res) => {
    const draft = parseBody(scoreDraftBodySchema, req.body);
    res.json(
      (await service.saveMyScore(who(req), id(req), param(req, 'code'), draft)) satisfies IndividualScore,
    );
  });
  router.post('/cycles/:id/my-scores/submit', async (req, res) =>
    res.json((await service.submitMyScores(who(req), id(req))) satisfies SubmittedReply),
  );
  router.get('/cycles/:id/consensus', async (req, res) =>
    res.json(
      (await service.consensusBoard(
        who(req),
        id(req),
        req.query['hideNames'] === 'true',
      )) satisfies ConsensusBoard,
    ),
  );
  router.put('/cycles/:id/consensus/:code', async (req, res) => {
    const consensus = parseBody(consensusBodySchema, req.body);
    res.json(
      (await service.setConsensus(who(req), id(req), param(req, 'code'), consensus)) satisfies ConsensusEntry,
    );
  });
  router.get('/cycles/:id/results', async (req, res) =>
    res.json((await service.results(id(req))) satisfies CycleResultsView),
  );
  router.put('/cycles/:id/baseline', async (req, res) => {
    const { previousCycleId } = parseBody(setBaselineBodySchema, req.body);
    res.json((await service.setBaseline(who(req), id(req), previousCycleId)) satisfies CycleResultsView);
  });
  router.get('/cycles/:id/report.docx', async (req, res) => {
    const requested = req.query['locale'];
    if (requested !== undefined && !isLocale(requested)) {
      throw new DomainError('badRequest', { details: 'locale must be cs or en' });
    }
    const locale = requested ?? localeFromAcceptLanguage(req.headers['accept-language']);
    const data = await service.reportData(who(req), id(req));
    // Documents in force when the assessment ended, or today while the cycle runs.
    const today = officeDate(new Date());
    const onDate = data.cycle.endDate < today ? data.cycle.endDate : today;
    const [evidence, officeDepartments, documents, campaigns] = await Promise.all([
      surveyEvidence(data.cycle.endDate),
      departments(),
      documentsInForce ? documentsInForce(onDate) : Promise.resolve(null),
      mysteryEvidence(data.cycle.endDate),
    ]);
    const document = await buildReportDocx(
      cafReport(data, {
        locale,
        officeName,
        generatedAt: new Date().toISOString(),
        surveyEvidence: evidence,
        departments: officeDepartments,
        ...(documents ? { documentsInForce: { onDate, documents } } : {}),
        mysteryEvidence: campaigns,
      }),
    );
    res.setHeader('Content-Type', DOCX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="caf-report-${id(req)}-${locale}.docx"`);
    res.send(document);
  });
  router.post('/cycles/:id/report/approve', async (req, res) => {
    const { comment } = parseBody(approveReportBodySchema, req.body ?? {});
    res.json((await service.approveReport(who(req), id(req), comment ?? '')) satisfies CycleSummary);
  });
  router.post('/cycles/:id/report/return', async (req, res) => {
    const { reason } = parseBody(returnReportBodySchema, req.body);
    res.json((await service.returnReport(who(req), id(req), reason)) satisfies CycleSummary);
  });
  router.get('/cycles/:id/measures', async (req, res) =>
    res.json({ measures: await service.planMeasures(id(req)) } satisfies MeasureListReply),
  );
  router.post('/cycles/:id/measures', async (req, res) => {
    const measure = parseBody(newMeasureBodySchema, req.body);
    res.status(201).json((await service.createMeasure(who(req), id(req), measure)) satisfies PlanMeasure);
  });
  return router;
}
