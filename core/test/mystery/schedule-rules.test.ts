import { describe, expect, it } from '@jest/globals';
import { planConflicts, quotaProgress, type Campaign, type EvaluationPlan } from '../../src';

const campaign: Pick<
  Campaign,
  'servicePoints' | 'scenarios' | 'evaluatorEmails' | 'startDate' | 'endDate' | 'lockoutDays' | 'quotas'
> = {
  servicePoints: [
    { key: 'od-counter', departmentCode: 'OD', channel: 'visit', name: 'Přepážka 3' },
    { key: 'od-mail', departmentCode: 'OD', channel: 'email', name: 'doprava@lipova.cz' },
    { key: 'su-phone', departmentCode: 'SU', channel: 'phone', name: '974 000 123' },
  ],
  scenarios: [
    {
      key: 'licence',
      title: 'Výměna průkazu',
      kind: 'question',
      channels: ['visit', 'phone'],
      situation: 's',
      expectedAnswer: 'a',
      deadlineHours: null,
    },
    {
      key: 'complaint',
      title: 'Stížnost',
      kind: 'complaint',
      channels: ['email'],
      situation: 's',
      expectedAnswer: 'a',
      deadlineHours: 72,
    },
  ],
  evaluatorEmails: ['eva@lipova.cz', 'Petr@Lipova.cz'],
  startDate: '2026-03-02',
  endDate: '2026-06-30',
  lockoutDays: 28,
  quotas: [
    { departmentCode: 'OD', channel: 'visit', count: 4 },
    { departmentCode: 'SU', channel: 'phone', count: 2 },
  ],
};
const departments: Record<string, string> = { 'eva@lipova.cz': 'FIN', 'petr@lipova.cz': 'SU' };
const departmentOf = (email: string) => {
  const code = departments[email.toLowerCase()];
  return code === undefined ? [] : [code];
};
const plan = (partial: Partial<EvaluationPlan>): EvaluationPlan => ({
  departmentCode: 'OD',
  servicePointKey: 'od-counter',
  scenarioKey: 'licence',
  evaluatorEmail: 'eva@lipova.cz',
  week: '2026-W12',
  ...partial,
});

describe('planning an evaluation', () => {
  it('accepts a plan that keeps every rule', () => {
    expect(planConflicts(campaign, [plan({})], [], departmentOf)).toEqual([]);
  });

  it('refuses the same evaluator at the same service point within the lockout window, and allows it after', () => {
    const existing = [
      {
        id: 1,
        evaluatorEmail: 'EVA@lipova.cz',
        servicePointKey: 'od-counter',
        week: '2026-W10',
        status: 'released' as const,
      },
    ];
    expect(planConflicts(campaign, [plan({ week: '2026-W13' })], existing, departmentOf)).toEqual([
      { row: 0, conflict: 'lockout' },
    ]);
    expect(planConflicts(campaign, [plan({ week: '2026-W14' })], existing, departmentOf)).toEqual([]);
    // Another evaluator, or the same one at another point, may come.
    expect(
      planConflicts(
        campaign,
        [plan({ week: '2026-W11', evaluatorEmail: 'petr@lipova.cz' })],
        existing,
        departmentOf,
      ),
    ).toEqual([]);
    // Rescheduling the planned sheet itself does not collide with its own week.
    expect(planConflicts(campaign, [plan({ week: '2026-W11' })], existing, departmentOf, 1)).toEqual([]);
  });

  it('checks the plans of one request against each other', () => {
    const refusals = planConflicts(
      campaign,
      [plan({ week: '2026-W12' }), plan({ week: '2026-W14' }), plan({ week: '2026-W16' })],
      [],
      departmentOf,
    );
    expect(refusals).toEqual([{ row: 1, conflict: 'lockout' }]);
  });

  it('never sends internal staff to their own department', () => {
    const refusals = planConflicts(
      campaign,
      [plan({ departmentCode: 'SU', servicePointKey: 'su-phone', evaluatorEmail: 'petr@lipova.cz' })],
      [],
      departmentOf,
    );
    expect(refusals).toEqual([{ row: 0, conflict: 'ownDepartment' }]);
  });

  it('names what is wrong with a plan that does not fit the campaign', () => {
    const conflicts = planConflicts(
      campaign,
      [
        plan({ servicePointKey: 'nowhere' }),
        plan({ departmentCode: 'SU' }),
        plan({ scenarioKey: 'complaint' }),
        plan({ evaluatorEmail: 'someone@lipova.cz' }),
        plan({ week: '2026-W27' }),
        plan({ week: '2026-W09' }),
      ],
      [],
      departmentOf,
    ).map((refusal) => refusal.conflict);
    expect(conflicts).toEqual([
      'unknownServicePoint',
      'departmentMismatch',
      'scenarioChannel',
      'notEvaluator',
      'outsidePeriod',
    ]);
    // W27 shares 29–30 June with the period and is fine; W09 (23 Feb–1 Mar) ends before it.
  });

  it('shows quota progress per department and channel, excluded sheets not counted', () => {
    const progress = quotaProgress(campaign, [
      { departmentCode: 'OD', channel: 'visit', status: 'planned' },
      { departmentCode: 'OD', channel: 'visit', status: 'submitted' },
      { departmentCode: 'OD', channel: 'visit', status: 'locked' },
      { departmentCode: 'OD', channel: 'visit', status: 'excluded' },
      { departmentCode: 'OD', channel: 'email', status: 'released' },
    ]);
    expect(progress).toEqual([
      { departmentCode: 'OD', channel: 'visit', quota: 4, planned: 3, submitted: 2, released: 1 },
      { departmentCode: 'SU', channel: 'phone', quota: 2, planned: 0, submitted: 0, released: 0 },
      { departmentCode: 'OD', channel: 'email', quota: 0, planned: 1, submitted: 1, released: 1 },
    ]);
  });
});
