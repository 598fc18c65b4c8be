import type { CafApi } from './caf.types';
import type { ReadWith, Send } from '../../platform/api/client';

const cycle = (id: number) => `caf/cycles/${encodeURIComponent(String(id))}`;

/** The /api/caf/cycles endpoints of docs/api-caf.md, each answer read with its contract schema. */
export function cafEndpoints(send: Send, json: ReadWith): CafApi {
  return {
    listCycles: (signal) =>
      send('caf/cycles', { signal, read: json((s) => s.cycleListReplySchema) }).then((reply) => reply.cycles),
    createCycle: (body) =>
      send('caf/cycles', { method: 'POST', body, read: json((s) => s.cycleSummarySchema) }),
    getCycle: (id, signal) => send(cycle(id), { signal, read: json((s) => s.cycleDetailSchema) }),
    moveCycleStatus: (id, status, options = {}) =>
      send(`${cycle(id)}/status`, {
        method: 'POST',
        body: options.endScoring ? { status, endScoring: true } : { status },
        read: json((s) => s.cycleSummarySchema),
      }),
    stepBackCycle: (id, reason) =>
      send(`${cycle(id)}/status/back`, {
        method: 'POST',
        body: { reason },
        read: json((s) => s.cycleSummarySchema),
      }),
    returnReport: (id, reason) =>
      send(`${cycle(id)}/report/return`, {
        method: 'POST',
        body: { reason },
        read: json((s) => s.cycleSummarySchema),
      }),
    addTeamMember: (id, member) =>
      send(`${cycle(id)}/team`, { method: 'POST', body: member, read: json((s) => s.teamMemberSchema) }),
    removeTeamMember: (id, email) =>
      send(`${cycle(id)}/team/${encodeURIComponent(email)}`, {
        method: 'DELETE',
        // 204: nothing to read, success is the answer.
        read: () => Promise.resolve(true),
      }).then(() => undefined),
    getMyScores: (id, signal) =>
      send(`${cycle(id)}/my-scores`, { signal, read: json((s) => s.myScoresSchema) }),
    saveMyScore: (id, code, draft) =>
      send(`${cycle(id)}/my-scores/${encodeURIComponent(code)}`, {
        method: 'PUT',
        body: draft,
        read: json((s) => s.individualScoreSchema),
      }),
    submitMyScores: (id) =>
      send(`${cycle(id)}/my-scores/submit`, {
        method: 'POST',
        body: {},
        read: json((s) => s.submittedReplySchema),
      }),
    getConsensus: (id, hideNames, signal) =>
      send(`${cycle(id)}/consensus?hideNames=${String(hideNames)}`, {
        signal,
        read: json((s) => s.consensusBoardSchema),
      }),
    saveConsensus: (id, code, draft) =>
      send(`${cycle(id)}/consensus/${encodeURIComponent(code)}`, {
        method: 'PUT',
        body: draft,
        read: json((s) => s.consensusEntrySchema),
      }),
    getResults: (id, signal) =>
      send(`${cycle(id)}/results`, { signal, read: json((s) => s.cycleResultsViewSchema) }),
    setBaseline: (id, previousCycleId) =>
      send(`${cycle(id)}/baseline`, {
        method: 'PUT',
        body: { previousCycleId },
        read: json((s) => s.cycleResultsViewSchema),
      }),
    downloadReport: (id, locale) =>
      send(`${cycle(id)}/report.docx?locale=${encodeURIComponent(locale)}`, {
        read: async (response) => {
          const blob = await response.blob();
          return blob.size > 0 ? blob : undefined;
        },
      }),
    approveReport: (id, comment = '') =>
      send(`${cycle(id)}/report/approve`, {
        method: 'POST',
        body: comment.trim() === '' ? {} : { comment },
        read: json((s) => s.cycleSummarySchema),
      }),
    listMeasures: (id, signal) =>
      send(`${cycle(id)}/measures`, { signal, read: json((s) => s.measureListReplySchema) }).then(
        (reply) => reply.measures,
      ),
    createMeasure: (id, measure) =>
      send(`${cycle(id)}/measures`, {
        method: 'POST',
        body: measure,
        read: json((s) => s.planMeasureSchema),
      }),
  };
}
