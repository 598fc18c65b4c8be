import {
  DomainError,
  MYSTERY_LIMITS,
  type CampaignReply,
  type CampaignsReply,
  type ChecklistReply,
  type ChecklistsReply,
  type EvaluationFile,
  type EvaluationReply,
  type EvaluationsReply,
  type FindingReply,
  type FindingsReply,
  type MyEvaluationsReply,
  type MysteryEvidenceReply,
  type MysteryResultsReply,
  type PlanEvaluationsReply,
} from '@kvalita/core';
import {
  advanceCampaignRequestSchema,
  createCampaignRequestSchema,
  createChecklistRequestSchema,
  editCampaignRequestSchema,
  editChecklistRequestSchema,
  evaluationActRequestSchema,
  evaluationsQuerySchema,
  fileNameSchema,
  findingRequestSchema,
  newChecklistVersionRequestSchema,
  planEvaluationsRequestSchema,
  resultsQuerySchema,
  saveRecordRequestSchema,
} from '@kvalita/core/schemas';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Identity } from '../platform/auth/identity';
import { parseBody } from '../platform/http/parse-body';
import { noStore, pathId, sendDownload } from '../platform/http/request-parts';
import type { MysteryService } from './mystery-service';

export interface MysteryRoutesDeps {
  readonly authenticate: RequestHandler;
  readonly mystery: MysteryService;
  /** The downloads (department report .docx, released data .xlsx); mounted beside these routes. */
  readonly downloads?: (router: Router, tools: MysteryRouteTools) => void;
}

/** What the download routes share with these: who asks, path ids, a file answer. */
export interface MysteryRouteTools {
  readonly identity: (req: Request) => Identity;
  readonly id: (req: Request, name?: string) => number;
  readonly download: (res: Response, type: string, name: string, bytes: Uint8Array) => void;
}

type Authenticated = Request & { identity?: Identity };

/**
 * Mounted at /api/mystery (docs/api-mystery.md); thin HTTP over MysteryService: bodies and query
 * strings parsed with the contract's schemas (400 naming the field), replies typed as the
 * contract's, every rule in the service. A sheet's file is read raw, up to the file limit.
 */
