import {
  OPEN_MEASURE_STATUSES,
  type CheckEffectivenessRequest,
  type EditMeasureRequest,
  type Measure,
  type MeasureAction,
  type MeasureDetailReply,
  type MeasureDraft,
  type MeasureRegisterReply,
  type MeasureStatus,
  type MeasureSummary,
  type MeasureUpdate,
  type Me,
  type ReportProgressRequest,
  type TransitionMeasureRequest,
} from '@kvalita/core';
import { errorReply, type CafHandler, type FakeReply } from '../support/fake-service';

/*
 * The /api/measures endpoints in memory, answering in core's contract's shapes
 * (core/src/measures/contract.ts): the register filtered and paged (page size 3, so "load more"
 * shows), a measure's detail with `allowed` by a simple rule (the quality manager may do what the
 * status permits, others nothing), etags that change on every write and a stale etag answered 409.
 */

export const PAGE_SIZE = 3;

const JANA = { email: 'jana.novakova@urad.example', displayName: 'Jana Nováková' };
const LUCIE = { email: 'lucie.dvorakova@urad.example', displayName: 'Lucie Dvořáková' };

function measure(id: number, change: Partial<Measure>): Measure {
  return {
    id,
    title: `Opatření ${id}`,
    kind: 'corrective',
    source: {
      origin: 'selfAssessment',
      cycleId: 1,
      subcriterionCode: '3.3',
      sourceKey: null,
      sourceUrl: null,
    },
    departmentCode: 'OD',
    departmentName: 'Odbor dopravy',
    owner: LUCIE,
    coOwners: [],
    priority: 'medium',
    deadline: '2026-06-30',
    problem: 'Dlouhé čekání na přepážce.',
    rootCause: { whys: ['Málo přepážek.'], categories: ['resources'] },
    steps: [],
    expectedResult: 'Čekání pod 10 minut.',
    effectivenessCriterion: 'Méně než 2 stížnosti měsíčně.',
    checkDate: null,
    budgetCzk: null,
    councilResolution: null,
    evidenceLinks: [],
    status: 'inProgress',
    phase: 'do',
    progress: 40,
    effective: null,
    reopenedCount: 0,
    cancelReason: null,
    closedOn: null,
    createdAt: '2026-03-01T08:00:00Z',
    createdBy: JANA,
    modifiedAt: '2026-04-01T08:00:00Z',
    etag: '"1"',
    ...change,
  };
}

export function seedMeasures(): Measure[] {
  return [
    measure(1, {
      title: 'Zkrátit čekání na přepážce',
      steps: [
        {
          key: 's1',
          title: 'Otevřít druhou přepážku',
          ownerEmail: null,
          ownerName: null,
          dueDate: null,
          done: true,
        },
        {
          key: 's2',
          title: 'Objednávkový systém',
          ownerEmail: null,
          ownerName: null,
          dueDate: '2026-06-01',
          done: false,
        },
      ],
    }),
    measure(2, {
      title: 'Nový postup stížností',
      status: 'proposed',
      phase: 'plan',
      progress: 0,
      deadline: '2026-02-01',
      departmentCode: 'OF',
      departmentName: 'Odbor financí',
      owner: JANA,
    }),
    measure(3, { title: 'Ověřit web úřadu', status: 'effectivenessCheck', phase: 'check', progress: 100 }),
    measure(4, {
      title: 'Školení komunikace',
      status: 'approved',
      phase: 'plan',
      progress: 0,
      priority: 'high',
    }),
    measure(5, { title: 'Archiv spisů', status: 'closed', phase: 'act', progress: 100, effective: true }),
  ];
}

const TODAY = '2026-05-12';

function summaryOf(item: Measure): MeasureSummary {
  return {
    id: item.id,
    title: item.title,
    kind: item.kind,
    status: item.status,
    phase: item.phase,
    priority: item.priority,
    origin: item.source.origin,
    subcriterionCode: item.source.subcriterionCode,
    cycleId: item.source.cycleId,
    departmentCode: item.departmentCode,
    departmentName: item.departmentName,
    owner: item.owner,
    deadline: item.deadline,
    checkDate: item.checkDate,
    progress: item.progress,
    effective: item.effective,
    overdue: OPEN_MEASURE_STATUSES.includes(item.status) && item.deadline < TODAY,
    modifiedAt: item.modifiedAt,
  };
}

