import {
  MANAGERS_MODEL,
  STAFF_MODEL,
  type AnonymousGroup,
  type BehaviourRating,
  type CompetencyModelDraft,
  type CyclePhase,
  type OpenedAnswer,
  type RaterGroup,
  type RatingPoint,
} from '@kvalita/core';

/*
 * The demo office's 360 feedback, as a plan the seed writes through the service's own paths (so
 * answers are keyed and sealed exactly as real ones): who rates whom, who declined, and each
 * answer's ratings from a seeded generator — every seeded office looks the same.
 *
 * Two cycles, chosen so the tab has something to show on first start:
 * - released, heads on "Vedoucí zaměstnanci": Pavel Marek's report shows peers and others as groups;
 *   Lucie Dvořáková's lone direct report and two others are merged into "others"; Tomáš Černý's
 *   lone direct report is dropped (no "others" to merge into) — both said openly in the report.
 * - rating, staff on "Zaměstnanci úřadu": about half the forms done, so progress is partial.
 */

const at = (local: string) => `${local}@lipova.example`;

export interface PlannedNomination {
  readonly raterEmail: string;
  readonly group: RaterGroup;
  /** A declined rater gives no answer; the reason is shown to the manager and the coordinator. */
  readonly declineReason: string | null;
  /** The answer this rater gives (null: not yet, or declined). */
  readonly answer: OpenedAnswer | null;
}

export interface PlannedSubject {
  readonly email: string;
  readonly managerEmail: string | null;
  readonly nominations: readonly PlannedNomination[];
}

export interface PlannedCycle {
  readonly name: string;
  readonly model: CompetencyModelDraft;
  /** Where the seed leaves the cycle. */
  readonly phase: Extract<CyclePhase, 'rating' | 'released'>;
  readonly coordinatorEmail: string;
  readonly nominationDeadline: string;
  readonly approvalDeadline: string;
  readonly ratingDeadline: string;
  readonly subjects: readonly PlannedSubject[];
}

/** A small deterministic generator (LCG over a string seed), so every seeded office looks the same. */
export function seededGenerator(seed: string): () => number {
  let state = [...seed].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0, 7);
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const toPoint = (value: number): RatingPoint => Math.max(1, Math.min(5, Math.round(value))) as RatingPoint;

const COMMENTS: readonly string[] = [
  'Oceňuji, že se dá vždy domluvit a věci se dotahují.',
  'Uvítal(a) bych více informací o tom, co se chystá.',
  'Při větším tlaku by pomohlo jasněji stanovit priority.',
  'Příkladně jedná s klienty i v obtížných situacích.',
  'Porady by mohly být kratší a s jasným závěrem.',
  'Je znát zájem o rozvoj lidí v týmu.',
];

/**
 * One rater's answer: the subject's level per competency (seeded per subject), the rater's leniency
 * (seeded per rater), self a little kinder in one competency so reports show a blind spot, and a
 * "cannot judge" now and then from raters who see the subject less (others, direct reports).
 */
export function plannedAnswer(
  cycleName: string,
  model: CompetencyModelDraft,
  subjectEmail: string,
  raterEmail: string,
  group: RaterGroup,
): OpenedAnswer {
  const subjectRandom = seededGenerator(`${cycleName}#${subjectEmail}`);
  const raterRandom = seededGenerator(`${cycleName}#${subjectEmail}#${raterEmail}`);
  const leniency = (raterRandom() - 0.5) * 0.8;
  const ratings: Record<string, BehaviourRating> = {};
  const comments: Record<string, string> = {};
  const competencies = model.groups.flatMap((modelGroup) => modelGroup.competencies);
  const blindSpot = Math.floor(subjectRandom() * competencies.length);
  competencies.forEach((competency, index) => {
    const level = 2.6 + subjectRandom() * 2;
    const selfBoost = group === 'self' && index === blindSpot ? 5 - level : 0;
    for (const behaviour of competency.behaviours) {
      const unseen = (group === 'other' || group === 'directReport') && raterRandom() < 0.08;
      ratings[behaviour.key] = unseen
        ? null
        : toPoint(level + selfBoost + leniency + (raterRandom() - 0.5) * 1.2);
    }
  });
  for (const modelGroup of model.groups) {
    if (raterRandom() < 0.35) {
      comments[modelGroup.key] = COMMENTS[Math.floor(raterRandom() * COMMENTS.length)] ?? COMMENTS[0]!;
    }
  }
  return { group, ratings, comments };
}

type Rater = readonly [local: string, group: AnonymousGroup | 'self' | 'manager'];

function subjectPlan(
  cycleName: string,
  model: CompetencyModelDraft,
  local: string,
  managerLocal: string | null,
  raters: readonly Rater[],
  options: {
    readonly declined?: Readonly<Record<string, string>>;
    readonly done: (rater: string) => boolean;
  },
): PlannedSubject {
  const email = at(local);
  const all: Rater[] = [
    [local, 'self'],
    ...(managerLocal === null ? [] : [[managerLocal, 'manager'] as const]),
    ...raters,
  ];
  return {
    email,
    managerEmail: managerLocal === null ? null : at(managerLocal),
    nominations: all.map(([raterLocal, group]) => {
      const declineReason = options.declined?.[raterLocal] ?? null;
      const answered = declineReason === null && options.done(raterLocal);
      return {
        raterEmail: at(raterLocal),
        group,
        declineReason,
        answer: answered ? plannedAnswer(cycleName, model, email, at(raterLocal), group) : null,
      };
    }),
  };
}

const HEADS_CYCLE = 'Zpětná vazba 360° vedoucích – jaro 2026';
const STAFF_CYCLE = 'Zpětná vazba 360° zaměstnanců – podzim 2026';

