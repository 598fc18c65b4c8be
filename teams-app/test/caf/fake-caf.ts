import {
  STEP_OF_STATUS,
  aggregate,
  forwardRefusal,
  notSubmitted,
  previousStatus,
  reviewRefusal,
  translate,
  baselineRefusal,
  comparisonOf,
  eligibleBaselines,
  sameScope,
  type ComparableCycle,
  type SetBaselineRequest,
  type CycleEvent,
  type PhaseFacts,
  type PhaseRefusal,
  compareCycles,
  cyclePermissions,
  needsDiscussion,
  statistics,
  subcriterionScore,
  type ConsensusBoard,
  type ConsensusDraft,
  type ConsensusEntry,
  type CycleDetail,
  type CycleListReply,
  type CycleResultsView,
  type CycleStatus,
  type CycleSummary,
  type DemoPerson,
  type IndividualScore,
  type Me,
  type MeasureListReply,
  type MoveStatusRequest,
  type MyScores,
  type NewPlanMeasure,
  type NewTeamMember,
  type PlanMeasure,
  type LoopMeasure,
  type MeasuresSincePrevious,
  measureCountsByCriterion,
  type ScoreDraft,
  type ScoringMethod,
  type SubcriterionScoreInput,
  type SubmittedReply,
  type TeamMember,
  type TeamRole,
} from '@kvalita/core';
import { errorReply, type CafHandler } from '../support/fake-service';

/*
 * The CAF endpoints of docs/api-caf.md in memory, with core's rules for permissions and statistics,
 * so the tab's pages can be tested as the signed-in people would see them. Requests and answers
 * are typed with core's contract (core/src/caf/contract.ts).
 */

export const CAF_PEOPLE: readonly DemoPerson[] = [
  {
    email: 'jana.novakova@urad.example',
    displayName: 'Jana Nováková',
    jobTitle: 'Manažerka kvality',
    departmentName: 'Kancelář tajemníka',
    roles: ['qualityManager'],
  },
  {
    email: 'lucie.dvorakova@urad.example',
    displayName: 'Lucie Dvořáková',
    jobTitle: 'Referentka',
    departmentName: 'Odbor dopravy',
    roles: ['cafTeamMember'],
  },
  {
    email: 'marie.prochazkova@urad.example',
    displayName: 'Marie Procházková',
    jobTitle: 'Referentka',
    departmentName: 'Odbor financí',
    roles: ['cafTeamMember'],
  },
  {
    email: 'pavel.reditel@urad.example',
    displayName: 'Pavel Ředitel',
    jobTitle: 'Tajemník',
    departmentName: null,
    roles: ['director'],
  },
];

export const asLucie = { 'kvalita.demoEmail': 'lucie.dvorakova@urad.example' };
export const asMarie = { 'kvalita.demoEmail': 'marie.prochazkova@urad.example' };
export const asPavel = { 'kvalita.demoEmail': 'pavel.reditel@urad.example' };
export const asJana = { 'kvalita.demoEmail': 'jana.novakova@urad.example' };

interface StoredScore {
  input: SubcriterionScoreInput | null;
  strengths: string;
  areasForImprovement: string;
  improvementIdeas: string;
  evidence: { title: string; url: string }[];
  etag: string;
}

export interface FakeCycle {
  id: number;
  name: string;
  method: ScoringMethod;
  status: CycleStatus;
  currentStep: number;
  team: { email: string; role: TeamRole; submitted: boolean }[];
  /** email → code → score */
  scores: Map<string, Map<string, StoredScore>>;
  consensus: Map<
    string,
    {
      input: SubcriterionScoreInput;
      strengths: string;
      areasForImprovement: string;
      improvementIdeas: string;
    }
  >;
  /** The plan; a measure without an effectiveness outcome is unchecked and not overdue. */
  measures: (PlanMeasure & Partial<Pick<LoopMeasure, 'effective' | 'overdue'>>)[];
  /** The earlier cycle the quality manager chose to compare with (PUT /baseline); none: the default rule. */
  previousCycleChoice?: number | null;
  approval?: { approvedBy: string; approvedAt: string } | undefined;
  history?: CycleEvent[];
}

const texts = { strengths: '', areasForImprovement: '', improvementIdeas: '' };

