import type { SurveyApi } from './survey.types';
import type { RequestOptions, Send } from './client';
import type { Json } from './parse';
import type * as SurveyParsers from './surveyParse';

type Parsers = typeof SurveyParsers;

/**
 * A JSON answer read by one of surveyParse's parsers. The parsers are imported on first use: the
 * survey pages are their own chunk and the tab's start does not download their checks.
 */
function json<T>(pick: (parsers: Parsers) => (body: Json) => T | undefined): RequestOptions<T>['read'] {
  return async (response) => {
    let body: Json;
    try {
      body = (await response.json()) as Json;
    } catch {
      return undefined;
    }
    return pick(await import('./surveyParse'))(body);
  };
}

const survey = (key: string) => `surveys/${encodeURIComponent(key)}`;
const noContent = () => Promise.resolve(true);

/** The /api/surveys endpoints (authoring, preview, results, export, CAF evidence). */
export function surveyEndpoints(send: Send): SurveyApi {
  return {
    listSurveys: (signal) => send('surveys', { signal, read: json((p) => p.parseSurveyList) }),
    getSurveyTemplates: (signal) =>
      send('surveys/templates', { signal, read: json((p) => p.parseTemplates) }),
    createSurvey: (draft) =>
      send('surveys', { method: 'POST', body: { draft }, read: json((p) => p.parseSurveyBody) }),
    getSurvey: (key, signal) => send(survey(key), { signal, read: json((p) => p.parseSurveyDetail) }),
    updateSurvey: (key, draft, etag) =>
      send(survey(key), { method: 'PUT', body: { draft, etag }, read: json((p) => p.parseSurveyBody) }),
    publishSurvey: (key, etag) =>
      send(`${survey(key)}/publish`, {
        method: 'POST',
        body: { etag },
        read: json((p) => p.parseSurveyBody),
      }),
    closeSurvey: (key, etag) =>
      send(`${survey(key)}/close`, { method: 'POST', body: { etag }, read: json((p) => p.parseSurveyBody) }),
    deleteSurvey: (key, etag) =>
      send(`${survey(key)}?etag=${encodeURIComponent(etag)}`, { method: 'DELETE', read: noContent }).then(
        () => undefined,
      ),
    previewSurveyCard: (draft, locale, signal) =>
      send('surveys/preview', {
        method: 'POST',
        body: { draft, locale },
        signal,
        read: json((p) => p.parseCard),
      }),
    getSurveyResults: (key, signal) =>
      send(`${survey(key)}/results`, { signal, read: json((p) => p.parseSurveyResults) }),
    downloadSurveyResults: (key) =>
      send(`${survey(key)}/results.xlsx`, {
        read: async (response) => {
          const blob = await response.blob();
          return blob.size > 0 ? blob : undefined;
        },
      }),
    getSurveyEvidence: (cycleId, signal) =>
      send(`surveys/evidence?cycleId=${encodeURIComponent(String(cycleId))}`, {
        signal,
        read: json((p) => p.parseEvidenceList),
      }),
  };
}
