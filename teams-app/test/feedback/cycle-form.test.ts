import { describe, expect, it } from '@jest/globals';
import {
  draftOfForm,
  newCycleForm,
  validateCycleForm,
  type CycleFormValues,
} from '../../src/feedback/cycles/cycle-form';

const TODAY = '2026-12-03';
const filled = (change: Partial<CycleFormValues> = {}): CycleFormValues => ({
  ...newCycleForm(TODAY),
  name: 'Vedoucí 2027',
  modelId: '4',
  departmentCodes: ['OSV'],
  ...change,
});

describe('the cycle form', () => {
  it('proposes deadlines in order after today and the contract’s thresholds', () => {
    const values = newCycleForm(TODAY);
    expect([values.nominationDeadline, values.approvalDeadline, values.ratingDeadline]).toEqual([
      '2026-12-17',
      '2026-12-24',
      '2027-01-14',
    ]);
    expect([values.groupThreshold, values.commentThreshold, values.raterLoad]).toEqual(['3', '3', '8']);
  });

  it('sends a filled form as the contract’s draft, numbers as numbers', () => {
    expect(validateCycleForm(filled(), TODAY)).toEqual({});
    const draft = draftOfForm(filled());
    expect(draft.modelId).toBe(4);
    expect(draft.rules.peer).toEqual({ min: 3, max: 6 });
    expect(draft.thresholds).toEqual({ group: 3, comments: 3, raterLoad: 8 });
  });

  it('refuses a threshold below 3 and a load cap outside 1–20, at their fields', () => {
    const errors = validateCycleForm(filled({ groupThreshold: '2', raterLoad: '21' }), TODAY);
    expect(errors['groupThreshold']).toEqual({
      key: 'tab.feedback.cycleForm.range',
      values: { min: 3, max: 10 },
    });
    expect(errors['raterLoad']).toEqual({ key: 'tab.feedback.cycleForm.range', values: { min: 1, max: 20 } });
  });

  it('names deadlines out of order, a past rating deadline, nobody to rate and a min above its max', () => {
    const errors = validateCycleForm(
      filled({
        departmentCodes: [],
        nominationDeadline: '2026-11-20',
        approvalDeadline: '2026-11-10',
        ratingDeadline: '2026-11-30',
        rules: { ...newCycleForm(TODAY).rules, other: { min: '4', max: '2' } },
      }),
      TODAY,
    );
    expect(errors['approvalDeadline']?.key).toBe('tab.feedback.cycleForm.deadlineOrder');
    expect(errors['ratingDeadline']?.key).toBe('tab.feedback.cycleForm.deadlinePast');
    expect(errors['subjects']?.key).toBe('tab.feedback.cycleForm.noSubjects');
    expect(errors['rules.other']?.key).toBe('tab.feedback.cycleForm.ruleOrder');
  });

  it('asks for a name and a model', () => {
    const errors = validateCycleForm(filled({ name: '  ', modelId: '' }), TODAY);
    expect(errors['name']?.key).toBe('tab.feedback.form.required');
    expect(errors['modelId']?.key).toBe('tab.feedback.cycleForm.chooseModel');
  });
});
