import { aesSealedBox, hmacRespondentKeyer, respondentScope } from '@kvalita/bot';
import {
  allSubcriteria,
  surveyFromTemplate,
  wavesOpenedBy,
  type Department,
  type Person,
  type Survey,
} from '@kvalita/core';
import {
  DepartmentsRepository,
  PeopleRepository,
  SharePointCafStore,
  SiteContext,
  SurveyDeliveriesRepository,
  SurveyResponsesRepository,
  SurveysRepository,
  type AnswerRow,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';

/** How big an office to seed: the bench's is a whole municipal office, the round-trip tests' a small one. */
export interface OfficeSize {
  /** Top-level departments; each has `sectionsPerDepartment` sections under it. */
  readonly departments: number;
  readonly sectionsPerDepartment: number;
  readonly people: number;
  /** The CAF team of the cycle in scoring (a leader, members who submitted, one still scoring). */
  readonly team: number;
  /** Weekly waves of the closed results survey, every one answered by everybody. */
  readonly resultsWaves: number;
}

/** 600 people in 40 departments (10 departments of 3 sections), a CAF team of 15, six closed waves. */
export const BENCH_OFFICE: OfficeSize = {
  departments: 10,
  sectionsPerDepartment: 3,
  people: 600,
  team: 15,
  resultsWaves: 6,
};

export interface OfficePerson extends Person {
  /** The Entra object id the bot sees on a turn (the respondent key's person). */
  readonly objectId: string;
  /** The Teams channel user id of their personal chat. */
  readonly channelUserId: string;
}

export interface SeededOffice {
  readonly people: readonly OfficePerson[];
  readonly departments: readonly Department[];
  /** The quality manager (who also directs the office here). */
  readonly qualityManager: OfficePerson;
  /** The CAF cycle in scoring: its team leader sees the consensus page, `scorer` has not submitted. */
  readonly cycleId: number;
  readonly leader: OfficePerson;
  readonly scorer: OfficePerson;
  /** A weekly pulse whose waves have all closed, answered by everybody. */
  readonly resultsSurvey: Survey;
  /** A weekly pulse for chosen departments (all of them, by their sections) with a wave open now. */
  readonly openSurvey: Survey;
}

const DOMAIN = 'urad.example';
const WEEK = 7 * 86_400_000;

export function officeDepartments(size: OfficeSize): Department[] {
  return Array.from({ length: size.departments }, (_, index) => {
    const code = `O${String(index + 1).padStart(2, '0')}`;
    return [
      { code, name: `Odbor ${index + 1}`, parentCode: null },
      ...Array.from({ length: size.sectionsPerDepartment }, (_unused, section) => ({
        code: `${code}-${section + 1}`,
        name: `Oddělení ${index + 1}.${section + 1}`,
        parentCode: code,
      })),
    ];
  }).flat();
}

/**
 * Everybody of the office, spread over its departments and sections. Person 0 is the quality
 * manager and director; persons 1 … team are the CAF team (1 leads it, the last is still scoring).
 */
export function officePeople(size: OfficeSize): OfficePerson[] {
  const departments = officeDepartments(size);
  return Array.from({ length: size.people }, (_, index): OfficePerson => {
    const department = departments[index % departments.length] as Department;
    const roles: Person['roles'] =
      index === 0
        ? ['qualityManager', 'director', 'employee']
        : index <= size.team
          ? ['cafTeamMember', 'employee']
          : ['employee'];
    return {
      email: `zamestnanec.${index}@${DOMAIN}`,
      displayName: `Zaměstnanec ${String(index).padStart(3, '0')}`,
      jobTitle: 'Referent',
      departmentCode: department.code,
      managerEmail: index === 0 ? null : `zamestnanec.0@${DOMAIN}`,
      roles,
      objectId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      channelUserId: `29:person-${index}`,
    };
  });
}

/** Runs `work` over `items`, `parallel` at a time: seeding 600 people one by one takes too long. */
async function inParallel<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}

/**
 * Seeds the office through the same repositories the demo seed uses (departments and people are
 * upserted, the CAF cycle goes through the CAF store, surveys through the survey repositories).
 * The closed survey's answers carry the keyed hashes the service would compute, so they look
 * exactly like answers given in chat. `secret` must be the service's respondent-key secret.
 */
export async function seedOffice(
  sp: SPFI,
  size: OfficeSize,
  secret: string,
  now: Date = new Date(),
): Promise<SeededOffice> {
  const departments = officeDepartments(size);
  const people = officePeople(size);
  // One site context for the whole seed, as the service builds one: list URLs and departments shared.
  const site = new SiteContext(sp);
  const departmentsRepository = new DepartmentsRepository(site);
  // Parents first: a section names its department.
  for (const department of departments) await departmentsRepository.upsert(department);
  const peopleRepository = new PeopleRepository(site);
  await peopleRepository.upsert(people[0] as Person);
  await inParallel(people.slice(1), 8, (person) => peopleRepository.upsert(person));

  const team = people.slice(1, size.team + 1);
  const leader = team[0] as OfficePerson;
  const scorer = team[team.length - 1] as OfficePerson;
  const cycleId = await seedCycles(site, team, departments, now);
  const keyer = hmacRespondentKeyer(secret);
  // The open survey first: created before the results survey, it is an earlier survey whose
  // audience meets the results survey's, so the results page always pays the distinct-audience
  // rule's headcount read (docs/privacy.md), as in an office with more than one survey.
  const openSurvey = await seedOpenSurvey(site, departments, now);
  const resultsSurvey = await seedClosedSurvey(
    site,
    people,
    keyer,
    aesSealedBox(secret),
    size.resultsWaves,
    now,
  );
  return {
    people,
    departments,
    qualityManager: people[0] as OfficePerson,
    cycleId,
    leader,
    scorer,
    resultsSurvey,
    openSurvey,
  };
}

