import { CATALOGUE_FILE, datasetBySlug, datasetFileNames } from '@kvalita/core';
import { Router, type Request, type Response } from 'express';
import type { OpenDataService } from './opendata-service';

/*
 * The public open data, mounted at /opendata with no sign-in: the catalogue, each dataset's record
 * (its IRI), its distribution's IRI (the same record) and its files, under stable addresses with
 * their content types. Published files change only at a publication: they are cacheable for an hour
 * and revalidated by their SHA-256 (ETag, 304). Anything else is 404; only GET and HEAD.
 */

const MAX_AGE_SECONDS = 3600;

function sendPublic(
  req: Request,
  res: Response,
  file: Awaited<ReturnType<OpenDataService['publicFile']>>,
): void {
  if (file === null) {
    res
      .status(404)
      .type('application/json')
      .json({
        error: { code: 'notFound', message: 'This file is not published. / Tento soubor není zveřejněn.' },
      });
    return;
  }
  const etag = `"${file.sha256}"`;
  res.setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', new Date(file.modifiedAt).toUTCString());
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Type', file.contentType);
  const matches = (req.headers['if-none-match'] ?? '')
    .split(',')
    .map((value) => value.trim().replace(/^W\//, ''));
  if (matches.includes(etag) || matches.includes('*')) {
    res.status(304).end();
    return;
  }
  res.status(200).send(Buffer.from(file.content));
}

export function openDataPublicRoutes(openData: OpenDataService): Router {
  const router = Router();
  const serve = (name: (req: Request) => string | null) => async (req: Request, res: Response) => {
    const fileName = name(req);
    sendPublic(req, res, fileName === null ? null : await openData.publicFile(fileName));
  };
  const recordOf = (req: Request) => {
    const definition = datasetBySlug(String(req.params['slug'] ?? ''));
    return definition ? datasetFileNames(definition.slug).record : null;
  };
  const fileOf = (req: Request) => {
    const match = /^([a-z0-9-]+)\.(csv|csv-metadata\.json)$/.exec(String(req.params['file'] ?? ''));
    const definition = match ? datasetBySlug(match[1]!) : undefined;
    if (!match || !definition) return null;
    const names = datasetFileNames(definition.slug);
    return match[2] === 'csv' ? names.csv : names.metadata;
  };
  router.get(
    ['/', `/${CATALOGUE_FILE}`],
    serve(() => CATALOGUE_FILE),
  );
  router.get('/sady/:slug', serve(recordOf));
  router.get('/sady/:slug/distribuce/csv', serve(recordOf));
  router.get('/soubory/:file', serve(fileOf));
  router.use((_req, res) => sendPublic(_req, res, null));
  return router;
}
