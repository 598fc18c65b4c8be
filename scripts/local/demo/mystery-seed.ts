import { MeasuresService, MysteryService, type MysteryStores } from '@kvalita/bot';
import {
  DEFAULT_MEASURE_SETTINGS,
  DEMO_CHECKLISTS,
  departmentWithParents,
  officeDate,
  personalNameWarnings,
  planConflicts,
  recordNotes,
  scoreEvaluation,
  weekStart,
  type Checklist,
  type MysteryActor,
  type MysteryChannel,
  type NewEvaluation,
} from '@kvalita/core';
import {
  DepartmentsRepository,
  MeasuresRegisterRepository,
  MysteryCampaignsRepository,
  MysteryChecklistsRepository,
  MysteryEvaluationsRepository,
  MysteryFilesRepository,
  MysteryFindingsRepository,
  PeopleRepository,
  type SiteContext,
} from '@kvalita/sharepoint';
import {
  DEMO_MYSTERY_MANAGER,
  demoMysteryPlan,
  type PlannedCampaign,
  type PlannedSheet,
} from './demo-mystery';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE } from './office';

const DAY_MS = 86_400_000;

/**
 * Seeds the demo office's mystery shopping (demo-mystery.ts). Checklists and campaigns go through
 * MysteryService (its checks: staff informed before the start, checklists frozen at it), on a clock
 * set to each campaign's start; the sheets are checked against the schedule's rules and the name
 * check, scored by core's rules and written in $batch with the state the service's steps would
 * have left them in (120 sheets through every step one by one would slow each start by seconds);
 * the findings become measures through the measures service. A campaign whose name is already
 * there is left as it is.
 */
export async function seedDemoMystery(site: SiteContext, now: Date): Promise<number> {
  const stores: MysteryStores = {
    checklists: new MysteryChecklistsRepository(site),
    campaigns: new MysteryCampaignsRepository(site),
    evaluations: new MysteryEvaluationsRepository(site),
    files: new MysteryFilesRepository(site),
    findings: new MysteryFindingsRepository(site),
  };
  const existing = new Set((await stores.campaigns.list()).map((campaign) => campaign.name));
  const plans = demoMysteryPlan(now).filter((plan) => !existing.has(plan.draft.name));
  if (plans.length === 0) return 0;
  let today = now;
  const people = new PeopleRepository(site);
  const departments = new DepartmentsRepository(site);
  const measures = new MeasuresService({
    store: new MeasuresRegisterRepository(site, { today: () => officeDate(today) }),
    people,
    departments,
    settings: DEFAULT_MEASURE_SETTINGS,
    now: () => today,
  });
  const service = new MysteryService({
    stores,
    people,
    departments,
    measures: {
      create: async (identity, draft) => (await measures.create(identity, draft)).measure.id,
      statuses: async () => new Map(),
    },
    documentExists: async () => false,
    now: () => today,
  });
  const manager = DEMO_PEOPLE.find((person) => person.email === DEMO_MYSTERY_MANAGER)!;
  const identity = { email: manager.email, displayName: manager.displayName, roles: manager.roles };
  const qm: MysteryActor = await service.actorOf(identity);

  const checklists = new Map<MysteryChannel, Checklist>();
  for (const checklist of await stores.checklists.list())
    if (!checklist.superseded && !checklists.has(checklist.channel))
      checklists.set(checklist.channel, checklist);
  for (const draft of Object.values(DEMO_CHECKLISTS))
    if (!checklists.has(draft.channel))
      checklists.set(draft.channel, (await service.createChecklist(qm, { draft })).checklist);

  for (const plan of plans) {
    // The checklists of the channels the campaign contacts; the others (the web form's) stay editable.
    const channels = new Set(plan.draft.servicePoints.map((point) => point.channel));
    const checklistIds = Object.fromEntries(
      [...checklists]
        .filter(([channel]) => channels.has(channel))
        .map(([channel, checklist]) => [channel, checklist.id]),
    );
    today = new Date(`${plan.draft.startDate}T07:00:00Z`);
    let { campaign } = await service.createCampaign(qm, { draft: { ...plan.draft, checklistIds } });
    ({ campaign } = await service.advanceCampaign(qm, campaign.id, { etag: campaign.etag, to: 'running' }));
    const created = await stores.evaluations.create(campaign.id, sheetsOf(plan, checklists, now));
    if (plan.status === 'closed') {
      today = new Date(Date.parse(`${plan.draft.endDate}T16:00:00Z`) + 7 * DAY_MS);
      ({ campaign } = await service.advanceCampaign(qm, campaign.id, { etag: campaign.etag, to: 'closed' }));
    }
    today = now;
    for (const finding of plan.findings) {
      const evaluationIds = finding.sheetIndexes.flatMap((index) => created[index]?.id ?? []);
      if (evaluationIds.length === 0) continue;
      await service.createFinding(qm, identity, campaign.id, {
        departmentCode: finding.departmentCode,
        title: finding.title,
        problem: finding.problem,
        kind: finding.kind,
        evaluationIds: evaluationIds.slice(0, 50),
        itemKeys: [...finding.itemKeys],
        deadline: finding.deadline,
        subcriterionCode: '6.2',
      });
    }
  }
  return plans.length;
}

