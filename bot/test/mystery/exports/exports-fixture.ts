import {
  DEMO_CHECKLISTS,
  mysteryResults,
  scoreEvaluation,
  type Campaign,
  type Checklist,
  type ChecklistDraft,
  type Evaluation,
  type EvaluationRecord,
  type EvaluationStatus,
  type ItemAnswer,
  type MysteryChannel,
} from '@kvalita/core';

/*
 * Two campaigns of hand-made sheets for the downloads: spring (previous) and autumn, two
 * departments, a visit and an e-mail checklist. Evaluators have names and e-mails that must never
 * reach a file.
 */

export const EVALUATORS = [
  { email: 'hodnotitelka.tajna@agentura.example', displayName: 'Zdeňka Tajná' },
  { email: 'hodnotitel.skryty@agentura.example', displayName: 'Bohumil Skrytý' },
];
export const AUTHOR = { email: 'kvalita@lipova.example', displayName: 'Ing. Jana Nováková' };

export const NAMES: ReadonlyMap<string, string> = new Map([
  ['OD', 'Odbor dopravy'],
  ['OV', 'Odbor výstavby'],
]);

const checklist = (id: number, draft: ChecklistDraft): Checklist => ({
  ...draft,
  id,
  familyId: id,
  version: 2,
  frozen: true,
  superseded: false,
  createdAt: '2026-01-05T08:00:00Z',
  modifiedAt: '2026-01-05T08:00:00Z',
  etag: '"1"',
});
export const VISIT = checklist(11, DEMO_CHECKLISTS.visit);
export const EMAIL = checklist(12, DEMO_CHECKLISTS.email);
export const CHECKLISTS = [VISIT, EMAIL];

function campaign(id: number, name: string, startDate: string, endDate: string): Campaign {
  return {
    id,
    name,
    description: '',
    startDate,
    endDate,
    departmentCodes: ['OD', 'OV'],
    servicePoints: [
      { key: 'od-prepazka', departmentCode: 'OD', channel: 'visit', name: 'Přepážka 3 – řidičské průkazy' },
      { key: 'od-email', departmentCode: 'OD', channel: 'email', name: 'doprava@lipova.example' },
      { key: 'ov-kancelar', departmentCode: 'OV', channel: 'visit', name: 'Kancelář stavebního úřadu' },
    ],
    quotas: [
      { departmentCode: 'OD', channel: 'visit', count: 3 },
      { departmentCode: 'OD', channel: 'email', count: 2 },
      { departmentCode: 'OV', channel: 'visit', count: 1 },
    ],
    scenarios: [
      {
        key: 'ridicsky-prukaz',
        title: 'Výměna řidičského průkazu',
        kind: 'question',
        channels: ['visit'],
        situation: 'Průkaz mi končí.',
        expectedAnswer: 'Občanský průkaz, bez poplatku, do 20 dnů.',
        deadlineHours: null,
      },
      {
        key: 'prepis-vozidla',
        title: 'Přepis ojetého vozidla',
        kind: 'request',
        channels: ['email'],
        situation: 'Kupuji ojetý vůz.',
        expectedAnswer: 'Do 10 pracovních dnů, poplatek 800 Kč.',
        deadlineHours: 72,
      },
    ],
    checklistIds: { visit: VISIT.id, email: EMAIL.id },
    evaluatorEmails: EVALUATORS.map((one) => one.email),
    lockoutDays: 28,
    staffNotice: {
      informedOn: '2026-08-20',
      documentId: 42,
      note: 'Vedoucí odborů oznámili kontroly na poradách.',
    },
    status: 'closed',
    createdBy: AUTHOR,
    startedAt: `${startDate}T08:00:00Z`,
    closedAt: `${endDate}T16:00:00Z`,
    createdAt: `${startDate}T07:00:00Z`,
    modifiedAt: `${endDate}T16:00:00Z`,
    etag: '"3"',
  };
}

export const SPRING = campaign(1, 'Mystery shopping – jaro 2026', '2026-03-02', '2026-06-26');
export const AUTUMN = campaign(2, 'Mystery shopping – podzim 2026', '2026-09-07', '2026-11-27');

const NOW = new Date('2026-12-01T10:00:00Z');

/** Every item of the checklist "yes" but the ones given. */
function answers(list: Checklist, except: Readonly<Record<string, ItemAnswer>>, note?: [string, string]) {
  return Object.fromEntries(
    list.items.map((item) => [
      item.key,
      { answer: except[item.key] ?? 'yes', note: note && note[0] === item.key ? note[1] : '' },
    ]),
  );
}

