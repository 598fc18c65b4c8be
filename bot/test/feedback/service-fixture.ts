import {
  DEFAULT_CYCLE_THRESHOLDS,
  DEFAULT_NOMINATION_RULES,
  STAFF_MODEL,
  behaviourKeys,
  normalizeEmail,
  type BehaviourRating,
  type CompetencyModelDraft,
  type Department,
  type FeedbackActor,
  type FeedbackCycleDraft,
  type FeedbackCycleReply,
  type Person,
  type StoredFeedbackCycle,
  type StoredSubject,
} from '@kvalita/core';
import { FeedbackService } from '../../src/feedback/feedback-service';
import type { FeedbackNotifier } from '../../src/feedback/feedback-ports';
import { hmacRespondentKeyer } from '../../src/platform/respondent-key';
import { MemoryFeedbackStores } from './memory-feedback-stores';

/*
 * 360 feedback's service on in-memory storage, over the demo office with a social-work section
 * large enough for anonymous groups: Lucie Dvořáková (head of OSV) manages Marie Procházková and
 * six more social workers in OSV-SP, who are one another's peers; Helena Rysová coordinates 360
 * for HR. The notifier records what it was told.
 */

const domain = 'lipova.example';
const person = (
  local: string,
  displayName: string,
  departmentCode: string,
  managerLocal: string | null,
  roles: Person['roles'],
): Person => ({
  email: `${local}@${domain}`,
  displayName,
  jobTitle: null,
  departmentCode,
  managerEmail: managerLocal === null ? null : `${managerLocal}@${domain}`,
  roles,
});

/** The demo office's people (scripts/local/demo/office.ts) as the tests need them. */
const DEMO_PEOPLE: readonly Person[] = [
  person('petr.svoboda', 'Mgr. Petr Svoboda', 'KT', null, ['director', 'employee']),
  person('jana.novakova', 'Ing. Jana Nováková', 'KT', 'petr.svoboda', [
    'qualityManager',
    'cafTeamMember',
    'employee',
  ]),
  person('lucie.dvorakova', 'Bc. Lucie Dvořáková', 'OSV', 'petr.svoboda', ['headOfDepartment', 'employee']),
  person('marie.prochazkova', 'Marie Procházková', 'OSV-SP', 'lucie.dvorakova', [
    'cafTeamMember',
    'employee',
  ]),
  person('tomas.cerny', 'Ing. Tomáš Černý', 'OD', 'petr.svoboda', ['headOfDepartment', 'employee']),
  person('jiri.kucera', 'Jiří Kučera', 'OD', 'tomas.cerny', ['employee']),
  person('eva.vesela', 'Eva Veselá', 'OV', 'tomas.cerny', ['employee']),
  person('alena.nemcova', 'Alena Němcová', 'OE', 'petr.svoboda', ['cafTeamMember', 'employee']),
];
const DEMO_DEPARTMENTS: readonly Department[] = [
  { code: 'KT', name: 'Kancelář tajemníka', parentCode: null },
  { code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null },
  { code: 'OD', name: 'Odbor dopravy', parentCode: null },
  { code: 'OV', name: 'Odbor výstavby a územního plánování', parentCode: null },
  { code: 'OE', name: 'Ekonomický odbor', parentCode: null },
  { code: 'OSV-SP', name: 'Oddělení sociální práce', parentCode: 'OSV' },
];

const worker = (local: string, displayName: string): Person => ({
  email: `${local}@${domain}`,
  displayName,
  jobTitle: 'Sociální pracovník/ce',
  departmentCode: 'OSV-SP',
  managerEmail: `lucie.dvorakova@${domain}`,
  roles: ['employee'],
});

export const SOCIAL_WORKERS: readonly Person[] = [
  worker('karel.novy', 'Karel Nový'),
  worker('hana.mala', 'Hana Malá'),
  worker('ondrej.kral', 'Ondřej Král'),
  worker('petra.sedla', 'Petra Sedlá'),
  worker('zdenek.bily', 'Zdeněk Bílý'),
  worker('vera.ticha', 'Věra Tichá'),
];

export const HR: Person = {
  email: `helena.rysova@${domain}`,
  displayName: 'Helena Rysová',
  jobTitle: 'Personalistka',
  departmentCode: 'KT',
  managerEmail: `petr.svoboda@${domain}`,
  roles: ['hrCoordinator', 'employee'],
};

export const OFFICE_PEOPLE: readonly Person[] = [...DEMO_PEOPLE, ...SOCIAL_WORKERS, HR];
export const OFFICE_DEPARTMENTS: readonly Department[] = DEMO_DEPARTMENTS;

export const email = (local: string) => (local.includes('@') ? normalizeEmail(local) : `${local}@${domain}`);

export const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

export interface NotifierCall {
  readonly what: keyof FeedbackNotifier;
  readonly cycleId: number;
  readonly subjectId?: number;
}

export function recordingNotifier(calls: NotifierCall[]): FeedbackNotifier {
  const record =
    (what: keyof FeedbackNotifier) => async (cycle: StoredFeedbackCycle, subject?: StoredSubject) => {
      calls.push({ what, cycleId: cycle.id, ...(subject ? { subjectId: subject.id } : {}) });
    };
  return {
    nominationsOpened: record('nominationsOpened'),
    nominationsSubmitted: record('nominationsSubmitted'),
    ratingStarted: record('ratingStarted'),
    closed: record('closed'),
    released: record('released'),
  };
}

export interface FeedbackFixture {
  readonly service: FeedbackService;
  readonly stores: MemoryFeedbackStores;
  readonly calls: NotifierCall[];
  actor(local: string): Promise<FeedbackActor>;
  setNow(now: Date): void;
}