/** The plan's sheets as stored: checked against the schedule's rules and the name check, scored. */
function sheetsOf(
  plan: PlannedCampaign,
  checklists: ReadonlyMap<MysteryChannel, Checklist>,
  now: Date,
): NewEvaluation[] {
  const departmentsOf = (email: string) =>
    departmentWithParents(
      DEMO_PEOPLE.find((person) => person.email === email)?.departmentCode ?? null,
      DEMO_DEPARTMENTS,
    );
  const conflict = planConflicts(
    plan.draft,
    plan.sheets.map((sheet) => sheet.plan),
    [],
    departmentsOf,
  )[0];
  if (conflict) throw new Error(`demo mystery shopping: plan ${conflict.row} breaks ${conflict.conflict}`);
  const names = DEMO_PEOPLE.map((person) => person.displayName);
  return plan.sheets.map((sheet) => {
    const checklist = checklists.get(sheet.channel)!;
    const evaluator = DEMO_PEOPLE.find((person) => person.email === sheet.plan.evaluatorEmail)!;
    if (sheet.record && personalNameWarnings(recordNotes(sheet.record), names).length > 0)
      throw new Error('demo mystery shopping: a note names a person');
    return {
      ...sheet.plan,
      channel: sheet.channel,
      checklistId: checklist.id,
      evaluatorName: evaluator.displayName,
      history: historyOf(sheet, evaluator),
      ...(sheet.record
        ? {
            recorded: {
              status: sheet.status,
              record: sheet.record,
              score: scoreEvaluation(
                checklist,
                sheet.channel,
                sheet.record,
                plan.draft.scenarios.find((scenario) => scenario.key === sheet.plan.scenarioKey) ?? null,
                now,
              ),
              reviewComment: sheet.reviewComment,
              submittedAt: reached(sheet, 'submitted') ? submittedAt(sheet) : null,
              releasedAt: reached(sheet, 'released') ? releasedAt(sheet) : null,
            },
          }
        : {}),
    };
  });
}

const ORDER = ['planned', 'draft', 'submitted', 'reviewed', 'released', 'locked'] as const;
const reached = (sheet: PlannedSheet, status: (typeof ORDER)[number]) =>
  ORDER.indexOf(sheet.status as never) >= ORDER.indexOf(status) ||
  (sheet.status === 'returned' && status === 'submitted');
const contactMs = (sheet: PlannedSheet) => Date.parse(sheet.record?.contactAt ?? weekStart(sheet.plan.week));
const submittedAt = (sheet: PlannedSheet) => new Date(contactMs(sheet) + 2 * 3_600_000).toISOString();
const releasedAt = (sheet: PlannedSheet) => new Date(contactMs(sheet) + 6 * DAY_MS).toISOString();

/** The steps a sheet went through, as the service would have written them. */
function historyOf(sheet: PlannedSheet, evaluator: { email: string; displayName: string }) {
  const qm = { email: DEMO_MYSTERY_MANAGER, displayName: 'Ing. Jana Nováková' };
  const by = { email: evaluator.email, displayName: evaluator.displayName };
  const start = contactMs(sheet);
  const entry = (status: PlannedSheet['status'], offsetMs: number, who: typeof qm | null, comment = '') => ({
    status,
    at: new Date(start + offsetMs).toISOString(),
    by: who,
    comment,
  });
  const history = [entry('planned', -14 * DAY_MS, qm)];
  if (sheet.status === 'planned') return history;
  history.push(entry('draft', 3_600_000, by));
  if (sheet.status === 'draft') return history;
  history.push(entry('submitted', 2 * 3_600_000, by));
  if (sheet.status === 'returned')
    return [...history, entry('returned', 2 * DAY_MS, qm, sheet.reviewComment)];
  if (sheet.status === 'submitted') return history;
  history.push(entry('reviewed', 4 * DAY_MS, qm));
  if (sheet.status === 'reviewed') return history;
  history.push(entry('released', 6 * DAY_MS, qm));
  if (sheet.status === 'locked') history.push(entry('locked', 200 * DAY_MS, qm));
  return history;
}
