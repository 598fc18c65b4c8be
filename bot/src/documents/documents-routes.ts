import {
  DOCUMENT_FILE_TYPES,
  DomainError,
  type DocumentAcknowledgementsReply,
  type DocumentChangeReply,
  type DocumentDetailReply,
  type DocumentEvidenceReply,
  type DocumentOverviewReply,
  type DocumentRegisterReply,
  type MyAcknowledgementsReply,
} from '@kvalita/core';
import {
  VERSION_LABEL_PATTERN,
  acknowledgeDocumentBodySchema,
  approveDocumentBodySchema,
  commentDocumentBodySchema,
  createDocumentBodySchema,
  documentEvidenceQuerySchema,
  documentFilterQuerySchema,
  documentUploadQuerySchema,
  editDocumentBodySchema,
  returnDocumentBodySchema,
  reviewDocumentBodySchema,
  submitDocumentBodySchema,
  withdrawDocumentBodySchema,
} from '@kvalita/core/schemas';
import express, { Router, type NextFunction, type Request, type RequestHandler } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Identity } from '../platform/auth/identity';
import { noStore, pathId, requestLocale } from '../platform/http/request-parts';
import { parseBody } from '../platform/http/parse-body';
import { XLSX_CONTENT_TYPE } from '../surveys/results-export';
import { contentDisposition } from './content-disposition';
import type { DocumentsService } from './documents-service';
import { overviewWorkbook } from './exports/overview-workbook';

export interface DocumentsRoutesDeps {
  readonly authenticate: RequestHandler;
  readonly documents: DocumentsService;
}

type Authenticated = Request & { identity?: Identity };

/** A document's id in the path: a positive whole number, anything else is no document. */

/** Content-Length as a number; null when absent (a chunked body), malformed ones included. */
function declaredLength(req: Request): number | null {
  const header = req.headers['content-length'];
  if (header === undefined || !/^\d{1,15}$/.test(header)) return null;
  return Number(header);
}

/**
 * Mounted at /api/documents (docs/api-documents.md); thin HTTP over DocumentsService: bodies and
 * query strings parsed with the contract's schemas (400 naming the field), replies typed as the
 * contract's, every rule in the service. JSON bodies are parsed here, route by route, so the file
 * upload's body is never read by a parser: it streams from the request to storage.
 */
