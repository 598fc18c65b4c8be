import { expect } from '@jest/globals';
import {
  datasetPreviewReplySchema,
  datasetStateReplySchema,
  openDataOverviewReplySchema,
  publishReplySchema,
  campaignReplySchema,
  campaignsReplySchema,
  checklistReplySchema,
  checklistsReplySchema,
  evaluationFileSchema,
  evaluationReplySchema,
  evaluationsReplySchema,
  findingReplySchema,
  findingsReplySchema,
  myEvaluationsReplySchema,
  mysteryEvidenceReplySchema,
  mysteryResultsReplySchema,
  planEvaluationsReplySchema,
  cafModelSchema,
  consensusBoardSchema,
  consensusEntrySchema,
  cycleDetailSchema,
  cycleListReplySchema,
  cycleResultsViewSchema,
  cycleSummarySchema,
  demoPeopleReplySchema,
  departmentsReplySchema,
  errorReplySchema,
  healthReplySchema,
  individualScoreSchema,
  measureChangeReplySchema,
  measureDetailReplySchema,
  measureListReplySchema,
  measureRegisterReplySchema,
  meSchema,
  peopleSearchReplySchema,
  myScoresSchema,
  planMeasureSchema,
  previewCardReplySchema,
  serviceConfigSchema,
  submittedReplySchema,
  surveyDetailSchema,
  surveyEvidenceReplySchema,
  surveyListReplySchema,
  surveyReplySchema,
  surveyResultsSchema,
  surveyTemplatesReplySchema,
  teamMemberSchema,
} from '@kvalita/core/schemas';

