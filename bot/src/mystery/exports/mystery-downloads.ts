import { resultsQuerySchema } from '@kvalita/core/schemas';
import type { Router } from 'express';
import { DOCX_CONTENT_TYPE } from '../../caf/report/build-report';
import { parseBody } from '../../platform/http/parse-body';
import { requestLocale } from '../../platform/http/request-parts';
import { XLSX_CONTENT_TYPE } from '../../surveys/results-export';
import type { MysteryRouteTools } from '../mystery-routes';
import type { MysteryService } from '../mystery-service';
import { departmentReportDocx } from './department-report-docx';
import { releasedWorkbook } from './released-workbook';

/**
 * The downloads beside mystery shopping's routes (docs/api-mystery.md), with the service's rules:
 * GET /campaigns/:id/report.docx?department=&locale= — a department's report (a head: their own,
 * by default; the quality manager and the director: any, or the whole campaign without one);
 * GET /campaigns/:id/released.xlsx?locale= — every released sheet with its answers (whoever sees
 * the whole campaign's results). Both read released sheets only and name nobody.
 */
export function mysteryDownloads(mystery: MysteryService, officeName: string) {
  return (router: Router, tools: MysteryRouteTools): void => {
    router.get('/campaigns/:id/report.docx', async (req, res) => {
      const locale = requestLocale(req);
      const query = parseBody(
        resultsQuerySchema,
        req.query['department'] === undefined ? {} : { department: req.query['department'] },
      );
      const actor = await mystery.actorOf(tools.identity(req));
      const campaignId = tools.id(req);
      const { results, outcome } = await mystery.report(actor, campaignId, query.department);
      const bytes = await departmentReportDocx(
        locale,
        officeName,
        results,
        outcome.departmentNames,
        outcome.campaign,
        outcome.checklists,
      );
      const scope = results.departmentCode ?? 'all';
      tools.download(res, DOCX_CONTENT_TYPE, `mystery-${campaignId}-${scope}-${locale}.docx`, bytes);
    });
    router.get('/campaigns/:id/released.xlsx', async (req, res) => {
      const locale = requestLocale(req);
      const actor = await mystery.actorOf(tools.identity(req));
      const campaignId = tools.id(req);
      const outcome = await mystery.outcome(actor, campaignId, null);
      const bytes = await releasedWorkbook(
        locale,
        outcome.campaign,
        outcome.sheets,
        outcome.checklists,
        outcome.departmentNames,
      );
      tools.download(res, XLSX_CONTENT_TYPE, `mystery-${campaignId}-released-${locale}.xlsx`, bytes);
    });
  };
}