export function documentsRoutes(deps: DocumentsRoutesDeps): Router {
  const { documents } = deps;
  const router = Router();
  const json = express.json({ limit: '256kb', strict: true });
  router.use(deps.authenticate);
  const actor = async (req: Request) => {
    const identity = (req as Authenticated).identity;
    if (!identity) throw new DomainError('unauthorized');
    return documents.actorOf(identity);
  };
  const id = (req: Request): number => pathId(req, 'id', 'a document id is a positive whole number');

  router.get('/', async (req, res) => {
    const filter = parseBody(documentFilterQuerySchema, req.query);
    noStore(res);
    res.json((await documents.register(await actor(req), filter)) satisfies DocumentRegisterReply);
  });
  router.post('/', json, async (req, res) => {
    const body = parseBody(createDocumentBodySchema, req.body);
    const reply = await documents.create(await actor(req), body);
    res
      .status(201)
      .location(`${req.baseUrl}/${reply.document.id}`)
      .json(reply satisfies DocumentChangeReply);
  });
  router.get('/overview', async (req, res) => {
    noStore(res);
    res.json((await documents.overview(await actor(req))) satisfies DocumentOverviewReply);
  });
  router.get('/overview.xlsx', async (req, res) => {
    const locale = requestLocale(req);
    const workbook = await overviewWorkbook(await documents.overview(await actor(req)), locale);
    noStore(res);
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader(
      'Content-Disposition',
      contentDisposition('attachment', `documents-overview-${locale}.xlsx`),
    );
    res.send(workbook);
  });
  router.get('/evidence', async (req, res) => {
    const { subcriteria } = parseBody(documentEvidenceQuerySchema, req.query);
    // Everyone signed in (authenticate above); the evidence depends on no one's role.
    noStore(res);
    res.json((await documents.evidence(subcriteria)) satisfies DocumentEvidenceReply);
  });
  router.get('/acknowledgements/mine', async (req, res) => {
    noStore(res);
    res.json((await documents.myPending(await actor(req))) satisfies MyAcknowledgementsReply);
  });
  router.get('/:id', async (req, res) => {
    noStore(res);
    res.json((await documents.detail(await actor(req), id(req))) satisfies DocumentDetailReply);
  });
  router.put('/:id', json, async (req, res) => {
    const body = parseBody(editDocumentBodySchema, req.body);
    res.json((await documents.edit(await actor(req), id(req), body)) satisfies DocumentChangeReply);
  });
  router.put('/:id/file', async (req, res, next: NextFunction) => {
    try {
      const query = parseBody(documentUploadQuerySchema, req.query);
      const reply = await documents.uploadDraft(await actor(req), id(req), {
        name: query.name,
        etag: query.etag,
        contentType: req.headers['content-type'],
        declaredBytes: declaredLength(req),
        content: req,
      });
      res.json(reply satisfies DocumentChangeReply);
    } catch (error) {
      // Refused before (or while) the body was read: answer and close, rather than read the rest.
      if (!req.complete) res.setHeader('Connection', 'close');
      next(error);
    }
  });
  const change = <T>(
    path: string,
    schema: {
      safeParse(
        input: unknown,
      ):
        | { success: true; data: T }
        | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
    },
    run: (
      actorOf: Awaited<ReturnType<typeof actor>>,
      documentId: number,
      body: T,
    ) => Promise<DocumentChangeReply>,
  ) =>
    router.post(path, json, async (req, res) => {
      const body = parseBody(schema, req.body);
      res.json((await run(await actor(req), id(req), body)) satisfies DocumentChangeReply);
    });
  change('/:id/submit', submitDocumentBodySchema, (who, documentId, body) =>
    documents.submit(who, documentId, body),
  );
  change('/:id/comments', commentDocumentBodySchema, (who, documentId, body) =>
    documents.comment(who, documentId, body),
  );
  change('/:id/approve', approveDocumentBodySchema, (who, documentId, body) =>
    documents.approve(who, documentId, body),
  );
  change('/:id/return', returnDocumentBodySchema, (who, documentId, body) =>
    documents.returnDraft(who, documentId, body),
  );
  change('/:id/review', reviewDocumentBodySchema, (who, documentId, body) =>
    documents.review(who, documentId, body),
  );
  change('/:id/withdraw', withdrawDocumentBodySchema, (who, documentId, body) =>
    documents.withdraw(who, documentId, body),
  );
  change('/:id/acknowledge', acknowledgeDocumentBodySchema, (who, documentId, body) =>
    documents.acknowledge(who, documentId, body),
  );
  router.get('/:id/acknowledgements', async (req, res) => {
    noStore(res);
    res.json(
      (await documents.acknowledgementRates(
        await actor(req),
        id(req),
      )) satisfies DocumentAcknowledgementsReply,
    );
  });
  router.get('/:id/versions/:label/content', async (req, res) => {
    const label = String(req.params['label'] ?? '');
    if (!VERSION_LABEL_PATTERN.test(label))
      throw new DomainError('notFound', { details: 'a version is like 2.0' });
    const file = await documents.content(await actor(req), id(req), label);
    res.setHeader('Content-Type', DOCUMENT_FILE_TYPES[file.type]);
    res.setHeader('Content-Length', String(file.bytes));
    res.setHeader('Content-Disposition', contentDisposition('attachment', file.name));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await pipeline(Readable.from(file.content), res);
  });
  router.use(() => {
    throw new DomainError('notFound');
  });
  return router;
}