export function feedbackFixture(options: { now?: Date; measures?: readonly number[] } = {}): FeedbackFixture {
  let now = options.now ?? new Date('2027-02-01T09:00:00Z');
  const clock = () => now;
  const stores = new MemoryFeedbackStores(OFFICE_PEOPLE, OFFICE_DEPARTMENTS, clock);
  const calls: NotifierCall[] = [];
  const byEmail = (address: string) =>
    OFFICE_PEOPLE.find((person) => person.email === normalizeEmail(address)) ?? null;
  const service = new FeedbackService({
    stores,
    people: {
      list: async () => OFFICE_PEOPLE,
      findByEmail: async (address) => byEmail(address),
      findByEmails: async (addresses) =>
        new Map(
          addresses
            .map((address) => byEmail(address))
            .filter((person): person is Person => person !== null)
            .map((person) => [person.email, person]),
        ),
    },
    departments: { list: async () => OFFICE_DEPARTMENTS },
    notifier: recordingNotifier(calls),
    keyer: hmacRespondentKeyer(SECRET),
    ...(options.measures
      ? { measures: { exists: async (id: number) => options.measures?.includes(id) ?? false } }
      : {}),
    now: clock,
    shuffle: (items) => [...items].reverse(),
    log: () => undefined,
  });
  return {
    service,
    stores,
    calls,
    actor: async (local) => {
      const person = byEmail(email(local));
      return service.actorOf({ email: email(local), roles: person?.roles ?? ['employee'] });
    },
    setNow: (next) => {
      now = next;
    },
  };
}

export function cycleDraft(modelId: number, changes: Partial<FeedbackCycleDraft> = {}): FeedbackCycleDraft {
  return {
    name: 'Zpětná vazba 360° 2027',
    modelId,
    subjectEmails: [],
    departmentCodes: ['OSV'],
    nominationDeadline: '2027-02-15',
    approvalDeadline: '2027-02-22',
    ratingDeadline: '2027-03-15',
    rules: DEFAULT_NOMINATION_RULES,
    thresholds: DEFAULT_CYCLE_THRESHOLDS,
    ...changes,
  };
}

/** Every behaviour of a model rated `point` (null: cannot judge). */
export function ratingsOf(model: Pick<CompetencyModelDraft, 'groups'>, point: BehaviourRating) {
  return Object.fromEntries(behaviourKeys(model).map((key) => [key, point]));
}

/** A coordinator's model and cycle over OSV, started: subjects and directory nominations in place. */
export async function startedCycle(
  fixture: FeedbackFixture,
  draft: CompetencyModelDraft = STAFF_MODEL,
  changes: Partial<FeedbackCycleDraft> = {},
): Promise<FeedbackCycleReply> {
  const coordinator = await fixture.actor('jana.novakova');
  const { model } = await fixture.service.createModel(coordinator, { draft });
  const created = await fixture.service.createCycle(coordinator, { draft: cycleDraft(model.id, changes) });
  return fixture.service.advanceCycle(coordinator, created.cycle.id, {
    etag: created.cycle.etag,
    to: 'nomination',
  });
}

/** Moves a cycle to `to` through every phase before it (release confirmed). */
export async function advanceTo(
  fixture: FeedbackFixture,
  cycleId: number,
  to: 'approval' | 'rating' | 'closed' | 'released',
): Promise<FeedbackCycleReply> {
  const coordinator = await fixture.actor('jana.novakova');
  const order = ['approval', 'rating', 'closed', 'released'] as const;
  let reply = await fixture.service.cycle(coordinator, cycleId);
  for (const phase of order.slice(order.indexOf(reply.cycle.phase as never) + 1)) {
    reply = await fixture.service.advanceCycle(coordinator, cycleId, {
      etag: reply.cycle.etag,
      to: phase,
      ...(phase === 'released' ? { developmentOnlyConfirmed: true } : {}),
    });
    if (phase === to) break;
  }
  return reply;
}

/** The subject row of a person in a cycle. */
export async function subjectOf(
  fixture: FeedbackFixture,
  cycleId: number,
  local: string,
): Promise<StoredSubject> {
  const page = await fixture.stores.subjects.page(cycleId, { pageSize: 1, email: email(local) });
  const subject = page.items[0];
  if (!subject) throw new Error(`${local} is no subject of cycle ${cycleId}`);
  return subject;
}

/**
 * A cycle in its rating phase where Marie Procházková's list (the peers and others given) was
 * submitted and approved by Lucie Dvořáková.
 */
export async function ratingCycle(
  fixture: FeedbackFixture,
  raters: readonly { readonly local: string; readonly group: 'peer' | 'other' }[],
  changes: Partial<FeedbackCycleDraft> = {},
  draft: CompetencyModelDraft = STAFF_MODEL,
) {
  const started = await startedCycle(fixture, draft, changes);
  const cycleId = started.cycle.id;
  const subject = await subjectOf(fixture, cycleId, 'marie.prochazkova');
  const marie = await fixture.actor('marie.prochazkova');
  const set = await fixture.service.setNominations(marie, cycleId, subject.id, {
    etag: subject.etag,
    raters: raters.map((rater) => ({ email: email(rater.local), group: rater.group })),
  });
  const submitted = await fixture.service.submitNominations(marie, cycleId, subject.id, {
    etag: set.subject.etag,
  });
  await fixture.service.approveNominations(await fixture.actor('lucie.dvorakova'), cycleId, subject.id, {
    etag: submitted.subject.etag,
  });
  const rating = await advanceTo(fixture, cycleId, 'rating');
  const model = await fixture.stores.models.get(rating.cycle.modelId);
  if (!model) throw new Error('no model');
  return { cycle: rating.cycle, subject, model };
}
