import { MysteryService } from '@kvalita/bot';
import {
  DEMO_CHECKLISTS,
  countedSheets,
  isoWeekOf,
  mysteryResults,
  scoreEvaluation,
  type EvaluationRecord,
  type ItemAnswer,
  type NewEvaluation,
} from '@kvalita/core';
import {
  DepartmentsRepository,
  MysteryCampaignsRepository,
  MysteryChecklistsRepository,
  MysteryEvaluationsRepository,
  MysteryFilesRepository,
  MysteryFindingsRepository,
  PeopleRepository,
  SiteContext,
  connectSharePoint,
  departmentsList,
  mysteryCampaignsList,
  mysteryChecklistsList,
  mysteryEvaluationsList,
  mysteryFilesLibrary,
  mysteryFindingsList,
  peopleList,
  provisionLists,
} from '@kvalita/sharepoint';
import { RequestCounter } from '../support/request-counter';
import { emulatorProcess } from './emulator-process';
import { ms } from './stats';

const SHEETS = 2000;
const DEPARTMENTS = ['OD', 'OV', 'OSV', 'OE', 'KT', 'OSV-SP', 'OZP', 'OKS'];
const CHANNELS = ['visit', 'phone', 'email', 'dataBox'] as const;
const QM = 'jana.novakova@lipova.example';
const EVALUATORS = Array.from({ length: 20 }, (_, index) => `hodnotitel${index + 1}@lipova.example`);

/**
 * Mystery shopping's results at scale (issue #15): a campaign of 2,000 released sheets in eight
 * departments on the local SharePoint (in a process of its own, so this process's CPU time is the
 * service's), and the results page for the whole office and for one department: server CPU,
 * wall time and SharePoint round trips, beside the floor of one cheapest round trip measured in
 * the same run, and the results rules alone.
 */