const ACTIONS_BY_STATUS: Readonly<Record<MeasureStatus, readonly MeasureAction[]>> = {
  proposed: ['edit', 'approve', 'cancel'],
  approved: ['edit', 'start', 'cancel'],
  inProgress: ['edit', 'reportProgress', 'requestCheck', 'cancel'],
  effectivenessCheck: ['checkEffectiveness', 'cancel'],
  closed: [],
  cancelled: [],
};

export function createFakeMeasures() {
  const measures = seedMeasures();
  const updates = new Map<number, MeasureUpdate[]>(
    measures.map((item) => [
      item.id,
      [
        {
          id: 1,
          kind: 'created',
          at: item.createdAt,
          by: JANA,
          phase: 'plan',
          statusAfter: 'proposed',
          progress: null,
          note: 'Založeno z plánu.',
        },
      ],
    ]),
  );
  let etagCounter = 10;
  let nextId = 100;

  const detailOf = (item: Measure, me: Me): MeasureDetailReply => ({
    measure: item,
    updates: [...(updates.get(item.id) ?? [])].reverse(),
    allowed: me.roles.includes('qualityManager') ? ACTIONS_BY_STATUS[item.status] : [],
  });

  const write = (
    item: Measure,
    change: Partial<Measure>,
    update: Omit<MeasureUpdate, 'id' | 'at' | 'by'>,
    me: Me,
  ) => {
    const next = { ...item, ...change, etag: `"${(etagCounter += 1)}"`, modifiedAt: '2026-05-12T09:00:00Z' };
    measures[measures.indexOf(item)] = next;
    const list = updates.get(item.id) ?? [];
    list.push({
      ...update,
      id: list.length + 1,
      at: '2026-05-12T09:00:00Z',
      by: { email: me.email, displayName: me.displayName },
    });
    updates.set(item.id, list);
    return next;
  };

  const register = (search: URLSearchParams, me: Me): MeasureRegisterReply => {
    const statuses = search.get('status')?.split(',') ?? null;
    let items = measures.filter(
      (item) =>
        (statuses === null || statuses.includes(item.status)) &&
        (search.get('phase') === null || item.phase === search.get('phase')) &&
        (search.get('departmentCode') === null || item.departmentCode === search.get('departmentCode')) &&
        (search.get('ownerEmail') === null || item.owner?.email === search.get('ownerEmail')) &&
        (search.get('mine') !== 'true' || item.owner?.email === me.email) &&
        (search.get('overdue') !== 'true' || summaryOf(item).overdue),
    );
    const sort = search.get('sort') ?? 'deadline';
    const keyOf = (item: Measure) =>
      sort === 'title' ? item.title : sort === 'modified' ? item.modifiedAt : item.deadline;
    items = [...items].sort((a, b) => keyOf(a).localeCompare(keyOf(b), 'cs'));
    if (search.get('descending') === 'true') items.reverse();
    const start = Number(search.get('page') ?? '0');
    const page = items.slice(start, start + PAGE_SIZE);
    const summaries = items.map(summaryOf);
    return {
      items: page.map(summaryOf),
      total: items.length,
      nextPage: start + PAGE_SIZE < items.length ? String(start + PAGE_SIZE) : null,
      tiles: {
        open: summaries.filter((item) => OPEN_MEASURE_STATUSES.includes(item.status)).length,
        overdue: summaries.filter((item) => item.overdue).length,
        dueSoon: 1,
        awaitingCheck: summaries.filter((item) => item.status === 'effectivenessCheck').length,
        closedThisYear: summaries.filter((item) => item.status === 'closed').length,
      },
      mayCreate: me.roles.includes('qualityManager'),
      creatableDepartmentCodes: me.roles.includes('qualityManager') ? 'all' : [],
    };
  };

  const ok = (body: unknown): FakeReply => ({ status: 200, body });
  const stale = () => errorReply(409, 'conflict', 'Opatření mezitím změnil někdo jiný.');

  const handler: CafHandler = ({ method, path, search, body, me }) => {
    if (path === '/api/measures/export.xlsx' || path === '/api/measures/report.docx')
      return ok({ file: path });
    if (path === '/api/measures') {
      if (method === 'GET') return ok(register(search, me));
      const draft = body as MeasureDraft;
      const created = measure((nextId += 1), {
        ...draft,
        status: 'proposed',
        phase: 'plan',
        progress: 0,
        owner:
          draft.ownerEmail === null
            ? { email: me.email, displayName: me.displayName }
            : { email: draft.ownerEmail, displayName: draft.ownerEmail },
        coOwners: draft.coOwnerEmails.map((email) => ({ email, displayName: email })),
        steps: draft.steps.map((step, index) => ({
          ...step,
          key: step.key ?? `s${index + 1}`,
          ownerName: null,
        })),
      });
      measures.push(created);
      updates.set(created.id, []);
      return ok(detailOf(created, me));
    }
    const match = /^\/api\/measures\/(\d+)(?:\/(progress|transition|effectiveness))?$/.exec(path);
    if (match === null) return undefined;
    const item = measures.find((candidate) => candidate.id === Number(match[1]));
    if (item === undefined) return errorReply(404, 'notFound', 'Nenalezeno.');
    if (method === 'GET') return ok(detailOf(item, me));
    const request = body as { etag: string };
    if (request.etag !== item.etag) return stale();
    if (method === 'PUT') {
      const { draft } = body as EditMeasureRequest;
      const { ownerEmail: _owner, coOwnerEmails: _coOwners, steps, ...rest } = draft;
      return ok(
        detailOf(
          write(
            item,
            {
              ...rest,
              steps: steps.map((step, index) => ({ ...step, key: step.key ?? `n${index}`, ownerName: null })),
            },
            { kind: 'edited', phase: item.phase, statusAfter: item.status, progress: null, note: '' },
            me,
          ),
          me,
        ),
      );
    }
    switch (match[2]) {
      case 'progress': {
        const report = body as ReportProgressRequest;
        const steps = item.steps.map((step) => ({
          ...step,
          done: report.stepsDone?.find((s) => s.key === step.key)?.done ?? step.done,
        }));
        return ok(
          detailOf(
            write(
              item,
              { progress: report.progress, phase: report.phase, steps },
              {
                kind: 'progress',
                phase: report.phase,
                statusAfter: item.status,
                progress: report.progress,
                note: report.note,
              },
              me,
            ),
            me,
          ),
        );
      }
      case 'transition': {
        const move = body as TransitionMeasureRequest;
        const status: MeasureStatus = {
          approve: 'approved',
          start: 'inProgress',
          requestCheck: 'effectivenessCheck',
          cancel: 'cancelled',
        }[move.transition] as MeasureStatus;
        const kind = (
          {
            approve: 'approved',
            start: 'started',
            requestCheck: 'checkRequested',
            cancel: 'cancelled',
          } as const
        )[move.transition];
        return ok(
          detailOf(
            write(
              item,
              { status, cancelReason: move.transition === 'cancel' ? move.reason : null },
              { kind, phase: item.phase, statusAfter: status, progress: null, note: move.reason },
              me,
            ),
            me,
          ),
        );
      }
      default: {
        const check = body as CheckEffectivenessRequest;
        const status: MeasureStatus = check.effective ? 'closed' : 'inProgress';
        return ok(
          detailOf(
            write(
              item,
              { status, effective: check.effective, deadline: check.newDeadline ?? item.deadline },
              {
                kind: check.effective ? 'checkedEffective' : 'checkedNotEffective',
                phase: item.phase,
                statusAfter: status,
                progress: null,
                note: check.note,
              },
              me,
            ),
            me,
          ),
        );
      }
    }
  };
  return { measures, handler };
}
