import {
  DomainError,
  inLocale,
  isLocale,
  translate,
  type Locale,
  type PreviewCardReply,
  type SurveyDetail,
  type SurveyEvidence,
  type SurveyEvidenceReply,
  type SurveyListReply,
  type SurveyReply,
  type SurveyResults,
  type SurveyTemplatesReply,
} from '@kvalita/core';
import {
  createSurveyBodySchema,
  previewSurveyBodySchema,
  surveyEtagSchema,
  surveyStepBodySchema,
  updateSurveyBodySchema,
} from '@kvalita/core/schemas';
import { Router, type Request, type RequestHandler } from 'express';
import { localeFromAcceptLanguage } from '../platform/http/locale';
import { parseBody } from '../platform/http/parse-body';
import type { Identity } from '../platform/auth/identity';
import type { CafService } from '../caf/caf-service';
import { XLSX_CONTENT_TYPE, attachmentDisposition, resultsWorkbook } from './results-export';
import type { SurveyResultsService } from './survey-results';
import type { SurveyService } from './survey-service';

/** What the survey API (authoring, preview, results, export, CAF evidence) is built on; built once. */
export interface SurveyRoutesDeps {
  readonly authenticate: RequestHandler;
  readonly surveys: SurveyService;
  readonly results: SurveyResultsService;
  /** Cycle access follows the CAF API's own rules, so evidence is seen by exactly those who may open the cycle. */
  readonly caf: CafService;
  /** Surveys that are evidence for a cycle ending on the given date. */
  readonly evidence: (cycleEndDate: string) => Promise<readonly SurveyEvidence[]>;
}

type Authenticated = Request & { identity?: Identity };

/**
 * Mounted at /api/surveys (docs/api-surveys.md); thin HTTP over SurveyService and the results:
 * bodies parsed with the contract's schemas, replies typed as the contract's.
 */
export function surveyRoutes(deps: SurveyRoutesDeps): Router {
  const { surveys, results, caf } = deps;
  const router = Router();
  router.use(deps.authenticate);
  const who = (req: Request): Identity => {
    const identity = (req as Authenticated).identity;
    if (!identity) throw new DomainError('unauthorized');
    return identity;
  };
  const key = (req: Request) => String(req.params['key'] ?? '');
  const localeOf = (req: Request): Locale => {
    const requested = req.query['locale'];
    if (requested !== undefined && !isLocale(requested))
      throw new DomainError('badRequest', { details: 'locale must be cs or en' });
    return requested ?? localeFromAcceptLanguage(req.headers['accept-language']);
  };

  router.get('/', async (req, res) =>
    res.json({ surveys: await surveys.list(who(req)) } satisfies SurveyListReply),
  );
  router.post('/', async (req, res) => {
    const body = parseBody(createSurveyBodySchema, req.body);
    res.status(201).json({ survey: await surveys.create(who(req), body) } satisfies SurveyReply);
  });
  router.get('/templates', (req, res) =>
    res.json({ templates: surveys.templates(who(req)) } satisfies SurveyTemplatesReply),
  );
  router.post('/preview', async (req, res) => {
    const body = parseBody(previewSurveyBodySchema, req.body);
    res.json({ card: await surveys.preview(who(req), body) } satisfies PreviewCardReply);
  });
  router.get('/evidence', async (req, res) => {
    const identity = who(req);
    const raw = req.query['cycleId'];
    if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw))
      throw new DomainError('badRequest', { details: 'cycleId must be a positive whole number' });
    const cycle = await caf.cycleDetail(identity, Number(raw));
    res.json({ evidence: await deps.evidence(cycle.endDate) } satisfies SurveyEvidenceReply);
  });

  router.get('/:key', async (req, res) =>
    res.json((await surveys.detail(who(req), key(req))) satisfies SurveyDetail),
  );
  router.put('/:key', async (req, res) => {
    const body = parseBody(updateSurveyBodySchema, req.body);
    res.json({ survey: await surveys.update(who(req), key(req), body) } satisfies SurveyReply);
  });
  router.post('/:key/publish', async (req, res) => {
    const body = parseBody(surveyStepBodySchema, req.body);
    res.json({ survey: await surveys.publish(who(req), key(req), body) } satisfies SurveyReply);
  });
  router.post('/:key/close', async (req, res) => {
    const body = parseBody(surveyStepBodySchema, req.body);
    res.json({ survey: await surveys.close(who(req), key(req), body) } satisfies SurveyReply);
  });
  router.delete('/:key', async (req, res) => {
    const etag = parseBody(surveyEtagSchema, req.query['etag']);
    await surveys.remove(who(req), key(req), etag);
    res.status(204).end();
  });
  router.get('/:key/results', async (req, res) => {
    const { survey, outlines } = await surveys.forResults(who(req), key(req));
    res.setHeader('Cache-Control', 'no-store');
    res.json((await results.results(survey, outlines)) satisfies SurveyResults);
  });
  router.get('/:key/results.xlsx', async (req, res) => {
    const locale = localeOf(req);
    const { survey, outlines } = await surveys.forResults(who(req), key(req));
    const workbook = await resultsWorkbook(await results.results(survey, outlines), locale);
    const name = translate(locale, 'api.surveys.export.filename', { title: inLocale(survey.title, locale) });
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', attachmentDisposition(name, 'xlsx'));
    res.setHeader('Cache-Control', 'no-store');
    res.send(workbook);
  });
  router.use(() => {
    throw new DomainError('notFound');
  });
  return router;
}
