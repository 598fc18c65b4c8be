import { DomainError, isLocale, type Locale } from '@kvalita/core';
import { resultsQuerySchema } from '@kvalita/core/schemas';
import type { Request, Router } from 'express';
import { localeFromAcceptLanguage } from '../../platform/http/locale';
import { parseBody } from '../../platform/http/parse-body';
import { XLSX_CONTENT_TYPE } from '../../surveys/results-export';
import type { MysteryRouteTools } from '../mystery-routes';
import type { MysteryService } from '../mystery-service';
import { departmentReportDocx } from './department-report-docx';
import { releasedWorkbook } from './released-workbook';

const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The query without its locale, which localeOf reads. */
function withoutLocale(query: Request['query']): Record<string, unknown> {
  const { locale: _locale, ...rest } = query;
  return rest;
}

/** ?locale=cs|en, else the browser's language. */
function localeOf(req: Request): Locale {
  const requested = req.query['locale'];
  if (requested === undefined) return localeFromAcceptLanguage(req.headers['accept-language']);
  if (!isLocale(requested)) throw new DomainError('badRequest', { details: 'locale must be cs or en' });
  return requested;
}

/** The downloads: a department's report (.docx) and the released data (.xlsx), under the results' rules. */
export const mysteryDownloads =
  (mystery: MysteryService, officeName: string) =>
  (router: Router, { identity, id, download }: MysteryRouteTools): void => {
    router.get('/campaigns/:id/report.docx', async (req, res) => {
      const locale = localeOf(req);
      // The locale is read apart (localeOf); the rest of the query is the results' own.
      const { department } = parseBody(resultsQuerySchema, withoutLocale(req.query));
      if (department === undefined)
        throw new DomainError('badRequest', { details: 'department is required' });
      const actor = await mystery.actorOf(identity(req));
      const campaignId = id(req);
      const [{ results }, outcome] = await Promise.all([
        mystery.results(actor, campaignId, department),
        mystery.outcome(actor, campaignId, department),
      ]);
      const bytes = await departmentReportDocx({
        locale,
        officeName,
        campaign: outcome.campaign,
        results,
        departmentNames: outcome.departmentNames,
      });
      download(res, DOCX_CONTENT_TYPE, `mystery-shopping-${campaignId}-${department}.docx`, bytes);
    });
    router.get('/campaigns/:id/released.xlsx', async (req, res) => {
      const locale = localeOf(req);
      const campaignId = id(req);
      const outcome = await mystery.outcome(await mystery.actorOf(identity(req)), campaignId, null);
      download(
        res,
        XLSX_CONTENT_TYPE,
        `mystery-shopping-${campaignId}.xlsx`,
        await releasedWorkbook(locale, outcome),
      );
    });
  };
