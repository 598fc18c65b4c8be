import {
  CHANNEL_MEASUREMENTS,
  DEMO_CHECKLISTS,
  WRITTEN_CHANNELS,
  isoWeekOf,
  weekStart,
  type CampaignDraft,
  type EvaluationPlan,
  type EvaluationRecord,
  type EvaluationStatus,
  type ItemAnswer,
  type MysteryChannel,
  type Scenario,
  type ServicePoint,
} from '@kvalita/core';

/*
 * The demo office's mystery shopping: a finished spring campaign of 120 contacts in three
 * departments over six months, all released, and an autumn one in progress (released, reviewed,
 * submitted, returned, drafts and planned visits), so results, the comparison and the action plan
 * show on first start. Pure and deterministic: the same `now` gives the same plan (answers are drawn
 * with a seeded generator). Evaluators are staff of other departments; notes describe roles, never
 * names. The departments differ as offices do: transport answers e-mails late, the building
 * department's office is hard to reach and had the spring's two critical failures (personal data
 * in view, a wrong answer on the phone), social affairs does well.
 */

const DAY_MS = 86_400_000;
const QM = 'jana.novakova@lipova.example';
const at = (local: string) => `${local}@lipova.example`;

/** Who may evaluate which department (never their own, nor the one their section belongs to). */
const EVALUATORS: Readonly<Record<string, readonly string[]>> = {
  OD: [at('alena.nemcova'), at('eva.vesela'), at('marie.prochazkova')],
  OV: [at('alena.nemcova'), at('jiri.kucera'), at('marie.prochazkova')],
  OSV: [at('alena.nemcova'), at('jiri.kucera'), at('eva.vesela')],
};
const DEPARTMENTS = ['OD', 'OV', 'OSV'] as const;
type Department = (typeof DEPARTMENTS)[number];
const CHANNELS = ['visit', 'phone', 'email', 'dataBox'] as const satisfies readonly MysteryChannel[];
type DemoChannel = (typeof CHANNELS)[number];

const SERVICE_POINTS: readonly ServicePoint[] = [
  { key: 'od-prepazka', departmentCode: 'OD', channel: 'visit', name: 'Přepážky registru řidičů a vozidel' },
  { key: 'od-telefon', departmentCode: 'OD', channel: 'phone', name: 'Telefon registru vozidel' },
  { key: 'od-email', departmentCode: 'OD', channel: 'email', name: 'doprava@lipova.example' },
  { key: 'od-ds', departmentCode: 'OD', channel: 'dataBox', name: 'Datová schránka – podání odboru dopravy' },
  { key: 'ov-kancelar', departmentCode: 'OV', channel: 'visit', name: 'Kancelář stavebního úřadu' },
  { key: 'ov-telefon', departmentCode: 'OV', channel: 'phone', name: 'Telefon stavebního úřadu' },
  { key: 'ov-email', departmentCode: 'OV', channel: 'email', name: 'vystavba@lipova.example' },
  {
    key: 'ov-ds',
    departmentCode: 'OV',
    channel: 'dataBox',
    name: 'Datová schránka – podání stavebnímu úřadu',
  },
  { key: 'osv-prepazka', departmentCode: 'OSV', channel: 'visit', name: 'Kontaktní místo sociálních věcí' },
  { key: 'osv-telefon', departmentCode: 'OSV', channel: 'phone', name: 'Telefon sociálního poradenství' },
  { key: 'osv-email', departmentCode: 'OSV', channel: 'email', name: 'socialni@lipova.example' },
  {
    key: 'osv-ds',
    departmentCode: 'OSV',
    channel: 'dataBox',
    name: 'Datová schránka – podání odboru sociálních věcí',
  },
];

