import {
  DomainError,
  type MeasureChangeReply,
  type MeasureDetailReply,
  type MeasureRegisterReply,
} from '@kvalita/core';
import {
  checkEffectivenessBodySchema,
  createMeasureBodySchema,
  editMeasureBodySchema,
  measureFilterQuerySchema,
  reportProgressBodySchema,
  transitionMeasureBodySchema,
} from '@kvalita/core/schemas';
import { Router, type Request, type RequestHandler } from 'express';
import type { Identity } from '../platform/auth/identity';
import { parseBody } from '../platform/http/parse-body';
import { pathId } from '../platform/http/request-parts';
import type { MeasuresService } from './measures-service';

export interface MeasuresRoutesDeps {
  readonly authenticate: RequestHandler;
  readonly measures: MeasuresService;
}

type Authenticated = Request & { identity?: Identity };

/** A measure's id in the path: a positive whole number, anything else is no measure. */

/**
 * Mounted at /api/measures (docs/api-measures.md) behind a JSON body parser; thin HTTP over
 * MeasuresService: bodies and the query string parsed with the contract's schemas (400 naming the
 * field), replies typed as the contract's, every rule in the service.
 */
export function measuresRoutes(deps: MeasuresRoutesDeps): Router {
  const { measures } = deps;
  const router = Router();
  router.use(deps.authenticate);
  const who = (req: Request): Identity => {
    const identity = (req as Authenticated).identity;
    if (!identity) throw new DomainError('unauthorized');
    return identity;
  };
  const id = (req: Request): number => pathId(req, 'id', 'a measure id is a positive whole number');

  router.get('/', async (req, res) => {
    const filter = parseBody(measureFilterQuerySchema, req.query);
    res.setHeader('Cache-Control', 'no-store');
    res.json((await measures.register(who(req), filter)) satisfies MeasureRegisterReply);
  });
  router.post('/', async (req, res) => {
    const draft = parseBody(createMeasureBodySchema(measures.today()), req.body);
    const reply = await measures.create(who(req), draft);
    res
      .status(201)
      .location(`${req.baseUrl}/${reply.measure.id}`)
      .json(reply satisfies MeasureChangeReply);
  });
  router.get('/:id', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json((await measures.detail(who(req), id(req))) satisfies MeasureDetailReply);
  });
  router.put('/:id', async (req, res) => {
    const body = parseBody(editMeasureBodySchema, req.body);
    res.json((await measures.edit(who(req), id(req), body)) satisfies MeasureChangeReply);
  });
  router.post('/:id/progress', async (req, res) => {
    const body = parseBody(reportProgressBodySchema, req.body);
    res.json((await measures.reportProgress(who(req), id(req), body)) satisfies MeasureChangeReply);
  });
  router.post('/:id/transition', async (req, res) => {
    const body = parseBody(transitionMeasureBodySchema, req.body);
    res.json((await measures.transition(who(req), id(req), body)) satisfies MeasureChangeReply);
  });
  router.post('/:id/effectiveness', async (req, res) => {
    const body = parseBody(checkEffectivenessBodySchema, req.body);
    res.json((await measures.checkEffectiveness(who(req), id(req), body)) satisfies MeasureChangeReply);
  });
  router.use(() => {
    throw new DomainError('notFound');
  });
  return router;
}