export function mysteryRoutes(deps: MysteryRoutesDeps): Router {
  const { mystery } = deps;
  const router = Router();
  const json = express.json({ limit: '256kb', strict: true });
  const fileBody = express.raw({ type: () => true, limit: MYSTERY_LIMITS.fileBytes });
  router.use(deps.authenticate);
  const identity = (req: Request): Identity => {
    const who = (req as Authenticated).identity;
    if (!who) throw new DomainError('unauthorized');
    return who;
  };
  const actor = (req: Request) => mystery.actorOf(identity(req));
  const id = (req: Request, name = 'id'): number => pathId(req, name);

  // ── Checklists ──
  router.get('/checklists', async (req, res) => {
    noStore(res);
    res.json((await mystery.checklists(await actor(req))) satisfies ChecklistsReply);
  });
  router.post('/checklists', json, async (req, res) => {
    const body = parseBody(createChecklistRequestSchema, req.body);
    const reply = await mystery.createChecklist(await actor(req), body);
    res
      .status(201)
      .location(`${req.baseUrl}/checklists/${reply.checklist.id}`)
      .json(reply satisfies ChecklistReply);
  });
  router.get('/checklists/:id', async (req, res) => {
    noStore(res);
    res.json((await mystery.checklist(await actor(req), id(req))) satisfies ChecklistReply);
  });
  router.put('/checklists/:id', json, async (req, res) => {
    const body = parseBody(editChecklistRequestSchema, req.body);
    res.json((await mystery.editChecklist(await actor(req), id(req), body)) satisfies ChecklistReply);
  });
  router.post('/checklists/:id/versions', json, async (req, res) => {
    parseBody(newChecklistVersionRequestSchema, req.body ?? {});
    const reply = await mystery.newChecklistVersion(await actor(req), id(req));
    res
      .status(201)
      .location(`${req.baseUrl}/checklists/${reply.checklist.id}`)
      .json(reply satisfies ChecklistReply);
  });

  // ── Campaigns ──
  router.get('/campaigns', async (req, res) => {
    noStore(res);
    res.json((await mystery.campaigns(await actor(req))) satisfies CampaignsReply);
  });
  router.post('/campaigns', json, async (req, res) => {
    const body = parseBody(createCampaignRequestSchema, req.body);
    const reply = await mystery.createCampaign(await actor(req), body);
    res
      .status(201)
      .location(`${req.baseUrl}/campaigns/${reply.campaign.id}`)
      .json(reply satisfies CampaignReply);
  });
  router.get('/campaigns/:id', async (req, res) => {
    noStore(res);
    res.json((await mystery.campaign(await actor(req), id(req))) satisfies CampaignReply);
  });
  router.put('/campaigns/:id', json, async (req, res) => {
    const body = parseBody(editCampaignRequestSchema, req.body);
    res.json((await mystery.editCampaign(await actor(req), id(req), body)) satisfies CampaignReply);
  });
  router.post('/campaigns/:id/advance', json, async (req, res) => {
    const body = parseBody(advanceCampaignRequestSchema, req.body);
    res.json((await mystery.advanceCampaign(await actor(req), id(req), body)) satisfies CampaignReply);
  });

  // ── The schedule ──
  router.get('/campaigns/:id/evaluations', async (req, res) => {
    noStore(res);
    const query = parseBody(evaluationsQuerySchema, req.query);
    res.json((await mystery.evaluations(await actor(req), id(req), query)) satisfies EvaluationsReply);
  });
  router.post('/campaigns/:id/evaluations', json, async (req, res) => {
    const body = parseBody(planEvaluationsRequestSchema, req.body);
    res
      .status(201)
      .json((await mystery.plan(await actor(req), id(req), body)) satisfies PlanEvaluationsReply);
  });

  // ── Results, findings ──
  router.get('/campaigns/:id/results', async (req, res) => {
    noStore(res);
    const query = parseBody(resultsQuerySchema, req.query);
    res.json(
      (await mystery.results(await actor(req), id(req), query.department)) satisfies MysteryResultsReply,
    );
  });
  router.get('/campaigns/:id/findings', async (req, res) => {
    noStore(res);
    res.json((await mystery.findings(await actor(req), id(req))) satisfies FindingsReply);
  });
  router.post('/campaigns/:id/findings', json, async (req, res) => {
    const body = parseBody(findingRequestSchema, req.body);
    const reply = await mystery.createFinding(await actor(req), identity(req), id(req), body);
    res.status(201).json(reply satisfies FindingReply);
  });
  deps.downloads?.(router, { identity, id, download: sendDownload });

  // ── Sheets ──
  router.get('/mine', async (req, res) => {
    noStore(res);
    res.json((await mystery.mine(await actor(req))) satisfies MyEvaluationsReply);
  });
  router.get('/evaluations/:id', async (req, res) => {
    noStore(res);
    res.json((await mystery.evaluation(await actor(req), id(req))) satisfies EvaluationReply);
  });
  router.put('/evaluations/:id/record', json, async (req, res) => {
    const body = parseBody(saveRecordRequestSchema, req.body);
    res.json((await mystery.saveRecord(await actor(req), id(req), body)) satisfies EvaluationReply);
  });
  router.post('/evaluations/:id/act', json, async (req, res) => {
    const body = parseBody(evaluationActRequestSchema, req.body);
    const reply = await mystery.act(await actor(req), id(req), body);
    if (reply === null) res.status(204).end();
    else res.json(reply satisfies EvaluationReply);
  });
  router.post('/evaluations/:id/files', fileBody, async (req, res) => {
    const header = req.headers['x-file-name'];
    let name: string;
    try {
      name = decodeURIComponent(typeof header === 'string' ? header : '');
    } catch {
      throw new DomainError('badRequest', { details: 'X-File-Name is not URL-encoded' });
    }
    const fileName = parseBody(fileNameSchema, name);
    const body: unknown = req.body;
    const content = body instanceof Uint8Array ? body : new Uint8Array();
    const file = await mystery.addFile(
      await actor(req),
      id(req),
      fileName,
      req.headers['content-type'] ?? '',
      content,
    );
    res.status(201).json(file satisfies EvaluationFile);
  });
  router.get('/evaluations/:id/files/:fileId', async (req, res) => {
    const { file, content } = await mystery.file(await actor(req), id(req), id(req, 'fileId'));
    sendDownload(res, file.contentType, file.name, content);
  });
  router.delete('/evaluations/:id/files/:fileId', async (req, res) => {
    await mystery.removeFile(await actor(req), id(req), id(req, 'fileId'));
    res.status(204).end();
  });

  // ── CAF evidence ──
  router.get('/evidence', async (req, res) => {
    noStore(res);
    await actor(req);
    res.json((await mystery.evidence()) satisfies MysteryEvidenceReply);
  });
  return router;
}