/** Scenarios, each for the department whose agenda it is. */
const SCENARIOS: readonly (Scenario & { readonly departmentCode: Department })[] = [
  {
    key: 'ridicsky-prukaz',
    departmentCode: 'OD',
    title: 'Výměna řidičského průkazu po skončení platnosti',
    kind: 'question',
    channels: ['visit', 'phone'],
    situation: 'Průkaz mi za měsíc končí. Ptám se, co mám přinést, kolik to stojí a jak dlouho výměna trvá.',
    expectedAnswer:
      'Občanský průkaz a starý řidičský průkaz; fotografie se pořídí na místě; bez poplatku při výměně z důvodu konce platnosti; vyřízení do 20 dnů, za poplatek rychleji.',
    deadlineHours: null,
  },
  {
    key: 'prepis-vozidla',
    departmentCode: 'OD',
    title: 'Přepis ojetého vozidla',
    kind: 'request',
    channels: ['visit', 'email', 'dataBox'],
    situation:
      'Kupuji ojetý vůz od soukromé osoby a ptám se, jak a do kdy provést přepis, zda musí přijít i prodávající.',
    expectedAnswer:
      'Do 10 pracovních dnů; technický průkaz, osvědčení o registraci, doklad o pojištění; prodávající přijde, nebo dá úředně ověřenou plnou moc; správní poplatek 800 Kč.',
    deadlineHours: 72,
  },
  {
    key: 'drobna-stavba',
    departmentCode: 'OV',
    title: 'Drobná stavba na zahradě',
    kind: 'question',
    channels: ['visit', 'phone', 'email'],
    situation:
      'Chci postavit zahradní domek 20 m² a ptám se, zda potřebuji povolení, nebo stačí něco oznámit.',
    expectedAnswer:
      'Stavba do 25 m² splňující podmínky stavebního zákona povolení nepotřebuje; úřad vysvětlí podmínky (výška, odstupy, územní plán) a nabídne ověření u referenta.',
    deadlineHours: 72,
  },
  {
    key: 'prutahy-rizeni',
    departmentCode: 'OV',
    title: 'Stížnost na průtahy v řízení',
    kind: 'complaint',
    channels: ['email', 'dataBox'],
    situation:
      'Podal jsem žádost před třemi měsíci a nic se neděje; stěžuji si a chci vědět, v jakém stavu řízení je.',
    expectedAnswer:
      'Potvrzení přijetí stížnosti, informace o stavu řízení, zákonná lhůta pro vyřízení stížnosti 60 dnů a kontakt na vedoucího odboru.',
    deadlineHours: 240,
  },
  {
    key: 'prispevek-na-peci',
    departmentCode: 'OSV',
    title: 'Příspěvek na péči o rodiče',
    kind: 'question',
    channels: ['visit', 'phone', 'email'],
    situation: 'Moje matka potřebuje péči; ptám se, kde se žádá o příspěvek na péči a co k tomu potřebuji.',
    expectedAnswer:
      'Žádost podává pečovaná osoba na Úřadu práce; odbor sociálních věcí nabídne sociální šetření, poradenství a pomoc s formulářem.',
    deadlineHours: 72,
  },
  {
    key: 'socialni-byt',
    departmentCode: 'OSV',
    title: 'Žádost o informace k sociálnímu bydlení',
    kind: 'request',
    channels: ['email', 'dataBox'],
    situation:
      'Jsem samoživitelka s nízkým příjmem a ptám se, jak požádat o městský sociální byt a jaké jsou podmínky.',
    expectedAnswer:
      'Pravidla pro přidělování sociálních bytů, formulář žádosti, podmínky (příjem, trvalý pobyt) a nabídka schůzky se sociální pracovnicí.',
    deadlineHours: 240,
  },
];

/** How each department tends to do: the share of "yes" per section (the rest split partly / no). */
const PROFILES: Readonly<Record<Department, Readonly<Record<string, number>>>> = {
  // Strong at the counter, slow with written answers.
  OD: { firstContact: 0.85, environment: 0.85, competence: 0.88, communication: 0.82, outcome: 0.8 },
  // A building that keeps clients out: accessibility and signage are its weak spot.
  OV: { firstContact: 0.78, environment: 0.45, competence: 0.85, communication: 0.75, outcome: 0.7 },
  OSV: { firstContact: 0.88, environment: 0.8, competence: 0.82, communication: 0.92, outcome: 0.86 },
};
/** How much lower the share of "yes" is on written answers (transport's e-mails are its weak spot). */
const WRITTEN_PENALTY: Readonly<Record<Department, number>> = { OD: 0.2, OV: 0, OSV: 0 };
/** Hours to a written answer, from–to: transport's e-mails often miss the 72 hours, its data box does not. */
const REPLY_HOURS: Readonly<
  Record<Department, Readonly<Record<'email' | 'dataBox', readonly [number, number]>>>
> = {
  OD: { email: [40, 200], dataBox: [20, 66] },
  OV: { email: [10, 60], dataBox: [24, 70] },
  OSV: { email: [4, 50], dataBox: [20, 60] },
};

