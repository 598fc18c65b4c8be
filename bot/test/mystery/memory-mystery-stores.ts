import {
  StaleVersionError,
  type Campaign,
  type Checklist,
  type Evaluation,
  type EvaluationFile,
  type Finding,
} from '@kvalita/core';
import type { MysteryStores } from '../../src/mystery/mystery-deps';

/** Mystery shopping's stores in memory, with etags that change on every write (412 as SharePoint's). */
export function memoryMysteryStores(
  clock: () => Date = () => new Date('2026-03-01T08:00:00Z'),
): MysteryStores & {
  readonly writes: () => number;
} {
  let nextId = 1;
  let writes = 0;
  const stamp = () => {
    writes += 1;
    return { etag: `"${writes}"`, modifiedAt: clock().toISOString() };
  };
  const checklists = new Map<number, Checklist>();
  const campaigns = new Map<number, Campaign>();
  const evaluations = new Map<number, Evaluation>();
  const files = new Map<number, { file: EvaluationFile; evaluationId: number; content: Uint8Array }>();
  const findings = new Map<number, Omit<Finding, 'measureStatus'>>();
  const fresh = <T extends { etag: string }>(map: Map<number, T>, id: number, etag: string): T => {
    const current = map.get(id);
    if (!current) throw new Error(`no item ${id}`);
    if (current.etag !== etag) throw new StaleVersionError();
    return current;
  };
  return {
    writes: () => writes,
    checklists: {
      list: async () => [...checklists.values()],
      get: async (id) => checklists.get(id) ?? null,
      create: async (draft, family) => {
        const id = nextId++;
        const checklist: Checklist = {
          ...draft,
          id,
          familyId: family?.familyId ?? id,
          version: family?.version ?? 1,
          frozen: false,
          superseded: false,
          createdAt: clock().toISOString(),
          ...stamp(),
        };
        checklists.set(id, checklist);
        return checklist;
      },
      update: async (id, etag, draft) => {
        const saved = { ...fresh(checklists, id, etag), ...draft, ...stamp() };
        checklists.set(id, saved);
        return saved;
      },
      mark: async (id, flags) => {
        const current = checklists.get(id)!;
        checklists.set(id, { ...current, ...flags, ...stamp() });
      },
    },
    campaigns: {
      list: async () => [...campaigns.values()],
      get: async (id) => campaigns.get(id) ?? null,
      create: async (draft, createdBy) => {
        const id = nextId++;
        const campaign: Campaign = {
          ...draft,
          id,
          status: 'preparation',
          createdBy,
          startedAt: null,
          closedAt: null,
          createdAt: clock().toISOString(),
          ...stamp(),
        };
        campaigns.set(id, campaign);
        return campaign;
      },
      update: async (id, etag, draft) => {
        const saved = { ...fresh(campaigns, id, etag), ...draft, ...stamp() };
        campaigns.set(id, saved);
        return saved;
      },
      setStatus: async (id, etag, status, at) => {
        const current = fresh(campaigns, id, etag);
        const saved: Campaign = {
          ...current,
          status,
          ...(status === 'running' ? { startedAt: at } : { closedAt: at }),
          ...stamp(),
        };
        campaigns.set(id, saved);
        return saved;
      },
    },
    evaluations: {
      forCampaign: async (campaignId) =>
        [...evaluations.values()].filter((one) => one.campaignId === campaignId),
      forEvaluator: async (email) => [...evaluations.values()].filter((one) => one.evaluatorEmail === email),
      get: async (id) => evaluations.get(id) ?? null,
      create: async (campaignId, rows) =>
        rows.map((row) => {
          const id = nextId++;
          const { evaluatorName, recorded, ...plan } = row;
          const evaluation: Evaluation = {
            ...plan,
            id,
            campaignId,
            evaluator: { email: row.evaluatorEmail, displayName: evaluatorName },
            status: 'planned',
            record: {
              contactAt: null,
              answeredAt: null,
              items: {},
              waitMinutes: null,
              rings: null,
              answerCorrect: null,
              generalNote: '',
            },
            score: null,
            reviewComment: '',
            files: [],
            submittedAt: null,
            releasedAt: null,
            ...recorded,
            ...stamp(),
          };
          evaluations.set(id, evaluation);
          return evaluation;
        }),
      change: async (id, etag, change) => {
        const current = fresh(evaluations, id, etag);
        const { historyEntry, ...rest } = change;
        const saved: Evaluation = {
          ...current,
          ...rest,
          history: historyEntry ? [...current.history, historyEntry] : current.history,
          ...stamp(),
        };
        evaluations.set(id, saved);
        return saved;
      },
      remove: async (id, etag) => {
        fresh(evaluations, id, etag);
        evaluations.delete(id);
      },
    },
    files: {
      list: async (evaluationId) =>
        [...files.values()].filter((one) => one.evaluationId === evaluationId).map((one) => one.file),
      add: async (evaluationId, name, contentType, content) => {
        const file = { id: nextId++, name, bytes: content.byteLength, contentType };
        files.set(file.id, { file, evaluationId, content });
        stamp();
        return file;
      },
      content: async (evaluationId, fileId) => {
        const stored = files.get(fileId);
        return stored && stored.evaluationId === evaluationId
          ? { file: stored.file, content: stored.content }
          : null;
      },
      remove: async (_evaluationId, fileId) => {
        files.delete(fileId);
      },
    },
    findings: {
      forCampaign: async (campaignId) =>
        [...findings.values()].filter((one) => one.campaignId === campaignId),
      create: async (finding) => {
        const stored = { ...finding, id: nextId++, createdAt: clock().toISOString() };
        findings.set(stored.id, stored);
        return stored;
      },
    },
  };
}