/** The plan, dated around `now`: the released cycle ended months ago, the running one ends soon. */
export function demoFeedbackPlan(now: Date): readonly PlannedCycle[] {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const everyone = () => true;
  const heads: PlannedCycle = {
    name: HEADS_CYCLE,
    model: MANAGERS_MODEL,
    phase: 'released',
    coordinatorEmail: at('jana.novakova'),
    nominationDeadline: day(-200),
    approvalDeadline: day(-193),
    ratingDeadline: day(-179),
    subjects: [
      // Peers shown; one direct report and two others merged into "others" (3 together).
      subjectPlan(
        HEADS_CYCLE,
        MANAGERS_MODEL,
        'lucie.dvorakova',
        'petr.svoboda',
        [
          ['tomas.cerny', 'peer'],
          ['martin.horak', 'peer'],
          ['pavel.marek', 'peer'],
          ['marie.prochazkova', 'directReport'],
          ['jana.novakova', 'other'],
          ['alena.nemcova', 'other'],
        ],
        { done: everyone },
      ),
      // Peers shown; the lone direct report has nothing to merge into and is dropped.
      subjectPlan(
        HEADS_CYCLE,
        MANAGERS_MODEL,
        'tomas.cerny',
        'petr.svoboda',
        [
          ['lucie.dvorakova', 'peer'],
          ['martin.horak', 'peer'],
          ['pavel.marek', 'peer'],
          ['jiri.kucera', 'directReport'],
        ],
        { done: everyone },
      ),
      // Peers and others both large enough to be shown by name; the direct report never answered.
      subjectPlan(
        HEADS_CYCLE,
        MANAGERS_MODEL,
        'martin.horak',
        'petr.svoboda',
        [
          ['lucie.dvorakova', 'peer'],
          ['tomas.cerny', 'peer'],
          ['pavel.marek', 'peer'],
          ['jana.novakova', 'other'],
          ['marie.prochazkova', 'other'],
          ['jiri.kucera', 'other'],
          ['eva.vesela', 'directReport'],
        ],
        { done: (rater) => rater !== 'eva.vesela' },
      ),
      // The direct report declined once, with a reason; peers (4) and others (3) shown.
      subjectPlan(
        HEADS_CYCLE,
        MANAGERS_MODEL,
        'pavel.marek',
        'petr.svoboda',
        [
          ['lucie.dvorakova', 'peer'],
          ['tomas.cerny', 'peer'],
          ['martin.horak', 'peer'],
          ['jana.novakova', 'peer'],
          ['alena.nemcova', 'directReport'],
          ['eva.vesela', 'other'],
          ['marie.prochazkova', 'other'],
          ['jiri.kucera', 'other'],
        ],
        {
          declined: { 'alena.nemcova': 'S vedoucím pracuji teprve měsíc, nedokážu jej zatím posoudit.' },
          done: everyone,
        },
      ),
    ],
  };

  // Roughly every other form done, by a seeded draw, so progress shows "x of y".
  const half = (subject: string) => (rater: string) =>
    rater === 'petr.svoboda' || seededGenerator(`${STAFF_CYCLE}#${subject}#${rater}`)() < 0.55;
  const staff: PlannedCycle = {
    name: STAFF_CYCLE,
    model: STAFF_MODEL,
    phase: 'rating',
    coordinatorEmail: at('jana.novakova'),
    nominationDeadline: day(-14),
    approvalDeadline: day(-7),
    ratingDeadline: day(10),
    subjects: [
      subjectPlan(
        STAFF_CYCLE,
        STAFF_MODEL,
        'marie.prochazkova',
        'lucie.dvorakova',
        [
          ['jiri.kucera', 'peer'],
          ['eva.vesela', 'peer'],
          ['alena.nemcova', 'peer'],
          ['jana.novakova', 'other'],
        ],
        { done: half('marie.prochazkova') },
      ),
      subjectPlan(
        STAFF_CYCLE,
        STAFF_MODEL,
        'jiri.kucera',
        'tomas.cerny',
        [
          ['marie.prochazkova', 'peer'],
          ['eva.vesela', 'peer'],
          ['alena.nemcova', 'peer'],
        ],
        { done: half('jiri.kucera') },
      ),
      subjectPlan(
        STAFF_CYCLE,
        STAFF_MODEL,
        'eva.vesela',
        'martin.horak',
        [
          ['marie.prochazkova', 'peer'],
          ['jiri.kucera', 'peer'],
          ['alena.nemcova', 'peer'],
          ['jana.novakova', 'other'],
        ],
        { done: half('eva.vesela') },
      ),
      subjectPlan(
        STAFF_CYCLE,
        STAFF_MODEL,
        'alena.nemcova',
        'pavel.marek',
        [
          ['marie.prochazkova', 'peer'],
          ['jiri.kucera', 'peer'],
          ['eva.vesela', 'peer'],
        ],
        { done: half('alena.nemcova') },
      ),
      subjectPlan(
        STAFF_CYCLE,
        STAFF_MODEL,
        'jana.novakova',
        'petr.svoboda',
        [
          ['marie.prochazkova', 'peer'],
          ['alena.nemcova', 'peer'],
          ['lucie.dvorakova', 'other'],
          ['tomas.cerny', 'other'],
        ],
        { done: half('jana.novakova') },
      ),
    ],
  };
  return [heads, staff];
}

/** Forms per person across one cycle (declines included: they were asked), for the load cap. */
export function plannedLoad(cycle: PlannedCycle): Map<string, number> {
  const load = new Map<string, number>();
  for (const subject of cycle.subjects) {
    for (const nomination of subject.nominations) {
      load.set(nomination.raterEmail, (load.get(nomination.raterEmail) ?? 0) + 1);
    }
  }
  return load;
}
