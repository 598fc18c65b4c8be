import type { Send } from '../../platform/api/client';
import { lazyReplies, fileOf } from '../../platform/api/read-reply';
import type { FeedbackApi, SubjectQuery } from './feedback.types';

const id = (value: number) => encodeURIComponent(String(value));
const model = (modelId: number) => `feedback/models/${id(modelId)}`;
const cycle = (cycleId: number) => `feedback/cycles/${id(cycleId)}`;
const subject = (cycleId: number, subjectId: number) => `${cycle(cycleId)}/subjects/${id(subjectId)}`;
const report = (cycleId: number, subjectId: number) => `${cycle(cycleId)}/reports/${id(subjectId)}`;

/** A page of subjects as the query string GET …/subjects reads, without the leading "?". */
export function subjectQuery(query: SubjectQuery): string {
  const parts: string[] = [];
  if (query.state !== undefined) parts.push(`state=${query.state}`);
  const email = query.email?.trim();
  if (email !== undefined && email !== '') parts.push(`email=${encodeURIComponent(email)}`);
  if (query.pageSize !== undefined) parts.push(`pageSize=${query.pageSize}`);
  if (query.page !== undefined) parts.push(`page=${encodeURIComponent(query.page)}`);
  return parts.join('&');
}

/** The /api/feedback endpoints: models, cycles, nominations, my tasks and data, reports, goals, organisation. */
export function feedbackEndpoints(send: Send): FeedbackApi {
  // The checks come with the first feedback request: the feedback pages are their own chunk.
  const json = lazyReplies(() => import('./feedback-replies')).read;
  const modelReply = json((s) => s.competencyModelReplySchema);
  const cycleReply = json((s) => s.feedbackCycleReplySchema);
  const nominationsReply = json((s) => s.subjectNominationsReplySchema);
  const reportReply = json((s) => s.feedbackReportReplySchema);
  return {
    listCompetencyModels: (signal) =>
      send('feedback/models', { signal, read: json((s) => s.competencyModelsReplySchema) }),
    getCompetencyModel: (modelId, signal) => send(model(modelId), { signal, read: modelReply }),
    createCompetencyModel: (request) =>
      send('feedback/models', { method: 'POST', body: request, read: modelReply }),
    editCompetencyModel: (modelId, request) =>
      send(model(modelId), { method: 'PUT', body: request, read: modelReply }),
    copyCompetencyModel: (modelId, request) =>
      send(`${model(modelId)}/copy`, { method: 'POST', body: request, read: modelReply }),
    newCompetencyModelVersion: (modelId) =>
      send(`${model(modelId)}/versions`, { method: 'POST', body: {}, read: modelReply }),
    exportCompetencyModel: (modelId) => send(`${model(modelId)}/export`, { read: fileOf }),
    importCompetencyModel: (file) =>
      send('feedback/models/import', { method: 'POST', upload: { file }, read: modelReply }),

    listFeedbackCycles: (signal) =>
      send('feedback/cycles', { signal, read: json((s) => s.feedbackCyclesReplySchema) }),
    getFeedbackCycle: (cycleId, signal) => send(cycle(cycleId), { signal, read: cycleReply }),
    createFeedbackCycle: (request) =>
      send('feedback/cycles', { method: 'POST', body: request, read: cycleReply }),
    editFeedbackCycle: (cycleId, request) =>
      send(cycle(cycleId), { method: 'PUT', body: request, read: cycleReply }),
    advanceFeedbackCycle: (cycleId, request) =>
      send(`${cycle(cycleId)}/advance`, { method: 'POST', body: request, read: cycleReply }),
    listCycleSubjects: (cycleId, query, signal) => {
      const text = subjectQuery(query);
      return send(`${cycle(cycleId)}/subjects${text === '' ? '' : `?${text}`}`, {
        signal,
        read: json((s) => s.cycleSubjectsReplySchema),
      });
    },
    getCycleLoad: (cycleId, signal) =>
      send(`${cycle(cycleId)}/load`, { signal, read: json((s) => s.cycleLoadReplySchema) }),

    getSubjectNominations: (cycleId, subjectId, signal) =>
      send(subject(cycleId, subjectId), { signal, read: nominationsReply }),
    setNominations: (cycleId, subjectId, request) =>
      send(`${subject(cycleId, subjectId)}/nominations`, {
        method: 'PUT',
        body: request,
        read: nominationsReply,
      }),
    submitNominations: (cycleId, subjectId, request) =>
      send(`${subject(cycleId, subjectId)}/submit`, {
        method: 'POST',
        body: request,
        read: nominationsReply,
      }),
    approveNominations: (cycleId, subjectId, request) =>
      send(`${subject(cycleId, subjectId)}/approve`, {
        method: 'POST',
        body: request,
        read: nominationsReply,
      }),

    getMyFeedback: (signal) => send('feedback/mine', { signal, read: json((s) => s.myFeedbackReplySchema) }),
    getMyFeedbackData: (signal) =>
      send('feedback/my-data', { signal, read: json((s) => s.myFeedbackDataReplySchema) }),

    getFeedbackReport: (cycleId, subjectId, signal) =>
      send(report(cycleId, subjectId), { signal, read: reportReply }),
    downloadFeedbackReport: (cycleId, subjectId) =>
      send(`${report(cycleId, subjectId)}/docx`, { read: fileOf }),
    addDevelopmentGoal: (cycleId, subjectId, request) =>
      send(`${report(cycleId, subjectId)}/goals`, { method: 'POST', body: request, read: reportReply }),
    editDevelopmentGoal: (cycleId, subjectId, goalId, request) =>
      send(`${report(cycleId, subjectId)}/goals/${id(goalId)}`, {
        method: 'PUT',
        body: request,
        read: reportReply,
      }),
    removeDevelopmentGoal: (cycleId, subjectId, goalId, etag) =>
      send(`${report(cycleId, subjectId)}/goals/${id(goalId)}?etag=${encodeURIComponent(etag)}`, {
        method: 'DELETE',
        read: reportReply,
      }),

    getFeedbackOrganisation: (cycleId, signal) =>
      send(`${cycle(cycleId)}/organisation`, { signal, read: json((s) => s.organisationReplySchema) }),
  };
}
