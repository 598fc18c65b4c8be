import {
  DomainError,
  NKOD_REGISTRATION_FILE,
  type DatasetPreviewReply,
  type DatasetStateReply,
  type OpenDataOverviewReply,
  type OpenDatasetKey,
  type PublishReply,
} from '@kvalita/core';
import { openDatasetKeySchema, publishRequestSchema, saveDatasetRequestSchema } from '@kvalita/core/schemas';
import express, { Router, type Request, type RequestHandler } from 'express';
import type { Identity } from '../platform/auth/identity';
import { parseBody } from '../platform/http/parse-body';
import { noStore, sendDownload } from '../platform/http/request-parts';
import { CONTENT_TYPES, type OpenDataService } from './opendata-service';

export interface OpenDataRoutesDeps {
  readonly authenticate: RequestHandler;
  readonly openData: OpenDataService;
}

type Authenticated = Request & { identity?: Identity };

/**
 * Mounted at /api/opendata (docs/api-opendata.md); thin HTTP over OpenDataService: bodies parsed with
 * the contract's schemas (400 naming the field), replies typed as the contract's, every rule in the
 * service. The public files are served by public-routes.ts, without sign-in.
 */
export function openDataRoutes(deps: OpenDataRoutesDeps): Router {
  const { openData } = deps;
  const router = Router();
  const json = express.json({ limit: '16kb', strict: true });
  router.use(deps.authenticate);
  const identity = (req: Request): Identity => {
    const who = (req as Authenticated).identity;
    if (!who) throw new DomainError('unauthorized');
    return who;
  };
  // An unknown dataset names nothing there: 404, as an unknown id elsewhere.
  const datasetKey = (req: Request): OpenDatasetKey => {
    const parsed = openDatasetKeySchema.safeParse(req.params['key']);
    if (!parsed.success) throw new DomainError('notFound', { details: 'no such dataset' });
    return parsed.data;
  };

  router.get('/', async (req, res) => {
    noStore(res);
    res.json((await openData.overview(identity(req))) satisfies OpenDataOverviewReply);
  });
  router.put('/datasets/:key', json, async (req, res) => {
    const key = datasetKey(req);
    const body = parseBody(saveDatasetRequestSchema, req.body);
    res.json((await openData.saveDataset(identity(req), key, body)) satisfies DatasetStateReply);
  });
  router.get('/datasets/:key/preview', async (req, res) => {
    noStore(res);
    res.json((await openData.preview(identity(req), datasetKey(req))) satisfies DatasetPreviewReply);
  });
  router.post('/publish', json, async (req, res) => {
    const body = parseBody(publishRequestSchema, req.body);
    const reply = await openData.publish(identity(req), body.requestId);
    res.status(reply.replayed ? 200 : 201).json(reply satisfies PublishReply);
  });
  router.get('/registration', (req, res) => {
    const text = openData.registration(identity(req));
    sendDownload(res, CONTENT_TYPES.jsonld, NKOD_REGISTRATION_FILE, new TextEncoder().encode(text));
  });
  return router;
}
