import type { SurveyReply } from '@kvalita/core';
import type { SurveyApi } from './survey.types';
import type { Send } from '../../platform/api/client';
import { lazyReplies } from '../../platform/api/read-reply';

const survey = (key: string) => `surveys/${encodeURIComponent(key)}`;
const noContent = () => Promise.resolve(true);

/** The /api/surveys endpoints (authoring, preview, results, export, CAF evidence). */
export function surveyEndpoints(send: Send): SurveyApi {
  // The survey schemas come with the first survey request: the survey pages are their own chunk and
  // the tab's start does not download their checks.
  const json = lazyReplies(() => import('./survey-replies')).read;
  const surveyOf = (reply: Promise<SurveyReply>) => reply.then(({ survey }) => survey);
  return {
    listSurveys: (signal) =>
      send('surveys', { signal, read: json((s) => s.surveyListReplySchema) }).then((reply) => reply.surveys),
    getSurveyTemplates: (signal) =>
      send('surveys/templates', { signal, read: json((s) => s.surveyTemplatesReplySchema) }).then(
        (reply) => reply.templates,
      ),
    createSurvey: (draft) =>
      surveyOf(send('surveys', { method: 'POST', body: { draft }, read: json((s) => s.surveyReplySchema) })),
    getSurvey: (key, signal) => send(survey(key), { signal, read: json((s) => s.surveyDetailSchema) }),
    updateSurvey: (key, draft, etag) =>
      surveyOf(
        send(survey(key), { method: 'PUT', body: { draft, etag }, read: json((s) => s.surveyReplySchema) }),
      ),
    publishSurvey: (key, etag) =>
      surveyOf(
        send(`${survey(key)}/publish`, {
          method: 'POST',
          body: { etag },
          read: json((s) => s.surveyReplySchema),
        }),
      ),
    closeSurvey: (key, etag) =>
      surveyOf(
        send(`${survey(key)}/close`, {
          method: 'POST',
          body: { etag },
          read: json((s) => s.surveyReplySchema),
        }),
      ),
    deleteSurvey: (key, etag) =>
      send(`${survey(key)}?etag=${encodeURIComponent(etag)}`, { method: 'DELETE', read: noContent }).then(
        () => undefined,
      ),
    previewSurveyCard: (draft, locale, signal) =>
      send('surveys/preview', {
        method: 'POST',
        body: { draft, locale },
        signal,
        read: json((s) => s.previewCardReplySchema),
      }).then((reply) => reply.card),
    getSurveyResults: (key, signal) =>
      send(`${survey(key)}/results`, { signal, read: json((s) => s.surveyResultsSchema) }),
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
        read: json((s) => s.surveyEvidenceReplySchema),
      }).then((reply) => reply.evidence),
  };
}