/**
 * The critical items failed, by campaign, department, channel and the sheet's place among that
 * department's contacts on the channel; everywhere else a critical item is met (a data box's
 * deadline follows from the times). The note says what was seen, never who.
 */
const CRITICAL_FAILURES: readonly {
  readonly seed: number;
  readonly departmentCode: Department;
  readonly channel: DemoChannel;
  readonly index: number;
  readonly itemKey: string;
  readonly note: string;
}[] = [
  {
    seed: 2026,
    departmentCode: 'OV',
    channel: 'visit',
    index: 4,
    itemKey: 'co-data',
    note: 'Na pultu ležel otevřený spis jiného stavebníka s adresou a rodným číslem.',
  },
  {
    seed: 2026,
    departmentCode: 'OV',
    channel: 'phone',
    index: 7,
    itemKey: 'cp-correct',
    note: 'Referent uvedl, že domek do 25 m² vždy potřebuje stavební povolení.',
  },
];

const NOTES = [
  'Úřednice u přepážky vysvětlila postup krok za krokem.',
  'Pracovník ochotně doplnil, jaké doklady budu potřebovat.',
  'Čekárna byla čistá, pořadník fungoval.',
  'Odpověď byla věcná, chyběl jen odkaz na formulář.',
  'Referent se představil funkcí a útvarem.',
  'Na chodbě chybělo značení, kde je podatelna.',
];

/** A small seeded generator (mulberry32): the same plan at every start. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface PlannedSheet {
  readonly plan: EvaluationPlan;
  readonly channel: DemoChannel;
  readonly status: EvaluationStatus;
  /** The evaluator's record; null for a planned sheet. */
  readonly record: EvaluationRecord | null;
  readonly reviewComment: string;
}

export interface PlannedFinding {
  readonly departmentCode: Department;
  readonly title: string;
  readonly problem: string;
  readonly kind: 'corrective' | 'preventive';
  /** The sheets it rests on, by their place in the campaign's `sheets`: the department's that failed the items. */
  readonly sheetIndexes: readonly number[];
  readonly itemKeys: readonly string[];
  readonly deadline: string;
}

