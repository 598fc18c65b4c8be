import { describe, expect, it } from '@jest/globals';
import { scoreEvaluation, unansweredItems } from '../../src';
import { checklist, record } from './mystery-fixtures';

const now = new Date('2026-03-10T12:00:00Z');

describe('an evaluation’s score', () => {
  it('weighs the answers: yes earns the whole weight, partly half, no nothing', () => {
    // greet yes 1/1, sign partly 1/2, correct yes 3/3, polite no 0/2 → 5 of 8.
    const score = scoreEvaluation(
      checklist,
      'visit',
      record({ greet: 'yes', sign: 'partly', correct: 'yes', polite: 'no' }),
      null,
      now,
    );
    expect(score.score).toBe(62.5);
    expect(score.rawScore).toBe(62.5);
    expect(score.failedCritical).toEqual([]);
    expect(score.sections).toEqual({ firstContact: 100, environment: 50, competence: 100, communication: 0 });
  });

  it('leaves "not applicable" out of the score instead of counting it as failed', () => {
    const score = scoreEvaluation(
      checklist,
      'visit',
      record({ greet: 'yes', sign: 'na', correct: 'yes', polite: 'yes' }),
      null,
      now,
    );
    expect(score.score).toBe(100);
    expect(score.sections).not.toHaveProperty('environment');
  });

  it('fails the whole evaluation on a failed critical item, keeping the raw score', () => {
    const score = scoreEvaluation(
      checklist,
      'visit',
      record({ greet: 'yes', sign: 'yes', correct: 'no', polite: 'yes' }),
      null,
      now,
    );
    expect(score.score).toBe(0);
    expect(score.rawScore).toBe(62.5);
    expect(score.failedCritical).toEqual(['correct']);
  });

  it('has no score when nothing applies', () => {
    const score = scoreEvaluation(
      checklist,
      'visit',
      record({ greet: 'na', sign: 'na', correct: 'na', polite: 'na' }),
      null,
      now,
    );
    expect(score.score).toBeNull();
    expect(score.rawScore).toBeNull();
  });

  it('measures the reply time of a written contact and flags a late or missing reply', () => {
    const sent = { contactAt: '2026-03-02T09:00:00+01:00' };
    const onTime = scoreEvaluation(
      checklist,
      'email',
      record({ greet: 'yes' }, { ...sent, answeredAt: '2026-03-03T15:30:00+01:00' }),
      { deadlineHours: 72 },
      now,
    );
    expect(onTime.replyHours).toBe(30.5);
    expect(onTime.lateReply).toBe(false);
    const late = scoreEvaluation(
      checklist,
      'email',
      record({ greet: 'yes' }, { ...sent, answeredAt: '2026-03-06T09:00:00+01:00' }),
      { deadlineHours: 72 },
      now,
    );
    expect(late.lateReply).toBe(true);
    const none = scoreEvaluation(
      checklist,
      'dataBox',
      record({ greet: 'yes' }, sent),
      { deadlineHours: 72 },
      now,
    );
    expect(none.replyHours).toBeNull();
    expect(none.lateReply).toBe(true);
    const visit = scoreEvaluation(
      checklist,
      'visit',
      record({ greet: 'yes' }, sent),
      { deadlineHours: 72 },
      now,
    );
    expect(visit.lateReply).toBe(false);
  });

  it('lists the items still unanswered', () => {
    expect(unansweredItems(checklist, record({ greet: 'yes', sign: null, correct: 'na' }))).toEqual([
      'sign',
      'polite',
    ]);
  });
});
