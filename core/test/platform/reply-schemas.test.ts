import { describe, expect, it } from '@jest/globals';
import { cyclePermissions, type CycleSummary, type SurveySummary } from '../../src';
import {
  cycleSummarySchema,
  demoPeopleReplySchema,
  errorReplySchema,
  meSchema,
  surveyListReplySchema,
} from '../../src/schemas';

const summary: CycleSummary = {
  id: 2,
  name: 'Sebehodnocení CAF 2026',
  method: 'classical',
  status: 'scoring',
  startDate: '2026-09-01',
  endDate: '2026-12-15',
  scope: { kind: 'departments', departmentCodes: ['OD'] },
  currentStep: 5,
  reportApproval: null,
  myTeamRole: 'leader',
  mySubmitted: false,
  permissions: cyclePermissions({ roles: ['employee'], teamRole: 'leader', hasSubmitted: false }, 'scoring'),
};

const surveySummary: SurveySummary = {
  key: 'srv-abcd1234',
  title: { cs: 'Pohoda v práci', en: '' },
  status: 'open',
  recurrence: 'weekly',
  questionCount: 3,
  currentWave: 2,
  openWave: {
    number: 2,
    opensAt: '2026-11-16T07:00:00.000Z',
    closesAt: '2026-11-21T07:00:00.000Z',
    remindAt: null,
  },
  nextWave: null,
  evidenceFor: ['7.1'],
  etag: '"3"',
};

/** Everything but one field. */
function without<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...value };
  delete copy[key];
  return copy;
}

describe('reply schemas (what the tab reads every answer with)', () => {
  it('read a reply that is what the contract says', () => {
    expect(cycleSummarySchema.safeParse(summary)).toEqual({ success: true, data: summary });
    expect(surveyListReplySchema.safeParse({ surveys: [surveySummary] }).success).toBe(true);
    expect(
      errorReplySchema.safeParse({ error: { code: 'payloadTooLarge', message: 'Příliš velký požadavek.' } })
        .success,
    ).toBe(true);
  });

  it('refuse a reply that lacks a field', () => {
    expect(cycleSummarySchema.safeParse(without(summary, 'permissions')).success).toBe(false);
    expect(
      cycleSummarySchema.safeParse({ ...summary, permissions: without(summary.permissions, 'seeResults') })
        .success,
    ).toBe(false);
    expect(surveyListReplySchema.safeParse({ surveys: [without(surveySummary, 'etag')] }).success).toBe(
      false,
    );
    expect(meSchema.safeParse({ email: 'jana.novakova@urad.example', roles: [] }).success).toBe(false);
  });

  it('refuse a reply with a wrong type or an unknown code', () => {
    expect(cycleSummarySchema.safeParse({ ...summary, id: '2' }).success).toBe(false);
    expect(cycleSummarySchema.safeParse({ ...summary, status: 'archived' }).success).toBe(false);
    expect(cycleSummarySchema.safeParse({ ...summary, scope: { kind: 'departments' } }).success).toBe(false);
    expect(
      surveyListReplySchema.safeParse({ surveys: [{ ...surveySummary, questionCount: null }] }).success,
    ).toBe(false);
    expect(surveyListReplySchema.safeParse({ surveys: surveySummary }).success).toBe(false);
    expect(
      meSchema.safeParse({ email: 'jana.novakova@urad.example', displayName: 'Jana', roles: ['admin'] })
        .success,
    ).toBe(false);
    expect(errorReplySchema.safeParse({ error: { code: 'teapot', message: '' } }).success).toBe(false);
  });

  it('read a field the contract says may be null as null when the reply leaves it out', () => {
    const person = { email: 'a@urad.example', displayName: 'A', roles: ['employee'] };
    expect(demoPeopleReplySchema.parse({ people: [person] })).toEqual({
      people: [{ ...person, jobTitle: null, departmentName: null }],
    });
    expect(cycleSummarySchema.parse(without(summary, 'reportApproval')).reportApproval).toBeNull();
  });

  it('keep only the fields the contract names', () => {
    expect(cycleSummarySchema.parse({ ...summary, secret: 'x' })).toEqual(summary);
  });
});