let nextId = 100;
function sheet(options: {
  campaign: Campaign;
  department: 'OD' | 'OV';
  channel: MysteryChannel;
  status?: EvaluationStatus;
  except?: Readonly<Record<string, ItemAnswer>>;
  note?: [string, string];
  contactAt: string;
  answeredAt?: string | null;
  waitMinutes?: number | null;
  answerCorrect?: boolean;
  evaluator?: number;
}): Evaluation {
  const list = options.channel === 'visit' ? VISIT : EMAIL;
  const point = options.campaign.servicePoints.find(
    (one) => one.departmentCode === options.department && one.channel === options.channel,
  )!;
  const scenario = options.campaign.scenarios.find((one) => one.channels.includes(options.channel))!;
  const record: EvaluationRecord = {
    contactAt: options.contactAt,
    answeredAt: options.answeredAt ?? null,
    items: answers(list, options.except ?? {}, options.note),
    waitMinutes: options.channel === 'visit' ? (options.waitMinutes ?? 5) : null,
    rings: null,
    answerCorrect: options.answerCorrect ?? true,
    generalNote: 'Pracovnice u přepážky vysvětlila postup.',
  };
  const evaluator = EVALUATORS[options.evaluator ?? 0]!;
  const status = options.status ?? 'locked';
  return {
    id: nextId++,
    campaignId: options.campaign.id,
    departmentCode: options.department,
    servicePointKey: point.key,
    scenarioKey: scenario.key,
    evaluatorEmail: evaluator.email,
    week: '2026-W38',
    channel: options.channel,
    checklistId: list.id,
    evaluator,
    status,
    record,
    score: scoreEvaluation(list, options.channel, record, scenario, NOW),
    reviewComment: status === 'excluded' ? `Vyřazeno: ${evaluator.displayName} byl poznán.` : '',
    history: [{ status: 'submitted', at: options.contactAt, by: evaluator, comment: evaluator.displayName }],
    files: [],
    submittedAt: options.contactAt,
    releasedAt: '2026-11-30T09:00:00Z',
    modifiedAt: '2026-11-30T09:00:00Z',
    etag: '"1"',
  };
}

export const SPRING_SHEETS: Evaluation[] = [
  sheet({ campaign: SPRING, department: 'OD', channel: 'visit', contactAt: '2026-03-10T08:00:00Z' }),
  sheet({
    campaign: SPRING,
    department: 'OD',
    channel: 'visit',
    contactAt: '2026-04-14T08:00:00Z',
    except: { 'fc-wait': 'no' },
  }),
];

export const AUTUMN_SHEETS: Evaluation[] = [
  // 100, weight-perfect; waited 4 minutes.
  sheet({
    campaign: AUTUMN,
    department: 'OD',
    channel: 'visit',
    contactAt: '2026-09-15T07:15:00Z',
    waitMinutes: 4,
  }),
  // Personal data left in view: a critical item failed, score 0.
  sheet({
    campaign: AUTUMN,
    department: 'OD',
    channel: 'visit',
    contactAt: '2026-10-06T12:30:00Z',
    except: { 'co-data': 'no', 'en-privacy': 'partly' },
    note: ['co-data', 'Na přepážce ležel otevřený spis jiného klienta.'],
    waitMinutes: 22,
    answerCorrect: true,
    evaluator: 1,
  }),
  // A late e-mail (80 h against 72), otherwise fine but the deadline item.
  sheet({
    campaign: AUTUMN,
    department: 'OD',
    channel: 'email',
    contactAt: '2026-09-21T08:00:00Z',
    answeredAt: '2026-09-24T16:00:00Z',
    except: { 'fc-deadline': 'no' },
    answerCorrect: false,
  }),
  // Another department's: never in OD's report.
  sheet({
    campaign: AUTUMN,
    department: 'OV',
    channel: 'visit',
    contactAt: '2026-09-16T08:00:00Z',
    except: { 'en-access': 'no' },
    waitMinutes: 30,
  }),
  // Submitted, not released: counts nowhere, in no file.
  sheet({
    campaign: AUTUMN,
    department: 'OD',
    channel: 'visit',
    status: 'submitted',
    contactAt: '2026-11-20T08:00:00Z',
    except: { 'cp-correct': 'no' },
  }),
  // Excluded with a reason that names the evaluator: never in a file.
  sheet({
    campaign: AUTUMN,
    department: 'OD',
    channel: 'visit',
    status: 'excluded',
    contactAt: '2026-11-02T08:00:00Z',
  }),
];

export const byId = new Map(CHECKLISTS.map((one) => [one.id, one]));

/** OD's results of the autumn campaign beside spring's, as the service gives them. */
export const odResults = () =>
  mysteryResults(
    { campaign: AUTUMN, evaluations: AUTUMN_SHEETS },
    { campaign: SPRING, evaluations: SPRING_SHEETS },
    byId,
    'OD',
  );