/**
 * Last year's cycle, closed, and this year's in scoring for three departments, both with the same
 * team. Everyone on the team but the last has scored all 28 subcriteria and submitted.
 */
async function seedCycles(
  site: SiteContext,
  team: readonly OfficePerson[],
  departments: readonly Department[],
  now: Date,
): Promise<number> {
  const store = new SharePointCafStore(site);
  const year = now.getUTCFullYear();
  const coordinatorEmail = `zamestnanec.0@${DOMAIN}`;
  const previous = await store.createCycle({
    name: `Sebehodnocení ${year - 1}`,
    method: 'classical',
    startDate: `${year - 1}-02-01`,
    endDate: `${year - 1}-06-30`,
    scope: { kind: 'office' },
    coordinatorEmail,
  });
  await store.updateCycle(previous.id, { status: 'closed', currentStep: 11 });
  const cycle = await store.createCycle({
    name: `Sebehodnocení ${year}`,
    method: 'fineTuned',
    startDate: `${year}-01-15`,
    endDate: `${year}-12-15`,
    scope: { kind: 'departments', departmentCodes: departments.slice(0, 3).map((d) => d.code) },
    coordinatorEmail,
  });
  await store.updateCycle(cycle.id, { status: 'scoring', currentStep: 5 });
  for (const cycleId of [previous.id, cycle.id]) {
    for (const [index, person] of team.entries())
      await store.addTeamMember(cycleId, person.email, index === 0 ? 'leader' : 'member', coordinatorEmail);
  }
  const subcriteria = allSubcriteria();
  await inParallel([...team.entries()], 4, async ([index, person]) => {
    const stillScoring = index === team.length - 1;
    // The one still scoring has drafted a few subcriteria; the others scored all and submitted.
    for (const [position, { code, criterion }] of subcriteria.entries()) {
      if (stillScoring && position >= 3) break;
      const value = (index * 7 + position * 3) % 100;
      const input =
        criterion <= 5
          ? ({ method: 'fineTuned', plan: value, do: value, check: value, act: value } as const)
          : ({ method: 'fineTuned', trends: value, targets: value } as const);
      await store.saveScore(
        cycle.id,
        person.email,
        code,
        {
          input,
          strengths: 'Silná stránka',
          areasForImprovement: 'Oblast',
          improvementIdeas: '',
          evidence: [],
        },
        null,
      );
    }
    if (!stillScoring) await store.submitScores(cycle.id, person.email);
  });
  return cycle.id;
}

/** A weekly wellbeing pulse for the whole office; every wave has closed and everybody answered. */
async function seedClosedSurvey(
  site: SiteContext,
  people: readonly OfficePerson[],
  keyer: ReturnType<typeof hmacRespondentKeyer>,
  answerBox: ReturnType<typeof aesSealedBox>,
  waves: number,
  now: Date,
): Promise<Survey> {
  const surveys = new SurveysRepository(site);
  const responses = new SurveyResponsesRepository(site, answerBox);
  const deliveries = new SurveyDeliveriesRepository(site);
  const key = 'srv-benchres';
  // Opened `waves` weeks and a day ago: the last wave (five days long) has closed too.
  const draft = surveyFromTemplate('wellbeing', new Date(now.getTime() - waves * WEEK - 86_400_000));
  const opened = wavesOpenedBy(draft.schedule, now).slice(0, waves);
  const recipients: number[] = [];
  await inParallel(people, 8, async (person) =>
    recipients.push((await site.sp.web.ensureUser(person.email)).Id),
  );
  for (const wave of opened) {
    const rows = people.flatMap((person, index) =>
      draft.questions.map((question): AnswerRow => ({
        questionKey: question.key,
        respondentKey: keyer(respondentScope(key, wave.number, question.key), person.objectId),
        score: question.type === 'text' ? null : 1 + ((index + wave.number) % 5),
        choice: null,
        text: question.type === 'text' && index % 4 === 0 ? `Podnět ${index}` : null,
        departmentCode: question.type === 'text' ? null : person.departmentCode,
      })),
    );
    await responses.recordWave(key, wave.number, rows);
    await deliveries.planWave(key, wave.number, recipients);
  }
  // Every wave has closed: sealed as the scheduler seals them, so the results read no more.
  await responses.sealWaves(
    key,
    opened.map((wave) => wave.number),
  );
  const created = await surveys.create({ key, draft, ownerEmail: people[0]?.email ?? null });
  return surveys.setState(key, { status: 'closed', currentWave: opened.length }, created.etag);
}

/** A weekly pulse for every top-level department (so for everybody, through their sections), open now. */
async function seedOpenSurvey(
  site: SiteContext,
  departments: readonly Department[],
  now: Date,
): Promise<Survey> {
  const surveys = new SurveysRepository(site);
  const template = surveyFromTemplate('wellbeing', new Date(now.getTime() - 60_000));
  const draft = {
    ...template,
    audience: {
      kind: 'departments' as const,
      departmentCodes: departments.filter((d) => d.parentCode === null).map((d) => d.code),
    },
  };
  const created = await surveys.create({ key: 'srv-benchans', draft, ownerEmail: null });
  return surveys.setState(created.key, { status: 'open', currentWave: 1 }, created.etag);
}