interface ReplySchema {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** No body: 204 No Content. */
const EMPTY = 'empty';

/** The reply schema of every JSON endpoint of the contracts (core/src/*\/contract.ts), by method and path. */
const ROUTES: readonly (readonly [method: string, path: RegExp, reply: ReplySchema | typeof EMPTY])[] = [
  // Health answers its own body with 503 too (SharePoint unreachable).
  ['GET', /^\/api\/health$/, healthReplySchema],
  ['GET', /^\/api\/config$/, serviceConfigSchema],
  ['GET', /^\/api\/me$/, meSchema],
  ['GET', /^\/api\/demo\/people$/, demoPeopleReplySchema],
  ['GET', /^\/api\/departments$/, departmentsReplySchema],
  ['GET', /^\/api\/people$/, peopleSearchReplySchema],
  ['GET', /^\/api\/caf\/model$/, cafModelSchema],
  ['GET', /^\/api\/caf\/cycles$/, cycleListReplySchema],
  ['POST', /^\/api\/caf\/cycles$/, cycleSummarySchema],
  ['GET', /^\/api\/caf\/cycles\/[^/]+$/, cycleDetailSchema],
  ['POST', /^\/api\/caf\/cycles\/[^/]+\/status$/, cycleSummarySchema],
  ['POST', /^\/api\/caf\/cycles\/[^/]+\/status\/back$/, cycleSummarySchema],
  ['POST', /^\/api\/caf\/cycles\/[^/]+\/team$/, teamMemberSchema],
  ['DELETE', /^\/api\/caf\/cycles\/[^/]+\/team\/[^/]+$/, EMPTY],
  ['GET', /^\/api\/caf\/cycles\/[^/]+\/my-scores$/, myScoresSchema],
  ['POST', /^\/api\/caf\/cycles\/[^/]+\/my-scores\/submit$/, submittedReplySchema],
  ['PUT', /^\/api\/caf\/cycles\/[^/]+\/my-scores\/[^/]+$/, individualScoreSchema],
  ['GET', /^\/api\/caf\/cycles\/[^/]+\/consensus$/, consensusBoardSchema],
  ['PUT', /^\/api\/caf\/cycles\/[^/]+\/consensus\/[^/]+$/, consensusEntrySchema],
  ['GET', /^\/api\/caf\/cycles\/[^/]+\/results$/, cycleResultsViewSchema],
  ['PUT', /^\/api\/caf\/cycles\/[^/]+\/baseline$/, cycleResultsViewSchema],
  ['POST', /^\/api\/caf\/cycles\/[^/]+\/report\/approve$/, cycleSummarySchema],
  ['POST', /^\/api\/caf\/cycles\/[^/]+\/report\/return$/, cycleSummarySchema],
  ['GET', /^\/api\/caf\/cycles\/[^/]+\/measures$/, measureListReplySchema],
  ['POST', /^\/api\/caf\/cycles\/[^/]+\/measures$/, planMeasureSchema],
  ['GET', /^\/api\/surveys\/?$/, surveyListReplySchema],
  ['POST', /^\/api\/surveys\/?$/, surveyReplySchema],
  ['GET', /^\/api\/surveys\/templates$/, surveyTemplatesReplySchema],
  ['POST', /^\/api\/surveys\/preview$/, previewCardReplySchema],
  ['GET', /^\/api\/surveys\/evidence$/, surveyEvidenceReplySchema],
  ['GET', /^\/api\/surveys\/[^/]+\/results$/, surveyResultsSchema],
  ['GET', /^\/api\/surveys\/[^/]+$/, surveyDetailSchema],
  ['PUT', /^\/api\/surveys\/[^/]+$/, surveyReplySchema],
  ['POST', /^\/api\/surveys\/[^/]+\/(publish|close)$/, surveyReplySchema],
  ['DELETE', /^\/api\/surveys\/[^/]+$/, EMPTY],
  ['GET', /^\/api\/measures\/?$/, measureRegisterReplySchema],
  ['POST', /^\/api\/measures\/?$/, measureChangeReplySchema],
  ['GET', /^\/api\/measures\/[^/]+$/, measureDetailReplySchema],
  ['PUT', /^\/api\/measures\/[^/]+$/, measureChangeReplySchema],
  ['POST', /^\/api\/measures\/[^/]+\/(progress|transition|effectiveness)$/, measureChangeReplySchema],
  ['GET', /^\/api\/opendata\/?$/, openDataOverviewReplySchema],
  ['PUT', /^\/api\/opendata\/datasets\/[^/]+$/, datasetStateReplySchema],
  ['GET', /^\/api\/opendata\/datasets\/[^/]+\/preview$/, datasetPreviewReplySchema],
  ['POST', /^\/api\/opendata\/publish$/, publishReplySchema],
  ['GET', /^\/api\/mystery\/checklists$/, checklistsReplySchema],
  ['POST', /^\/api\/mystery\/checklists$/, checklistReplySchema],
  ['GET', /^\/api\/mystery\/checklists\/[^/]+$/, checklistReplySchema],
  ['PUT', /^\/api\/mystery\/checklists\/[^/]+$/, checklistReplySchema],
  ['POST', /^\/api\/mystery\/checklists\/[^/]+\/versions$/, checklistReplySchema],
  ['GET', /^\/api\/mystery\/campaigns$/, campaignsReplySchema],
  ['POST', /^\/api\/mystery\/campaigns$/, campaignReplySchema],
  ['GET', /^\/api\/mystery\/campaigns\/[^/]+$/, campaignReplySchema],
  ['PUT', /^\/api\/mystery\/campaigns\/[^/]+$/, campaignReplySchema],
  ['POST', /^\/api\/mystery\/campaigns\/[^/]+\/advance$/, campaignReplySchema],
  ['GET', /^\/api\/mystery\/campaigns\/[^/]+\/evaluations$/, evaluationsReplySchema],
  ['POST', /^\/api\/mystery\/campaigns\/[^/]+\/evaluations$/, planEvaluationsReplySchema],
  ['GET', /^\/api\/mystery\/campaigns\/[^/]+\/results$/, mysteryResultsReplySchema],
  ['GET', /^\/api\/mystery\/campaigns\/[^/]+\/findings$/, findingsReplySchema],
  ['POST', /^\/api\/mystery\/campaigns\/[^/]+\/findings$/, findingReplySchema],
  ['GET', /^\/api\/mystery\/mine$/, myEvaluationsReplySchema],
  ['GET', /^\/api\/mystery\/evidence$/, mysteryEvidenceReplySchema],
  ['GET', /^\/api\/mystery\/evaluations\/[^/]+$/, evaluationReplySchema],
  ['PUT', /^\/api\/mystery\/evaluations\/[^/]+\/record$/, evaluationReplySchema],
  // A step answers the sheet; a cancel answers 204 (read with a raw request).
  ['POST', /^\/api\/mystery\/evaluations\/[^/]+\/act$/, evaluationReplySchema],
  ['POST', /^\/api\/mystery\/evaluations\/[^/]+\/files$/, evaluationFileSchema],
];

/**
 * Fails the test unless a JSON reply is exactly what the contract says: an error is the error body,
 * a success reads with its endpoint's reply schema, and with nothing more or less than the schema
 * reads (no field left out, none the contract does not name). `body` is the parsed JSON, null when
 * there was none.
 */
export function expectContractReply(method: string, path: string, status: number, body: unknown): void {
  const route = ROUTES.find(([verb, pattern]) => verb === method && pattern.test(path));
  const ownBodyOnError = route?.[1].test('/api/health') === true;
  const schema = status >= 400 && !ownBodyOnError ? errorReplySchema : route?.[2];
  if (schema === undefined) throw new Error(`No contract reply for ${method} ${path}: add it to ROUTES`);
  if (schema === EMPTY) {
    expect([method, path, status, body]).toEqual([method, path, 204, null]);
    return;
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `${issue.path.map(String).join('.')}: ${issue.message}`,
    );
    throw new Error(`${method} ${path} (${status}) does not match the contract: ${issues.join('; ')}`);
  }
  expect(result.data).toEqual(body);
}

/** A response's JSON body, checked against the contract (expectContractReply). */
export async function contractJson(response: Response, method = 'GET'): Promise<unknown> {
  const body = (await response.json()) as unknown;
  expectContractReply(method, new URL(response.url).pathname, response.status, body);
  return body;
}
