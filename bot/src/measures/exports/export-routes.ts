import { DomainError, officeToday, type MeasureFilter, type MeasureSummary } from '@kvalita/core';
import { Router, type Request } from 'express';
import type { Identity } from '../../platform/auth/identity';
import { requestLocale } from '../../platform/http/request-parts';
import { XLSX_CONTENT_TYPE } from '../../surveys/results-export';
import { DOCX_CONTENT_TYPE } from '../../caf/report/build-report';
import type { MeasureExportSource } from './export-source';
import { quarterFigures, quarterOf } from './quarter-figures';
import { buildQuarterReportDocx } from './quarter-report-docx';
import { registerWorkbook } from './register-workbook';

type Authenticated = Request & { identity?: Identity };

export interface MeasureExportRoutesOptions {
  readonly source: MeasureExportSource;
  /** The register's own reading of its query string (the filter of GET /api/measures). */
  readonly filterOf: (query: Request['query']) => MeasureFilter;
  readonly officeName: string;
  readonly now: () => Date;
}

/** The quarter asked for (?year=2026&quarter=3), or the one today falls in (Prague's calendar). */
function quarterAsked(req: Request, now: Date) {
  const today = officeToday(now);
  const year = req.query['year'] === undefined ? Number(today.slice(0, 4)) : Number(req.query['year']);
  const quarter =
    req.query['quarter'] === undefined
      ? Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1
      : Number(req.query['quarter']);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new DomainError('badRequest', { details: 'year must be a year between 2000 and 2100' });
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4)
    throw new DomainError('badRequest', { details: 'quarter must be 1, 2, 3 or 4' });
  return quarterOf(year, quarter);
}

/**
 * The register's downloads, mounted under /api/measures behind its authentication (before the
 * `/:id` routes): GET /export.xlsx?<the register's filter> — every measure of the filter the
 * caller may see; GET /report.docx?year=&quarter= — the quarterly report for the council.
 */
export function measureExportRoutes(options: MeasureExportRoutesOptions): Router {
  const router = Router();
  const who = (req: Request): Identity => {
    const identity = (req as Authenticated).identity;
    if (!identity) throw new DomainError('unauthorized');
    return identity;
  };

  router.get('/export.xlsx', async (req, res) => {
    const locale = requestLocale(req);
    // Every page of the filter: the file is the register, not the page on screen.
    const { page: _page, pageSize: _pageSize, ...filter } = options.filterOf(req.query);
    const workbook = await registerWorkbook(await options.source.summaries(filter, who(req)), locale);
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="measures-${locale}.xlsx"`);
    res.send(workbook);
  });

  router.get('/report.docx', async (req, res) => {
    const locale = requestLocale(req);
    const now = options.now();
    const period = quarterAsked(req, now);
    const identity = who(req);
    // The quarter's measures, and the overdue ones planned for an earlier year.
    const [ofYear, overdue] = await Promise.all([
      options.source.summaries({ year: period.year }, identity),
      options.source.summaries({ overdue: true }, identity),
    ]);
    const measures = new Map<number, MeasureSummary>();
    for (const measure of [...ofYear, ...overdue]) measures.set(measure.id, measure);
    const document = await buildQuarterReportDocx({
      locale,
      officeName: options.officeName,
      generatedAt: now.toISOString(),
      figures: quarterFigures(period, [...measures.values()]),
    });
    res.setHeader('Content-Type', DOCX_CONTENT_TYPE);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="measures-${period.year}-q${period.quarter}-${locale}.docx"`,
    );
    res.send(document);
  });
  return router;
}
