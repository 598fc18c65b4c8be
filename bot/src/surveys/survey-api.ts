import { inLocale, isLocale, translate, type Locale } from '@kvalita/core';
import {
  CyclePlanMeasuresRepository,
  DepartmentsRepository,
  SharePointCafStore,
  SurveyDeliveriesRepository,
  SurveyResponsesRepository,
  SurveysRepository,
  type PeopleRepository,
  type SiteContext,
} from '@kvalita/sharepoint';
import { Router, type Request } from 'express';
import { randomInt } from 'node:crypto';
import { ApiError } from '../api/api-error';
import { localeFromAcceptLanguage } from '../api/locale';
import type { Authenticator, Identity } from '../auth/identity';
import { authenticateWith } from '../auth/middleware';
import { CafService } from '../caf/caf-service';
import { surveyCard } from '../cards/survey-card';
import { XLSX_CONTENT_TYPE, attachmentDisposition, resultsWorkbook } from './results-export';
import { surveyEvidence } from './survey-evidence';
import { SurveyResultsService } from './survey-results';
import { SurveyService } from './survey-service';

/** What the survey API (authoring, preview, results, export, CAF evidence) needs from the service. */
export interface SurveyApiDeps {
  readonly site: SiteContext;
  readonly people: PeopleRepository;
  readonly authenticator: Authenticator;
  readonly now: () => Date;
  /** Minimum group size for results (default 5, never below 3). */
  readonly groupThreshold: number;
  /** Minimum respondents of a wave before its text answers are shown (default 10). */
  readonly textThreshold: number;
  readonly log: (line: string) => void;
  /** [0, 1) for survey keys and the order of text answers; crypto-backed unless a test fixes it. */
  readonly random?: () => number;
  /** A survey's status changed here (closed): the chat's survey cache must forget it at once. */
  readonly onSurveyChanged?: (key: string) => void;
}

type Authenticated = Request & { identity?: Identity };

const cryptoRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

/** Mounted at /api/surveys (docs/api-surveys.md); thin HTTP over SurveyService and the results. */
export function surveyApiRouter(deps: SurveyApiDeps): Router {
  const random = deps.random ?? cryptoRandom;
  const departments = new DepartmentsRepository(deps.site);
  const store = new SurveysRepository(deps.site);
  const deliveries = new SurveyDeliveriesRepository(deps.site);
  const surveys = new SurveyService({
    surveys: store,
    departments,
    previewCard: (locale, survey, wave) => surveyCard(locale, survey, wave),
    now: deps.now,
    random,
    onSurveyChanged: deps.onSurveyChanged,
    removeReminders: (surveyKey, wave) => deliveries.removeReminders(surveyKey, wave),
  });
  const results = new SurveyResultsService({
    answers: new SurveyResponsesRepository(deps.site),
    deliveries,
    departments,
    now: deps.now,
    threshold: deps.groupThreshold,
    textThreshold: deps.textThreshold,
    random,
  });
  // Cycle access follows the CAF API's own rules (CafService), so evidence is seen by exactly those
  // who may open the cycle.
  const caf = new CafService(
    new SharePointCafStore(deps.site, deps.now),
    deps.people,
    new CyclePlanMeasuresRepository(deps.site),
    deps.now,
  );

  const router = Router();
  router.use(authenticateWith(deps.authenticator));
  const who = (req: Request): Identity => {
    const identity = (req as Authenticated).identity;
    if (!identity) throw new ApiError('unauthorized');
    return identity;
  };
  const key = (req: Request) => String(req.params['key'] ?? '');
  const localeOf = (req: Request): Locale => {
    const requested = req.query['locale'];
    if (requested !== undefined && !isLocale(requested))
      throw new ApiError('badRequest', { details: 'locale must be cs or en' });
    return requested ?? localeFromAcceptLanguage(req.headers['accept-language']);
  };

  router.get('/', async (req, res) => res.json({ surveys: await surveys.list(who(req)) }));
  router.post('/', async (req, res) =>
    res.status(201).json({ survey: await surveys.create(who(req), req.body) }),
  );
  router.get('/templates', (req, res) => res.json({ templates: surveys.templates(who(req)) }));
  router.post('/preview', async (req, res) => res.json({ card: await surveys.preview(who(req), req.body) }));
  router.get('/evidence', async (req, res) => {
    const identity = who(req);
    const raw = req.query['cycleId'];
    if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw))
      throw new ApiError('badRequest', { details: 'cycleId must be a positive whole number' });
    const cycle = await caf.cycleDetail(identity, Number(raw));
    res.json({
      evidence: surveyEvidence(await new SurveysRepository(deps.site).list(), cycle.endDate, deps.now()),
    });
  });

  router.get('/:key', async (req, res) => res.json(await surveys.detail(who(req), key(req))));
  router.put('/:key', async (req, res) =>
    res.json({ survey: await surveys.update(who(req), key(req), req.body) }),
  );
  router.post('/:key/publish', async (req, res) =>
    res.json({ survey: await surveys.publish(who(req), key(req), req.body) }),
  );
  router.post('/:key/close', async (req, res) =>
    res.json({ survey: await surveys.close(who(req), key(req), req.body) }),
  );
  router.delete('/:key', async (req, res) => {
    await surveys.remove(who(req), key(req), req.query['etag']);
    res.status(204).end();
  });
  router.get('/:key/results', async (req, res) => {
    const { survey } = await surveys.detail(who(req), key(req));
    res.setHeader('Cache-Control', 'no-store');
    res.json(await results.results(survey));
  });
  router.get('/:key/results.xlsx', async (req, res) => {
    const locale = localeOf(req);
    const { survey } = await surveys.detail(who(req), key(req));
    const workbook = await resultsWorkbook(await results.results(survey), locale);
    const name = translate(locale, 'api.surveys.export.filename', { title: inLocale(survey.title, locale) });
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', attachmentDisposition(name, 'xlsx'));
    res.setHeader('Cache-Control', 'no-store');
    res.send(workbook);
  });
  router.use(() => {
    throw new ApiError('notFound');
  });
  return router;
}
