import { describe, expect, it } from '@jest/globals';
import {
  allowedCampaignActions,
  allowedEvaluationActions,
  mysteryResultsScope,
  type MysteryActor,
} from '../../src';

const manager: MysteryActor = {
  email: 'qm@lipova.cz',
  displayName: 'X',
  roles: ['qualityManager'],
  departmentCodes: [],
};
const evaluator: MysteryActor = {
  email: 'eva@lipova.cz',
  displayName: 'X',
  roles: ['employee'],
  departmentCodes: [],
};
const head: MysteryActor = {
  email: 'head@lipova.cz',
  displayName: 'X',
  roles: ['headOfDepartment'],
  departmentCodes: ['OD'],
};
const employee: MysteryActor = {
  email: 'joe@lipova.cz',
  displayName: 'X',
  roles: ['employee'],
  departmentCodes: [],
};
const running = { status: 'running' as const };
const sheet = (status: Parameters<typeof allowedEvaluationActions>[0]['status']) => ({
  status,
  evaluatorEmail: 'EVA@lipova.cz',
});

describe('the review lifecycle and role matrix', () => {
  it('lets the assigned evaluator record and submit, nobody else', () => {
    expect(allowedEvaluationActions(sheet('draft'), running, evaluator)).toEqual(['record', 'submit']);
    expect(allowedEvaluationActions(sheet('returned'), running, evaluator)).toEqual(['record', 'submit']);
    expect(allowedEvaluationActions(sheet('draft'), running, employee)).toEqual([]);
    expect(allowedEvaluationActions(sheet('submitted'), running, evaluator)).toEqual([]);
  });

  it('has the quality manager review every sheet before it counts', () => {
    expect(allowedEvaluationActions(sheet('submitted'), running, manager)).toEqual([
      'return',
      'review',
      'exclude',
    ]);
    expect(allowedEvaluationActions(sheet('reviewed'), running, manager)).toEqual([
      'return',
      'release',
      'exclude',
    ]);
    expect(allowedEvaluationActions(sheet('released'), running, manager)).toEqual(['lock', 'exclude']);
    expect(allowedEvaluationActions(sheet('locked'), running, manager)).toEqual([]);
    expect(allowedEvaluationActions(sheet('planned'), running, manager)).toEqual(['reschedule', 'cancel']);
  });

  it('changes nothing once the campaign is closed or before it runs', () => {
    expect(allowedEvaluationActions(sheet('submitted'), { status: 'closed' }, manager)).toEqual([]);
    expect(allowedEvaluationActions(sheet('draft'), { status: 'preparation' }, evaluator)).toEqual([]);
  });

  it('shows results to the director, the quality manager and a head for their department only', () => {
    expect(mysteryResultsScope(manager)).toBe('office');
    expect(mysteryResultsScope({ ...employee, roles: ['director'] })).toBe('office');
    expect(mysteryResultsScope(head)).toEqual(['OD']);
    expect(mysteryResultsScope(employee)).toBeNull();
    expect(allowedCampaignActions(running, head)).toEqual(['results']);
    expect(allowedCampaignActions(running, employee)).toEqual([]);
    expect(allowedCampaignActions({ status: 'preparation' }, manager)).toEqual([
      'edit',
      'start',
      'plan',
      'findings',
    ]);
  });
});