export async function mysteryResultsBench(): Promise<string[][]> {
  const emulator = await emulatorProcess([QM, ...EVALUATORS]);
  try {
    const counter = RequestCounter();
    const sp = connectSharePoint(emulator.siteUrl, {}, counter);
    const site = new SiteContext(sp);
    await provisionLists(sp, {
      locale: 'cs',
      lists: [
        departmentsList,
        peopleList,
        mysteryChecklistsList,
        mysteryCampaignsList,
        mysteryEvaluationsList,
        mysteryFilesLibrary,
        mysteryFindingsList,
      ],
    });
    const departments = new DepartmentsRepository(site);
    for (const code of DEPARTMENTS)
      await departments.upsert({ code, name: `Odbor ${code}`, parentCode: null });
    const people = new PeopleRepository(site);
    await people.upsert({
      email: QM,
      displayName: 'Ing. Jana Nováková',
      jobTitle: null,
      departmentCode: 'KT',
      managerEmail: null,
      roles: ['qualityManager'],
    });
    const stores = {
      checklists: new MysteryChecklistsRepository(site),
      campaigns: new MysteryCampaignsRepository(site),
      evaluations: new MysteryEvaluationsRepository(site),
      files: new MysteryFilesRepository(site),
      findings: new MysteryFindingsRepository(site),
    };
    const checklists = new Map<string, Awaited<ReturnType<typeof stores.checklists.create>>>();
    for (const channel of CHANNELS)
      checklists.set(channel, await stores.checklists.create(DEMO_CHECKLISTS[channel], null));
    const campaign = await stores.campaigns.create(
      {
        name: 'Mystery shopping 2027',
        description: '',
        startDate: '2027-01-04',
        endDate: '2027-12-31',
        departmentCodes: DEPARTMENTS,
        servicePoints: DEPARTMENTS.flatMap((code) =>
          CHANNELS.map((channel) => ({
            key: `${code.toLowerCase()}-${channel.toLowerCase()}`,
            departmentCode: code,
            channel,
            name: `${code} ${channel}`,
          })),
        ),
        quotas: DEPARTMENTS.flatMap((code) =>
          CHANNELS.map((channel) => ({
            departmentCode: code,
            channel,
            count: SHEETS / DEPARTMENTS.length / CHANNELS.length,
          })),
        ),
        scenarios: [
          {
            key: 'dotaz',
            title: 'Dotaz',
            kind: 'question',
            channels: [...CHANNELS],
            situation: 's',
            expectedAnswer: 'a',
            deadlineHours: 72,
          },
        ],
        checklistIds: Object.fromEntries(
          [...checklists].map(([channel, checklist]) => [channel, checklist.id]),
        ),
        evaluatorEmails: EVALUATORS,
        lockoutDays: 0,
        staffNotice: { informedOn: '2027-01-02', documentId: null, note: '' },
      },
      { email: QM, displayName: 'Ing. Jana Nováková' },
    );
    const sheets: NewEvaluation[] = Array.from({ length: SHEETS }, (_, index) => {
      const departmentCode = DEPARTMENTS[index % DEPARTMENTS.length]!;
      const channel = CHANNELS[Math.floor(index / DEPARTMENTS.length) % CHANNELS.length]!;
      const checklist = checklists.get(channel)!;
      const answers: ItemAnswer[] = ['yes', 'yes', 'yes', 'partly', 'no', 'na'];
      const contactAt = new Date(Date.UTC(2027, 0, 4) + (index % 300) * 86_400_000).toISOString();
      const record: EvaluationRecord = {
        contactAt,
        answeredAt:
          channel === 'email' || channel === 'dataBox'
            ? new Date(Date.parse(contactAt) + (index % 120) * 3_600_000).toISOString()
            : null,
        items: Object.fromEntries(
          checklist.items.map((item, at) => [
            item.key,
            {
              answer:
                item.critical && (index + at) % 17 !== 0 ? 'yes' : answers[(index + at) % answers.length]!,
              note: at === 0 ? 'Úřednice u přepážky vysvětlila postup.' : '',
            },
          ]),
        ),
        waitMinutes: channel === 'visit' || channel === 'phone' ? index % 25 : null,
        rings: channel === 'phone' ? 1 + (index % 7) : null,
        answerCorrect: index % 9 !== 0,
        generalNote: '',
      };
      return {
        departmentCode,
        servicePointKey: `${departmentCode.toLowerCase()}-${channel.toLowerCase()}`,
        scenarioKey: 'dotaz',
        evaluatorEmail: EVALUATORS[index % EVALUATORS.length]!,
        evaluatorName: `Hodnotitel ${(index % EVALUATORS.length) + 1}`,
        week: isoWeekOf(contactAt),
        channel,
        checklistId: checklist.id,
        history: [{ status: 'released', at: contactAt, by: null, comment: '' }],
        recorded: {
          status: 'released',
          record,
          score: scoreEvaluation(checklist, channel, record, { deadlineHours: 72 }, new Date('2028-01-01')),
          reviewComment: '',
          submittedAt: contactAt,
          releasedAt: contactAt,
        },
      };
    });
    for (let start = 0; start < SHEETS; start += 500)
      await stores.evaluations.create(campaign.id, sheets.slice(start, start + 500));
    await stores.campaigns.setStatus(campaign.id, campaign.etag, 'running', new Date().toISOString());

    const service = new MysteryService({
      stores,
      people,
      departments,
      measures: { create: async () => 0, statuses: async () => new Map() },
      documentExists: async () => false,
      now: () => new Date('2028-01-01T00:00:00Z'),
    });
    const qm = await service.actorOf({
      email: QM,
      displayName: 'Ing. Jana Nováková',
      roles: ['qualityManager'],
    });
    await service.results(qm, campaign.id); // list addresses read once, as a running service has them

    // The floor: the cheapest round trip to the same SharePoint (one item by id), measured here.
    const list = await site.list(mysteryCampaignsList);
    const floorSamples: number[] = [];
    for (let index = 0; index < 20; index++) {
      const started = performance.now();
      await list.items.getById(campaign.id).select('Id')();
      floorSamples.push(performance.now() - started);
    }
    const floor = floorSamples.sort((a, b) => a - b)[10]!;

    const measure = async (run: () => Promise<unknown>) => {
      counter.reset();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await run();
      const wallMs = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, trips: counter.count() };
    };
    const office = await measure(() => service.results(qm, campaign.id));
    const department = await measure(() => service.results(qm, campaign.id, 'OD'));
    const stored = await stores.evaluations.forCampaign(campaign.id);
    const byId = new Map((await stores.checklists.list()).map((checklist) => [checklist.id, checklist]));
    const rulesStarted = performance.now();
    const results = mysteryResults({ campaign, evaluations: stored }, null, byId, null);
    const rulesMs = performance.now() - rulesStarted;
    return [
      ['floor: one item by id (median of 20)', ms(floor), '1.00×'],
      [
        `results of ${countedSheets(stored).length.toLocaleString('en')} released sheets, whole office: service CPU`,
        ms(office.cpuMs),
        'target < 1 s',
      ],
      [
        `  wall time (${office.trips} SharePoint round trips)`,
        ms(office.wallMs),
        `${(office.wallMs / floor).toFixed(1)}× floor`,
      ],
      [
        `one department: service CPU (${department.trips} round trips)`,
        ms(department.cpuMs),
        `wall ${ms(department.wallMs)}`,
      ],
      [
        `  the results rules alone (${results.items.length} items, ${results.byDepartment.length} departments)`,
        ms(rulesMs),
        '',
      ],
    ];
  } finally {
    await emulator.close();
  }
}
