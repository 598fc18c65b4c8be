import type { CafApi } from './caf.types';
import {
  parseConsensusBoard,
  parseConsensusEntry,
  parseCycleDetail,
  parseCycleList,
  parseCycleSummary,
  parseIndividualScore,
  parseMeasureList,
  parseMyScores,
  parsePlanMeasure,
  parseResultsView,
  parseSubmitted,
  parseTeamMember,
} from './cafParse';
import type { RequestOptions, Send } from './client';

/** JSON answers read by a parser. */
function json<T>(parse: (body: unknown) => T | undefined): RequestOptions<T>['read'] {
  return async (response) => {
    try {
      return parse((await response.json()) as unknown);
    } catch {
      return undefined;
    }
  };
}

const cycle = (id: number) => `caf/cycles/${encodeURIComponent(String(id))}`;

/** The /api/caf/cycles endpoints of docs/api-caf.md, each with its answer checked. */
export function cafEndpoints(send: Send): CafApi {
  return {
    listCycles: (signal) => send('caf/cycles', { signal, read: json(parseCycleList) }),
    createCycle: (body) => send('caf/cycles', { method: 'POST', body, read: json(parseCycleSummary) }),
    getCycle: (id, signal) => send(cycle(id), { signal, read: json(parseCycleDetail) }),
    moveCycleStatus: (id, status) =>
      send(`${cycle(id)}/status`, { method: 'POST', body: { status }, read: json(parseCycleSummary) }),
    addTeamMember: (id, member) =>
      send(`${cycle(id)}/team`, { method: 'POST', body: member, read: json(parseTeamMember) }),
    removeTeamMember: (id, email) =>
      send(`${cycle(id)}/team/${encodeURIComponent(email)}`, {
        method: 'DELETE',
        // 204: nothing to read, success is the answer.
        read: () => Promise.resolve(true),
      }).then(() => undefined),
    getMyScores: (id, signal) => send(`${cycle(id)}/my-scores`, { signal, read: json(parseMyScores) }),
    saveMyScore: (id, code, draft) =>
      send(`${cycle(id)}/my-scores/${encodeURIComponent(code)}`, {
        method: 'PUT',
        body: draft,
        read: json(parseIndividualScore),
      }),
    submitMyScores: (id) =>
      send(`${cycle(id)}/my-scores/submit`, { method: 'POST', body: {}, read: json(parseSubmitted) }),
    getConsensus: (id, hideNames, signal) =>
      send(`${cycle(id)}/consensus?hideNames=${String(hideNames)}`, {
        signal,
        read: json(parseConsensusBoard),
      }),
    saveConsensus: (id, code, draft) =>
      send(`${cycle(id)}/consensus/${encodeURIComponent(code)}`, {
        method: 'PUT',
        body: draft,
        read: json(parseConsensusEntry),
      }),
    getResults: (id, signal) => send(`${cycle(id)}/results`, { signal, read: json(parseResultsView) }),
    downloadReport: (id, locale) =>
      send(`${cycle(id)}/report.docx?locale=${encodeURIComponent(locale)}`, {
        read: async (response) => {
          const blob = await response.blob();
          return blob.size > 0 ? blob : undefined;
        },
      }),
    approveReport: (id) =>
      send(`${cycle(id)}/report/approve`, { method: 'POST', body: {}, read: json(parseCycleSummary) }),
    listMeasures: (id, signal) => send(`${cycle(id)}/measures`, { signal, read: json(parseMeasureList) }),
    createMeasure: (id, measure) =>
      send(`${cycle(id)}/measures`, { method: 'POST', body: measure, read: json(parsePlanMeasure) }),
  };
}
