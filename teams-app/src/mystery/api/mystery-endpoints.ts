import type { Send } from '../../platform/api/client';
import { lazyReplies, fileOf } from '../../platform/api/read-reply';
import type { MysteryApi } from './mystery.types';

const id = (value: number) => encodeURIComponent(String(value));
const checklist = (checklistId: number) => `mystery/checklists/${id(checklistId)}`;
const campaign = (campaignId: number) => `mystery/campaigns/${id(campaignId)}`;
const evaluation = (evaluationId: number) => `mystery/evaluations/${id(evaluationId)}`;

/** An answer without a body (204). */
const nothing = async (): Promise<null> => null;

/** The /api/mystery endpoints: checklists, campaigns, the schedule, sheets and their files, results, findings. */
export function mysteryEndpoints(send: Send): MysteryApi {
  // The checks come with the first mystery request: the mystery pages are their own chunk.
  const json = lazyReplies(() => import('./mystery-replies')).read;
  const checklistReply = json((s) => s.checklistReplySchema);
  const campaignReply = json((s) => s.campaignReplySchema);
  const evaluationReply = json((s) => s.evaluationReplySchema);
  return {
    listChecklists: (signal) =>
      send('mystery/checklists', { signal, read: json((s) => s.checklistsReplySchema) }),
    getChecklist: (checklistId, signal) => send(checklist(checklistId), { signal, read: checklistReply }),
    createChecklist: (request) =>
      send('mystery/checklists', { method: 'POST', body: request, read: checklistReply }),
    editChecklist: (checklistId, request) =>
      send(checklist(checklistId), { method: 'PUT', body: request, read: checklistReply }),
    newChecklistVersion: (checklistId) =>
      send(`${checklist(checklistId)}/versions`, { method: 'POST', body: {}, read: checklistReply }),

    listCampaigns: (signal) =>
      send('mystery/campaigns', { signal, read: json((s) => s.campaignsReplySchema) }),
    getCampaign: (campaignId, signal) => send(campaign(campaignId), { signal, read: campaignReply }),
    createCampaign: (request) =>
      send('mystery/campaigns', { method: 'POST', body: request, read: campaignReply }),
    editCampaign: (campaignId, request) =>
      send(campaign(campaignId), { method: 'PUT', body: request, read: campaignReply }),
    advanceCampaign: (campaignId, request) =>
      send(`${campaign(campaignId)}/advance`, { method: 'POST', body: request, read: campaignReply }),

    listEvaluations: (campaignId, signal) =>
      send(`${campaign(campaignId)}/evaluations`, { signal, read: json((s) => s.evaluationsReplySchema) }),
    planEvaluations: (campaignId, request) =>
      send(`${campaign(campaignId)}/evaluations`, {
        method: 'POST',
        body: request,
        read: json((s) => s.planEvaluationsReplySchema),
      }),
    getEvaluation: (evaluationId, signal) =>
      send(evaluation(evaluationId), { signal, read: evaluationReply }),
    saveEvaluationRecord: (evaluationId, request) =>
      send(`${evaluation(evaluationId)}/record`, { method: 'PUT', body: request, read: evaluationReply }),
    actOnEvaluation: (evaluationId, request) =>
      send(`${evaluation(evaluationId)}/act`, {
        method: 'POST',
        body: request,
        read: request.action === 'cancel' ? nothing : evaluationReply,
      }),
    getMyEvaluations: (signal) =>
      send('mystery/mine', { signal, read: json((s) => s.myEvaluationsReplySchema) }),
    addEvaluationFile: (evaluationId, file) =>
      send(`${evaluation(evaluationId)}/files`, {
        method: 'POST',
        upload: { file, headers: { 'X-File-Name': encodeURIComponent(file.name) } },
        read: json((s) => s.evaluationFileSchema),
      }),
    downloadEvaluationFile: (evaluationId, fileId) =>
      send(`${evaluation(evaluationId)}/files/${id(fileId)}`, { read: fileOf }),
    removeEvaluationFile: (evaluationId, fileId) =>
      send(`${evaluation(evaluationId)}/files/${id(fileId)}`, { method: 'DELETE', read: nothing }).then(
        () => undefined,
      ),

    getMysteryResults: (campaignId, department, signal) =>
      send(
        `${campaign(campaignId)}/results${department === null ? '' : `?department=${encodeURIComponent(department)}`}`,
        {
          signal,
          read: json((s) => s.mysteryResultsReplySchema),
        },
      ),
    downloadMysteryReport: (campaignId, department) =>
      send(`${campaign(campaignId)}/report.docx?department=${encodeURIComponent(department)}`, {
        read: fileOf,
      }),
    downloadMysteryData: (campaignId) => send(`${campaign(campaignId)}/released.xlsx`, { read: fileOf }),
    listFindings: (campaignId, signal) =>
      send(`${campaign(campaignId)}/findings`, { signal, read: json((s) => s.findingsReplySchema) }),
    createFinding: (campaignId, request) =>
      send(`${campaign(campaignId)}/findings`, {
        method: 'POST',
        body: request,
        read: json((s) => s.findingReplySchema),
      }),
    getMysteryEvidence: (signal) =>
      send('mystery/evidence', { signal, read: json((s) => s.mysteryEvidenceReplySchema) }),
  };
}