export interface PlannedCampaign {
  /** `checklistIds` are filled in by the seed, once the checklists exist. */
  readonly draft: Omit<CampaignDraft, 'checklistIds'>;
  readonly status: 'running' | 'closed';
  readonly sheets: readonly PlannedSheet[];
  readonly findings: readonly PlannedFinding[];
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Monday `weeks` whole weeks before the week of `now` (negative: after). */
const mondayBefore = (now: Date, weeks: number) =>
  Date.parse(weekStart(isoWeekOf(now.toISOString()))) - weeks * 7 * DAY_MS;

export function demoMysteryPlan(now: Date): PlannedCampaign[] {
  // Spring: 26 weeks ending 14 weeks before now. Autumn: from 9 weeks before now for 13 weeks.
  const springStart = mondayBefore(now, 40);
  const autumnStart = mondayBefore(now, 9);
  const spring = campaign({
    name: 'Mystery shopping – jaro 2026',
    startMs: springStart,
    weeks: 26,
    quotas: { visit: 15, phone: 12, email: 8, dataBox: 5 },
    seed: 2026,
    now,
    finished: true,
  });
  const autumn = campaign({
    name: 'Mystery shopping – podzim 2026',
    startMs: autumnStart,
    weeks: 13,
    quotas: { visit: 8, phone: 6, email: 4, dataBox: 2 },
    seed: 2027,
    now,
    finished: false,
  });
  return [spring, autumn];
}

function campaign(options: {
  readonly name: string;
  readonly startMs: number;
  readonly weeks: number;
  readonly quotas: Readonly<Record<DemoChannel, number>>;
  readonly seed: number;
  readonly now: Date;
  readonly finished: boolean;
}): PlannedCampaign {
  const next = random(options.seed);
  const startDate = isoDate(options.startMs);
  const endDate = isoDate(options.startMs + (options.weeks * 7 - 3) * DAY_MS);
  const sheets: PlannedSheet[] = [];
  const stage = { recent: 0, middle: 0 };
  for (const departmentCode of DEPARTMENTS) {
    const evaluators = EVALUATORS[departmentCode] ?? [];
    for (const channel of CHANNELS) {
      const count = options.quotas[channel];
      const point = SERVICE_POINTS.find(
        (one) => one.departmentCode === departmentCode && one.channel === channel,
      )!;
      const scenarios = SCENARIOS.filter(
        (one) => one.departmentCode === departmentCode && one.channels.includes(channel),
      );
      for (let index = 0; index < count; index++) {
        // Spread over the period; the evaluators take turns, so none returns within four weeks.
        const weekMs = options.startMs + Math.floor((index * options.weeks) / count) * 7 * DAY_MS;
        const week = isoWeekOf(isoDate(weekMs));
        const scenario = scenarios[index % scenarios.length]!;
        const plan: EvaluationPlan = {
          departmentCode,
          servicePointKey: point.key,
          scenarioKey: scenario.key,
          evaluatorEmail: evaluators[index % evaluators.length]!,
          week,
        };
        const contactMs = weekMs + Math.floor(next() * 4) * DAY_MS + (8 + Math.floor(next() * 6)) * 3_600_000;
        const status = statusOf(options.finished, contactMs, options.now, stage);
        const failure = CRITICAL_FAILURES.find(
          (one) =>
            one.seed === options.seed &&
            one.departmentCode === departmentCode &&
            one.channel === channel &&
            one.index === index,
        );
        const record = recordOf(departmentCode, channel, scenario, contactMs, next, failure ?? null);
        sheets.push({
          plan,
          channel,
          status,
          record: status === 'planned' ? null : status === 'draft' ? unfinished(record, channel) : record,
          reviewComment:
            status === 'returned'
              ? 'Doplňte prosím čas čekání a u položky o značení popište, co chybělo.'
              : '',
        });
      }
    }
  }
  // A finding rests on the department's sheets that failed its items.
  const failing = (departmentCode: Department, itemKeys: readonly string[]) =>
    sheets.flatMap((sheet, index) =>
      sheet.plan.departmentCode === departmentCode &&
      itemKeys.some((key) => sheet.record?.items[key]?.answer === 'no')
        ? [index]
        : [],
    );
  const deadline = (days: number) => isoDate(options.now.getTime() + days * DAY_MS);
  return {
    draft: {
      name: options.name,
      description:
        'Návštěvy, telefonáty, e-maily a podání datovou schránkou na odbory dopravy, výstavby a sociálních věcí; zaměřeno na odbornost a prostředí kontaktu s klientem.',
      startDate,
      endDate,
      departmentCodes: [...DEPARTMENTS],
      servicePoints: SERVICE_POINTS,
      quotas: DEPARTMENTS.flatMap((departmentCode) =>
        CHANNELS.map((channel) => ({ departmentCode, channel, count: options.quotas[channel] })),
      ),
      scenarios: SCENARIOS.map(({ departmentCode: _department, ...scenario }) => scenario),
      evaluatorEmails: [...new Set(Object.values(EVALUATORS).flat())],
      lockoutDays: 28,
      staffNotice: {
        informedOn: isoDate(options.startMs - 14 * DAY_MS),
        documentId: null,
        note: 'Vedoucí odborů oznámili na poradách, že v období kampaně proběhnou kontroly skrytým zákazníkem; termíny nebyly sděleny.',
      },
    },
    status: options.finished ? 'closed' : 'running',
    sheets,
    findings: options.finished
      ? [
          {
            departmentCode: 'OD',
            title: 'Odpovědi na e-maily a podání do tří pracovních dnů',
            problem:
              'Písemné dotazy na odbor dopravy dostaly odpověď často až po lhůtě scénáře; klienti volali znovu.',
            kind: 'corrective',
            sheetIndexes: failing('OD', ['fc-deadline']),
            itemKeys: ['fc-deadline'],
            deadline: deadline(120),
          },
          {
            departmentCode: 'OV',
            title: 'Bezbariérový přístup a značení kanceláře stavebního úřadu',
            problem:
              'Hodnotitelé opakovaně nenašli bezbariérový vstup ani značení kanceláře; klienti s kočárkem nebo na vozíku se nedostanou k přepážce.',
            kind: 'preventive',
            sheetIndexes: failing('OV', ['en-access', 'en-signage']),
            itemKeys: ['en-access', 'en-signage'],
            deadline: deadline(180),
          },
          {
            departmentCode: 'OV',
            title: 'Ochrana osobních údajů u přepážky a správné informace k drobným stavbám',
            problem:
              'Při návštěvě ležel na pultu volně spis jiného klienta a po telefonu zazněla nesprávná informace, že drobná stavba vždy potřebuje povolení.',
            kind: 'corrective',
            sheetIndexes: failing('OV', ['co-data', 'cp-correct']),
            itemKeys: ['co-data', 'cp-correct'],
            deadline: deadline(60),
          },
        ]
      : [],
  };
}

/**
 * A finished campaign's sheets are locked (released, then closed with it). In one running: planned
 * ahead of now, released after three weeks, reviewed or released in the two weeks before, and in
 * the last ten days submitted, in draft or returned — taken in turn, so each shows.
 */
function statusOf(
  finished: boolean,
  contactMs: number,
  now: Date,
  stage: { recent: number; middle: number },
): EvaluationStatus {
  if (finished) return 'locked';
  const daysAgo = (now.getTime() - contactMs) / DAY_MS;
  if (daysAgo < 0) return 'planned';
  if (daysAgo > 21) return 'released';
  if (daysAgo > 10) return (['reviewed', 'released', 'released'] as const)[stage.middle++ % 3]!;
  return (['submitted', 'draft', 'returned', 'submitted', 'draft'] as const)[stage.recent++ % 5]!;
}

/** A draft the evaluator has not finished: the outcome section and the measured values still empty. */
function unfinished(record: EvaluationRecord, channel: DemoChannel): EvaluationRecord {
  const outcome = new Set(
    DEMO_CHECKLISTS[channel].items.filter((item) => item.section === 'outcome').map((item) => item.key),
  );
  return {
    ...record,
    items: Object.fromEntries(
      Object.entries(record.items).map(([key, item]) => [
        key,
        outcome.has(key) ? { answer: null, note: '' } : item,
      ]),
    ),
    answerCorrect: null,
    generalNote: '',
  };
}

function recordOf(
  department: Department,
  channel: DemoChannel,
  scenario: Scenario,
  contactMs: number,
  next: () => number,
  failure: { readonly itemKey: string; readonly note: string } | null,
): EvaluationRecord {
  const written = WRITTEN_CHANNELS.includes(channel);
  const profile = PROFILES[department];
  const checklist = DEMO_CHECKLISTS[channel];
  const items: Record<string, { answer: ItemAnswer | null; note: string }> = {};
  for (const item of checklist.items) {
    const yes = (profile[item.section] ?? 0.8) - (written ? WRITTEN_PENALTY[department] : 0);
    const draw = next();
    const noteDraw = next();
    const which = next();
    // A critical item is met unless this sheet is one of the planned failures.
    const answer: ItemAnswer = item.critical
      ? 'yes'
      : draw < yes
        ? 'yes'
        : draw < yes + (1 - yes) * 0.6
          ? 'partly'
          : 'no';
    items[item.key] = {
      answer,
      note: answer !== 'yes' && noteDraw < 0.4 ? NOTES[Math.floor(which * NOTES.length)]! : '',
    };
  }
  if (failure && items[failure.itemKey]) items[failure.itemKey] = { answer: 'no', note: failure.note };
  const replyRange = channel === 'email' || channel === 'dataBox' ? REPLY_HOURS[department][channel] : null;
  const replyHours = replyRange ? replyRange[0] + Math.floor(next() * (replyRange[1] - replyRange[0])) : null;
  // The deadline item says what the times say.
  if (replyHours !== null && scenario.deadlineHours !== null && items['fc-deadline'])
    items['fc-deadline'] = { answer: replyHours > scenario.deadlineHours ? 'no' : 'yes', note: '' };
  const measurements = CHANNEL_MEASUREMENTS[channel];
  const waitDraw = next();
  const ringDraw = next();
  const noteDraw = next();
  const noteWhich = next();
  return {
    contactAt: new Date(contactMs).toISOString(),
    answeredAt: replyHours === null ? null : new Date(contactMs + replyHours * 3_600_000).toISOString(),
    items,
    waitMinutes: measurements.includes('waitMinutes')
      ? Math.floor(waitDraw * (channel === 'visit' ? (department === 'OV' ? 35 : 20) : 5))
      : null,
    rings: measurements.includes('rings') ? 1 + Math.floor(ringDraw * 7) : null,
    answerCorrect: items['cp-correct']?.answer === 'yes',
    generalNote: noteDraw < 0.3 ? NOTES[Math.floor(noteWhich * NOTES.length)]! : '',
  };
}

export { QM as DEMO_MYSTERY_MANAGER };
