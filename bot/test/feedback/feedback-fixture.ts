import {
  DEFAULT_CYCLE_THRESHOLDS,
  DEFAULT_NOMINATION_RULES,
  DEMO_SCALE,
  FEEDBACK_LIMITS,
  MANAGERS_MODEL,
  type CompetencyModel,
  type CompetencyModelDraft,
  type CyclePhase,
  type Nomination,
  type PersonRef,
  type RaterGroup,
  type RaterState,
  type StoredFeedbackCycle,
  type StoredSubject,
  type SubjectNominationsReply,
} from '@kvalita/core';

export const JANA: PersonRef = { email: 'jana.novakova@lipova.example', displayName: 'Jana Nováková' };
export const LUCIE: PersonRef = { email: 'lucie.dvorakova@lipova.example', displayName: 'Lucie Dvořáková' };
export const MARIE: PersonRef = {
  email: 'marie.prochazkova@lipova.example',
  displayName: 'Marie Procházková',
};
export const ALENA: PersonRef = { email: 'alena.nemcova@lipova.example', displayName: 'Alena Němcová' };
export const JIRI: PersonRef = { email: 'jiri.kucera@lipova.example', displayName: 'Jiří Kučera' };
export const EVA: PersonRef = { email: 'eva.vesela@lipova.example', displayName: 'Eva Veselá' };
export const TOMAS: PersonRef = { email: 'tomas.cerny@lipova.example', displayName: 'Tomáš Černý' };
export const PETR: PersonRef = { email: 'petr.svoboda@lipova.example', displayName: 'Petr Svoboda' };

export const CYCLE_ID = 7;

export function storedCycle(
  phase: CyclePhase,
  changes: Partial<StoredFeedbackCycle> = {},
): StoredFeedbackCycle {
  return {
    id: CYCLE_ID,
    name: 'Zpětná vazba 360° 2027',
    modelId: 3,
    subjectEmails: [],
    departmentCodes: ['OSV'],
    nominationDeadline: '2027-03-05',
    approvalDeadline: '2027-03-12',
    ratingDeadline: '2027-03-31',
    rules: DEFAULT_NOMINATION_RULES,
    thresholds: DEFAULT_CYCLE_THRESHOLDS,
    phase,
    coordinator: JANA,
    coordinatorEmail: JANA.email,
    modelName: MANAGERS_MODEL.name,
    modelVersion: 1,
    subjectCount: 2,
    startedAt: '2027-02-20T08:00:00Z',
    closedAt: null,
    releasedAt: null,
    releasedBy: null,
    createdAt: '2027-02-10T08:00:00Z',
    modifiedAt: '2027-02-20T08:00:00Z',
    etag: '"4"',
    ...changes,
  };
}

export function storedModel(draft: CompetencyModelDraft = MANAGERS_MODEL): CompetencyModel {
  return {
    ...draft,
    id: 3,
    modelKey: 'vedouci',
    version: 1,
    frozen: true,
    cycleIds: [CYCLE_ID],
    createdAt: '2027-01-10T08:00:00Z',
    createdBy: JANA,
    modifiedAt: '2027-01-10T08:00:00Z',
    etag: '"1"',
  };
}

export function storedSubject(
  id: number,
  person: PersonRef,
  manager: PersonRef | null,
  changes: Partial<StoredSubject> = {},
): StoredSubject {
  return {
    id,
    cycleId: CYCLE_ID,
    person,
    manager,
    departmentCode: 'OSV',
    departmentName: 'Odbor sociálních věcí',
    nominationState: 'open',
    etag: `"s${id}"`,
    email: person.email,
    managerEmail: manager?.email ?? null,
    ...changes,
  };
}

let nominationId = 100;
export function nomination(rater: PersonRef, group: RaterGroup, state: RaterState = 'proposed'): Nomination {
  nominationId += 1;
  return {
    id: nominationId,
    rater,
    group,
    state,
    source: group === 'self' || group === 'manager' || group === 'directReport' ? 'directory' : 'subject',
    declineReason: null,
  };
}

/** Lucie (head of OSV) nominating: Petr is her manager, Jiří her direct report, Marie proposed as a peer. */
export function nominationsReply(changes: Partial<SubjectNominationsReply> = {}): SubjectNominationsReply {
  const subject = storedSubject(11, LUCIE, PETR);
  return {
    subject,
    nominations: [
      nomination(LUCIE, 'self', 'approved'),
      nomination(PETR, 'manager', 'approved'),
      nomination(JIRI, 'directReport', 'approved'),
      nomination(MARIE, 'peer'),
    ],
    counts: [
      { group: 'directReport', count: 1, rule: DEFAULT_NOMINATION_RULES.directReport },
      { group: 'peer', count: 1, rule: DEFAULT_NOMINATION_RULES.peer },
      { group: 'other', count: 0, rule: DEFAULT_NOMINATION_RULES.other },
    ],
    suggestions: [
      { person: MARIE, departmentCode: 'OSV', forms: 2, overCap: false },
      { person: ALENA, departmentCode: 'OSV', forms: 0, overCap: false },
      { person: TOMAS, departmentCode: 'OD', forms: 8, overCap: true },
      { person: JIRI, departmentCode: 'OSV', forms: 1, overCap: false },
    ],
    allowed: ['propose', 'submit'],
    ...changes,
  };
}

const CZECH = 'Příliš žluťoučký kůň úpěl ďábelské ódy a řekl, že čeština má háčky i čárky. ';
/** Text of exactly `length` characters with Czech letters (two bytes each in UTF-8 for many). */
export const czech = (length: number) => CZECH.repeat(Math.ceil(length / CZECH.length)).slice(0, length);

/**
 * The largest model the rules allow, every text at its limit: 10 competencies of 4 behaviours (40,
 * the most a model may have), 6 groups, names of 120, definitions of 1,000, behaviours of 300.
 */
export const LARGEST_MODEL: CompetencyModelDraft = {
  name: czech(FEEDBACK_LIMITS.modelName),
  description: czech(FEEDBACK_LIMITS.description),
  scale: DEMO_SCALE.map((anchor) => ({
    point: anchor.point,
    label: czech(FEEDBACK_LIMITS.anchorLabel),
    description: czech(FEEDBACK_LIMITS.anchorDescription),
  })),
  groups: Array.from({ length: FEEDBACK_LIMITS.groupsPerModel.max }, (_, groupIndex) => ({
    key: `skupina-${groupIndex + 1}`,
    name: czech(FEEDBACK_LIMITS.groupName),
    competencies: Array.from({ length: groupIndex < 4 ? 2 : 1 }, (_, competencyIndex) => {
      const key = `k${groupIndex + 1}-${competencyIndex + 1}`;
      return {
        key,
        name: czech(FEEDBACK_LIMITS.competencyName),
        definition: czech(FEEDBACK_LIMITS.definition),
        behaviours: Array.from({ length: 4 }, (_, index) => ({
          key: `${key}-${index + 1}`,
          text: czech(FEEDBACK_LIMITS.behaviour),
        })),
      };
    }),
  })),
};
