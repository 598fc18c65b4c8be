import { describe, expect, it } from '@jest/globals';
import {
  allowedCycleActions,
  allowedNominationActions,
  cycleDraftProblems,
  DEFAULT_CYCLE_THRESHOLDS,
  DEFAULT_NOMINATION_RULES,
  mayAuthorModels,
  organisationScope,
  reportReadRefusal,
  type FeedbackActor,
  type Role,
} from '../../src';

const actor = (email: string, ...roles: Role[]): FeedbackActor => ({
  email,
  roles,
  departmentCodes: roles.includes('headOfDepartment') ? ['OSV'] : [],
});
const qm = actor('jana.novakova@lipova.example', 'qualityManager');
const hr = actor('hana.hr@lipova.example', 'hrCoordinator');
const director = actor('petr.svoboda@lipova.example', 'director');
const head = actor('lucie.dvorakova@lipova.example', 'headOfDepartment');
const employee = actor('jiri.kucera@lipova.example', 'employee');

describe('who runs 360 feedback', () => {
  it('lets the quality manager and HR author models and move cycles, nobody else', () => {
    expect([qm, hr, director, head, employee].map(mayAuthorModels)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(allowedCycleActions({ phase: 'preparation' }, hr)).toEqual(['edit', 'start']);
    expect(allowedCycleActions({ phase: 'rating' }, qm)).toEqual(['close', 'remind']);
    expect(allowedCycleActions({ phase: 'closed' }, qm)).toEqual(['release']);
    expect(allowedCycleActions({ phase: 'released' }, qm)).toEqual([]);
    expect(allowedCycleActions({ phase: 'rating' }, director)).toEqual([]);
  });

  it('shows a report to the subject and their manager after release only — never to the coordinator', () => {
    const subject = { email: 'jiri.kucera@lipova.example', managerEmail: 'Lucie.Dvorakova@lipova.example' };
    expect(reportReadRefusal(employee, subject, true)).toBeNull();
    expect(reportReadRefusal(head, subject, true)).toBeNull();
    expect(reportReadRefusal(employee, subject, false)).toBe('notReleased');
    expect(reportReadRefusal(qm, subject, true)).toBe('notReportReader');
    expect(reportReadRefusal(director, subject, true)).toBe('notReportReader');
  });

  it('gives the organisation view to the office for coordinators and the director, to heads for their departments', () => {
    expect(organisationScope(qm)).toBe('office');
    expect(organisationScope(director)).toBe('office');
    expect(organisationScope(head)).toEqual(['OSV']);
    expect(organisationScope(employee)).toBeNull();
  });
});

describe("a subject's nomination list", () => {
  const base = { isSubject: false, isManager: false, isCoordinator: false };
  it('is proposed by the subject while open, then approved by the manager', () => {
    expect(
      allowedNominationActions({ ...base, phase: 'nomination', state: 'open', isSubject: true }),
    ).toEqual(['propose', 'submit']);
    expect(
      allowedNominationActions({ ...base, phase: 'nomination', state: 'submitted', isSubject: true }),
    ).toEqual([]);
    expect(
      allowedNominationActions({ ...base, phase: 'approval', state: 'submitted', isManager: true }),
    ).toEqual(['change', 'approve']);
    expect(
      allowedNominationActions({ ...base, phase: 'rating', state: 'submitted', isManager: true }),
    ).toEqual([]);
    expect(
      allowedNominationActions({ ...base, phase: 'approval', state: 'approved', isCoordinator: true }),
    ).toEqual(['change']);
  });
});

describe('a cycle draft', () => {
  const draft = {
    name: '360 2026',
    modelId: 1,
    subjectEmails: [],
    departmentCodes: ['OSV'],
    nominationDeadline: '2026-12-10',
    approvalDeadline: '2026-12-15',
    ratingDeadline: '2027-01-15',
    rules: DEFAULT_NOMINATION_RULES,
    thresholds: DEFAULT_CYCLE_THRESHOLDS,
  };
  it('needs deadlines in order and not past, subjects and sane group rules', () => {
    expect(cycleDraftProblems(draft, '2026-12-03')).toEqual([]);
    expect(cycleDraftProblems({ ...draft, approvalDeadline: '2026-12-01' }, '2026-12-03')).toEqual([
      'deadlineOrder',
    ]);
    expect(cycleDraftProblems(draft, '2027-02-01')).toEqual(['deadlinePast']);
    expect(cycleDraftProblems({ ...draft, departmentCodes: [] }, '2026-12-03')).toEqual(['noSubjects']);
    expect(
      cycleDraftProblems(
        { ...draft, rules: { ...DEFAULT_NOMINATION_RULES, peer: { min: 5, max: 3 } } },
        '2026-12-03',
      ),
    ).toEqual(['ruleOrder']);
  });
});