function stored(score: number, extra: Partial<StoredScore> = {}): StoredScore {
  return { input: { method: 'classical', score }, ...texts, evidence: [], etag: `etag-${score}`, ...extra };
}

export function createFakeCaf() {
  let etagCounter = 0;
  const cycles: FakeCycle[] = [
    {
      id: 2,
      name: 'Sebehodnocení CAF 2026',
      method: 'classical',
      status: 'scoring',
      currentStep: 5,
      team: [
        { email: 'lucie.dvorakova@urad.example', role: 'leader', submitted: false },
        { email: 'marie.prochazkova@urad.example', role: 'member', submitted: true },
      ],
      scores: new Map([
        ['lucie.dvorakova@urad.example', new Map([['1.1', stored(50, { etag: 'etag-lucie-1.1' })]])],
        [
          'marie.prochazkova@urad.example',
          new Map([
            ['1.1', stored(90, { strengths: 'Jasná vize', areasForImprovement: 'Chybí měření' })],
            ['1.2', stored(40)],
          ]),
        ],
      ]),
      consensus: new Map([
        ['1.2', { input: { method: 'classical', score: 45 }, ...texts, areasForImprovement: 'Málo školení' }],
      ]),
      measures: [],
    },
    {
      id: 3,
      name: 'Jemné hodnocení 2026',
      method: 'fineTuned',
      status: 'scoring',
      currentStep: 5,
      team: [{ email: 'lucie.dvorakova@urad.example', role: 'member', submitted: false }],
      scores: new Map(),
      consensus: new Map(),
      measures: [],
    },
  ];
  /**
   * Earlier cycles, closed, with their consensus scores: what the results compare with (core's
   * comparisonOf). Not in the cycles list, which the other pages' tests count.
   */
  const earlier: (ComparableCycle & { name: string; scores: Record<string, number> })[] = [
    {
      id: 1,
      name: 'Sebehodnocení CAF 2024',
      method: 'classical',
      status: 'closed',
      startDate: '2024-09-02',
      endDate: '2024-12-13',
      scope: { kind: 'office' },
      approval: { approvedBy: 'Pavel Ředitel', approvedAt: '2025-01-20' },
      scores: { '1.2': 55, '1.1': 30 },
    },
    {
      id: 4,
      name: 'Sebehodnocení odborů 2025',
      method: 'classical',
      status: 'closed',
      startDate: '2025-03-03',
      endDate: '2025-06-30',
      scope: { kind: 'departments', departmentCodes: ['OD'] },
      approval: { approvedBy: 'Pavel Ředitel', approvedAt: '2025-07-10' },
      scores: { '1.2': 70 },
    },
  ];
  /** The earlier cycles' improvement plans, as the register now sees them (status, effectiveness). */
  const earlierMeasures = new Map<number, LoopMeasure[]>([
    [
      1,
      [
        {
          id: 11,
          title: 'Pravidelné porady vedení s odbory',
          kind: 'improvement',
          status: 'closed',
          ownerEmail: 'pavel.reditel@urad.example',
          ownerName: 'Pavel Ředitel',
          deadline: '2025-06-30',
          subcriterionCode: '1.1',
          criterion: 1,
          effective: true,
          overdue: false,
        },
        {
          id: 12,
          title: 'Zveřejnit vizi na intranetu',
          kind: 'corrective',
          status: 'inProgress',
          ownerEmail: 'lucie.dvorakova@urad.example',
          ownerName: 'Lucie Dvořáková',
          deadline: '2025-10-31',
          subcriterionCode: '1.1',
          criterion: 1,
          effective: false,
          overdue: true,
        },
        {
          id: 13,
          title: 'Školení vedoucích',
          kind: 'improvement',
          status: 'approved',
          ownerEmail: null,
          ownerName: null,
          deadline: '2026-12-31',
          subcriterionCode: '3.2',
          criterion: 3,
          effective: null,
          overdue: false,
        },
      ],
    ],
  ]);
  /** What the scoring and consensus replies carry: the compared cycle's plan, as the register sees it. */
  const sincePrevious = (cycle: FakeCycle): MeasuresSincePrevious => {
    const previous = comparisonOf(comparable(cycle), all()).cycle;
    return previous
      ? {
          previousCycle: { id: previous.id, name: previous.name },
          measures: earlierMeasures.get(previous.id) ?? [],
        }
      : { previousCycle: null, measures: [] };
  };
  const comparable = (cycle: FakeCycle): ComparableCycle => ({
    id: cycle.id,
    method: cycle.method,
    status: cycle.status,
    startDate: '2026-09-01',
    endDate: '2026-12-15',
    scope: { kind: 'office' },
    approval: cycle.approval ?? null,
    previousCycleChoice: cycle.previousCycleChoice ?? null,
  });
  const all = () => [
    ...earlier,
    ...cycles.map((cycle) => ({ ...comparable(cycle), name: cycle.name, scores: {} })),
  ];

  const people = new Map(CAF_PEOPLE.map((person) => [person.email, person]));
  const error = errorReply;

  function summary(cycle: FakeCycle, me: Me): CycleSummary {
    const mine = cycle.team.find((member) => member.email === me.email);
    return {
      id: cycle.id,
      name: cycle.name,
      method: cycle.method,
      status: cycle.status,
      startDate: '2026-09-01',
      endDate: '2026-12-15',
      scope: { kind: 'office' },
      currentStep: cycle.currentStep,
      reportApproval: cycle.approval ?? null,
      myTeamRole: mine?.role ?? null,
      mySubmitted: mine?.submitted ?? false,
      permissions: cyclePermissions(
        { roles: me.roles, teamRole: mine?.role ?? null, hasSubmitted: mine?.submitted ?? false },
        cycle.status,
      ),
    };
  }

  function detail(cycle: FakeCycle, me: Me): CycleDetail {
    return {
      ...summary(cycle, me),
      previousCycleId: comparisonOf(comparable(cycle), all()).cycle?.id ?? null,
      history: cycle.history ?? [],
      team: cycle.team.map((member) => ({
        email: member.email,
        displayName: people.get(member.email)?.displayName ?? member.email,
        role: member.role,
        departmentName: people.get(member.email)?.departmentName ?? null,
        submitted: member.submitted,
      })),
    };
  }

  function scoreBody(code: string, score: StoredScore): IndividualScore {
    return {
      code,
      ...score,
      score: score.input === null ? null : subcriterionScore(score.input),
      updatedAt: '2026-11-20T10:00:00Z',
    };
  }

  const handler: CafHandler = ({ method, path, search, body, me }) => {
    if (path === '/api/caf/cycles' && method === 'GET')
      return {
        status: 200,
        body: { cycles: cycles.map((cycle) => summary(cycle, me)) } satisfies CycleListReply,
      };
    const match = /^\/api\/caf\/cycles\/(\d+)(\/.*)?$/.exec(path);
    if (match === null) return undefined;
    const cycle = cycles.find((candidate) => candidate.id === Number(match[1]));
    if (cycle === undefined) return error(404, 'notFound', 'Cyklus neexistuje.');
    const rest = match[2] ?? '';
    const mine = cycle.team.find((member) => member.email === me.email);
    const myScores = cycle.scores.get(me.email) ?? new Map<string, StoredScore>();
    const code = decodeURIComponent(rest.split('/')[2] ?? '');

    if (rest === '' && method === 'GET') return { status: 200, body: detail(cycle, me) };
    const facts = (): PhaseFacts => ({
      status: cycle.status,
      approved: cycle.approval !== undefined,
      team: cycle.team.map((member) => ({
        name: people.get(member.email)?.displayName ?? member.email,
        role: member.role,
        submitted: member.submitted,
      })),
      consensusCount: cycle.consensus.size,
    });
    const refused = (refusal: PhaseRefusal) =>
      error(
        409,
        'conflict',
        translate('cs', `caf.phase.refused.${refusal.kind}`, {
          names: refusal.kind === 'scoresNotSubmitted' ? refusal.missing.join(', ') : '',
        }),
      );
    const record = (kind: CycleEvent['kind'], to: CycleStatus, notes: Partial<CycleEvent> = {}) => {
      cycle.history = [
        ...(cycle.history ?? []),
        {
          kind,
          from: cycle.status,
          to,
          byName: people.get(me.email)?.displayName ?? me.email,
          at: '2026-11-22T09:00:00Z',
          reason: '',
          comment: '',
          notSubmitted: [],
          ...notes,
        },
      ];
      cycle.status = to;
      cycle.currentStep = STEP_OF_STATUS[to];
    };
    if (rest === '/status' && method === 'POST') {
      const request = body as MoveStatusRequest;
      const refusal = forwardRefusal(facts(), request.status, request);
      if (refusal) return refused(refusal);
      record('moved', request.status, {
        notSubmitted: request.status === 'consensus' ? notSubmitted(facts()) : [],
      });
      return { status: 200, body: summary(cycle, me) };
    }
    if (rest === '/status/back' && method === 'POST') {
      const back = previousStatus(cycle.status);
      if (back === null) return refused({ kind: 'noPreviousPhase' });
      if (back === 'report' || back === 'consensus') cycle.approval = undefined;
      record('steppedBack', back, { reason: (body as { reason: string }).reason });
      return { status: 200, body: summary(cycle, me) };
    }
    if (rest === '/report/return' && method === 'POST') {
      const refusal = reviewRefusal(facts());
      if (refusal) return refused(refusal);
      record('returned', 'consensus', { reason: (body as { reason: string }).reason });
      return { status: 200, body: summary(cycle, me) };
    }
    if (rest === '/team' && method === 'POST') {
      const member = body as NewTeamMember;
      cycle.team.push({ ...member, submitted: false });
      return { status: 201, body: detail(cycle, me).team.at(-1) satisfies TeamMember | undefined };
    }
    if (rest === '/my-scores' && method === 'GET')
      return {
        status: 200,
        body: {
          submitted: mine?.submitted ?? false,
          scores: [...myScores.entries()].map(([key, score]) => scoreBody(key, score)),
          measuresSincePrevious: sincePrevious(cycle),
        } satisfies MyScores,
      };
    if (rest.startsWith('/my-scores/') && rest !== '/my-scores/submit' && method === 'PUT') {
      const draft = body as ScoreDraft;
      const existing = myScores.get(code);
      if ((existing?.etag ?? null) !== draft.etag) return error(409, 'conflict', '');
      etagCounter += 1;
      const next: StoredScore = {
        ...draft,
        evidence: [...draft.evidence],
        etag: `etag-saved-${etagCounter}`,
      };
      myScores.set(code, next);
      cycle.scores.set(me.email, myScores);
      return { status: 200, body: scoreBody(code, next) };
    }
    if (rest === '/my-scores/submit' && method === 'POST') {
      if (mine) mine.submitted = true;
      return { status: 200, body: { submitted: true } satisfies SubmittedReply };
    }
    if (rest === '/consensus' && method === 'GET') {
      const hide = search.get('hideNames') === 'true';
      const codes = ['1.1', '1.2', '1.3'];
      return {
        status: 200,
        body: {
          spreadLimit: 30,
          subcriteria: codes.map((key) => {
            const entries = cycle.team
              .map((member) => ({ member, score: cycle.scores.get(member.email)?.get(key) }))
              .filter((entry) => entry.score?.input);
            const stats = statistics(
              entries.map((entry) => subcriterionScore(entry.score?.input as SubcriterionScoreInput)),
            );
            const agreed = cycle.consensus.get(key);
            return {
              code: key,
              stats,
              needsDiscussion: needsDiscussion(stats, 30),
              members: entries.map(({ member, score }) => ({
                name: hide ? null : (people.get(member.email)?.displayName ?? null),
                input: score?.input ?? null,
                score: score?.input ? subcriterionScore(score.input) : null,
                strengths: score?.strengths ?? '',
                areasForImprovement: score?.areasForImprovement ?? '',
                improvementIdeas: score?.improvementIdeas ?? '',
              })),
              consensus: agreed ? { code: key, ...agreed, score: subcriterionScore(agreed.input) } : null,
            };
          }),
          measuresSincePrevious: sincePrevious(cycle),
        } satisfies ConsensusBoard,
      };
    }
    if (rest.startsWith('/consensus/') && method === 'PUT') {
      const entry = body as ConsensusDraft;
      cycle.consensus.set(code, entry);
      return {
        status: 200,
        body: { code, ...entry, score: subcriterionScore(entry.input) } satisfies ConsensusEntry,
      };
    }
    const results = (): CycleResultsView => {
      const current = Object.fromEntries(
        [...cycle.consensus.entries()].map(([key, entry]) => [key, subcriterionScore(entry.input)]),
      );
      const comparison = comparisonOf(comparable(cycle), all());
      const byDefault = comparisonOf({ ...comparable(cycle), previousCycleChoice: null }, all()).cycle;
      const previous = comparison.cycle;
      return {
        results: aggregate(current),
        changes: previous
          ? compareCycles(current, previous.scores).filter(
              (change) => change.previous !== null || change.current !== null,
            )
          : [],
        previousCycleName: previous?.name ?? null,
        comparedWith: comparison.cycle
          ? {
              id: comparison.cycle.id,
              name: comparison.cycle.name,
              startDate: comparison.cycle.startDate,
              endDate: comparison.cycle.endDate,
              source: comparison.source,
            }
          : null,
        noComparison: comparison.cycle === null ? comparison.reason : null,
        baselineOptions: eligibleBaselines(comparable(cycle), all()).map((option) => ({
          id: option.id,
          name: option.name,
          startDate: option.startDate,
          endDate: option.endDate,
          method: option.method,
          scope: option.scope,
          isDefault: option.id === byDefault?.id,
          sameScope: sameScope(option.scope, { kind: 'office' }),
          sameMethod: option.method === cycle.method,
        })),
        subcriteria: [...cycle.consensus.entries()].map(([key, entry]) => ({
          code: key,
          score: subcriterionScore(entry.input),
          strengths: entry.strengths,
          areasForImprovement: entry.areasForImprovement,
          improvementIdeas: entry.improvementIdeas,
        })),
        measureCounts: measureCountsByCriterion(
          cycle.measures.map((measure) => ({ ...measure, effective: measure.effective ?? null })),
        ),
      };
    };
    if (rest === '/results' && method === 'GET') return { status: 200, body: results() };
    if (rest === '/baseline' && method === 'PUT') {
      if (!summary(cycle, me).permissions.manageCycle) return error(403, 'forbidden', 'Nemáte oprávnění.');
      const { previousCycleId } = body as SetBaselineRequest;
      if (previousCycleId !== null) {
        const chosen = all().find((candidate) => candidate.id === previousCycleId);
        if (!chosen) return error(404, 'notFound', 'Cyklus neexistuje.');
        const refusal = baselineRefusal(comparable(cycle), chosen);
        if (refusal) {
          const key = `caf.baseline.refused.${refusal}` as const;
          return {
            status: 409,
            body: { error: { code: 'conflict', message: translate('cs', key), reason: { key } } },
          };
        }
      }
      cycle.previousCycleChoice = previousCycleId;
      return { status: 200, body: results() };
    }
    if (rest === '/report/approve' && method === 'POST') {
      const refusal = reviewRefusal(facts());
      if (refusal) return refused(refusal);
      record('approved', 'report', { comment: (body as { comment?: string }).comment ?? '' });
      cycle.approval = {
        approvedBy: people.get(me.email)?.displayName ?? me.email,
        approvedAt: '2026-11-22',
      };
      return { status: 200, body: summary(cycle, me) };
    }
    if (rest === '/measures' && method === 'GET')
      return { status: 200, body: { measures: cycle.measures } satisfies MeasureListReply };
    if (rest === '/measures' && method === 'POST') {
      const input = body as NewPlanMeasure;
      const measure: LoopMeasure = {
        effective: null,
        overdue: false,
        id: cycle.measures.length + 1,
        title: input.title,
        kind: input.kind,
        status: 'proposed',
        ownerEmail: input.ownerEmail,
        ownerName: people.get(input.ownerEmail)?.displayName ?? null,
        deadline: input.deadline,
        subcriterionCode: input.subcriterionCode,
        criterion: input.subcriterionCode === null ? null : Number(input.subcriterionCode.split('.')[0]),
      };
      cycle.measures.push(measure);
      return { status: 201, body: measure };
    }
    return error(404, 'notFound', 'Nenalezeno.');
  };

  /** Moves a person's submission (e.g. to see the consensus page as a member after submitting). */
  return { handler, cycles };
}
