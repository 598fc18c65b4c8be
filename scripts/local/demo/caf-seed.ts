import {
  STEP_OF_STATUS,
  allSubcriteria,
  type CycleEventKind,
  type CycleStatus,
  type StoredCycleEvent,
  type SubcriterionScoreInput,
} from '@kvalita/core';
import type { SharePointCafStore } from '@kvalita/sharepoint';

/**
 * Two CAF cycles for the demo office, so the journey, the consensus board and the comparison with
 * the previous cycle are all visible on first run: 2024 closed and approved (with its history),
 * 2026 in scoring.
 */
const domain = 'lipova.example';
const leader = `lucie.dvorakova@${domain}`;
const members = [`jana.novakova@${domain}`, `marie.prochazkova@${domain}`, `alena.nemcova@${domain}`];

/** A plausible office: leadership and processes ahead, people results and social responsibility behind. */
const BASE: Readonly<Record<number, number>> = {
  1: 50,
  2: 45,
  3: 35,
  4: 50,
  5: 55,
  6: 45,
  7: 30,
  8: 35,
  9: 50,
};

function classical(score: number): SubcriterionScoreInput {
  return { method: 'classical', score: Math.max(0, Math.min(100, Math.round(score))) };
}

const TEXTS: Readonly<Record<string, { strengths: string; areas: string; ideas: string }>> = {
  '3.2': {
    strengths: 'Roční plán vzdělávání pro každý odbor\nAdaptační proces nových zaměstnanců',
    areas: 'Chybí zastupitelnost na specializovaných agendách\nKompetence vedoucích se nehodnotí',
    ideas: 'Zavést kompetenční model a zpětnou vazbu 360° pro vedoucí',
  },
  '6.2': {
    strengths: 'Sledujeme čekací doby na přepážkách',
    areas: 'Stížnosti podané e-mailem se neevidují jednotně',
    ideas: 'Jedna evidence stížností se lhůtou pro odpověď',
  },
  '7.1': {
    strengths: 'Průzkum spokojenosti zaměstnanců jednou za dva roky',
    areas: 'Výsledky průzkumu se zaměstnancům nevracejí\nNízká návratnost v menších odděleních',
    ideas: 'Krátké pulzní průzkumy v Teams a zveřejnění výsledků',
  },
};

/** A classical, office-wide cycle coordinated by the quality manager, with the demo CAF team. */
async function createCycleWithTeam(
  store: SharePointCafStore,
  name: string,
  startDate: string,
  endDate: string,
): Promise<number> {
  const cycle = await store.createCycle({
    name,
    method: 'classical',
    startDate,
    endDate,
    scope: { kind: 'office' },
    coordinatorEmail: `jana.novakova@${domain}`,
  });
  await store.addTeamMember(cycle.id, leader, 'leader', `jana.novakova@${domain}`);
  for (const member of members) await store.addTeamMember(cycle.id, member, 'member', leader);
  return cycle.id;
}

export async function seedDemoCycles(store: SharePointCafStore): Promise<number> {
  if ((await store.listCycles()).length > 0) return 0;
  const codes = allSubcriteria().map((subcriterion) => subcriterion.code);
  const base = (code: string, index: number) =>
    (BASE[Number(code.split('.')[0])] ?? 40) + ((index * 7) % 15) - 5;

  const previous = await createCycleWithTeam(store, 'Sebehodnocení CAF 2024', '2024-09-02', '2024-12-13');
  for (const [index, code] of codes.entries()) {
    const text = TEXTS[code];
    await store.saveConsensus(previous, {
      code,
      input: classical(base(code, index)),
      strengths: text?.strengths ?? '',
      areasForImprovement: text?.areas ?? '',
      improvementIdeas: text?.ideas ?? '',
    });
  }
  // The 2024 cycle's way through its phases, so its history shows on the first run.
  const jana = { byName: 'Ing. Jana Nováková', byEmail: `jana.novakova@${domain}` };
  const petr = { byName: 'Mgr. Petr Svoboda', byEmail: `petr.svoboda@${domain}` };
  await moveDemoCycle(store, previous, 'scoring', jana, '2024-09-16T08:00:00Z');
  await moveDemoCycle(store, previous, 'consensus', jana, '2024-11-04T08:00:00Z');
  await moveDemoCycle(store, previous, 'report', jana, '2024-12-09T08:00:00Z');
  const read = await store.phaseRead(previous);
  if (read)
    await store.changePhase(read, {
      approval: { approvedBy: petr.byName, approvedAt: '2025-01-20T09:30:00Z' },
      approverEmail: petr.byEmail,
      event: event('approved', 'report', 'report', petr, '2025-01-20T09:30:00Z', {
        comment: 'Schvaluji. Děkuji týmu za poctivé sebehodnocení.',
      }),
    });
  await moveDemoCycle(store, previous, 'improvement', jana, '2025-01-27T08:00:00Z');
  await moveDemoCycle(store, previous, 'closed', jana, '2025-06-30T08:00:00Z');

  const current = await createCycleWithTeam(store, 'Sebehodnocení CAF 2026', '2026-09-01', '2026-12-15');
  await moveDemoCycle(store, current, 'scoring', jana, '2026-09-14T08:00:00Z');
  // Alena Němcová has scored everything and submitted; Marie Procházková has started criterion 1.
  const alena = `alena.nemcova@${domain}`;
  for (const [index, code] of codes.entries()) {
    const text = TEXTS[code];
    await store.saveScore(
      current,
      alena,
      code,
      {
        input: classical(base(code, index) + 10),
        strengths: text?.strengths ?? '',
        areasForImprovement: text?.areas ?? '',
        improvementIdeas: '',
        evidence: [],
      },
      null,
    );
  }
  await store.submitScores(current, alena);
  for (const [index, code] of codes.slice(0, 4).entries()) {
    await store.saveScore(
      current,
      `marie.prochazkova@${domain}`,
      code,
      {
        input: classical(base(code, index) - 25 + index * 12),
        strengths: '',
        areasForImprovement: '',
        improvementIdeas: '',
        evidence: [],
      },
      null,
    );
  }
  return 2;
}

type DemoActor = Pick<StoredCycleEvent, 'byName' | 'byEmail'>;

function event(
  kind: CycleEventKind,
  from: CycleStatus,
  to: CycleStatus,
  actor: DemoActor,
  at: string,
  notes: Partial<Pick<StoredCycleEvent, 'reason' | 'comment' | 'notSubmitted'>> = {},
): StoredCycleEvent {
  return { kind, from, to, ...actor, at, reason: '', comment: '', notSubmitted: [], ...notes };
}

/** One phase forward, written with its history entry as the service writes it. */
async function moveDemoCycle(
  store: SharePointCafStore,
  id: number,
  to: CycleStatus,
  actor: DemoActor,
  at: string,
): Promise<void> {
  const read = await store.phaseRead(id);
  if (!read) throw new Error(`Demo cycle ${id} is gone`);
  await store.changePhase(read, {
    status: to,
    currentStep: STEP_OF_STATUS[to],
    event: event('moved', read.cycle.status, to, actor, at),
  });
}
