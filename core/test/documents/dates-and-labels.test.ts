import { describe, expect, it } from '@jest/globals';
import {
  addMonths,
  approvedLabelOf,
  compareVersionLabels,
  isMajorVersion,
  isReviewDue,
  isReviewOverdue,
  nextDraftLabel,
  nextReviewDate,
  reviewReminderDue,
} from '../../src';

describe('review dates', () => {
  it('adds months safely at the end of a month and across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(nextReviewDate('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2026-05-31', 60)).toBe('2031-05-31');
  });

  it('is overdue the day after the review date and due within 30 days', () => {
    expect(isReviewOverdue('2026-12-03', '2026-12-03')).toBe(false);
    expect(isReviewOverdue('2026-12-02', '2026-12-03')).toBe(true);
    expect(isReviewDue('2027-01-02', '2026-12-03')).toBe(true);
    expect(isReviewDue('2027-01-03', '2026-12-03')).toBe(false);
    expect(isReviewDue(null, '2026-12-03')).toBe(false);
  });

  it('reminds the owner 30 and 10 days before and once when overdue', () => {
    expect(reviewReminderDue('2027-01-02', '2026-12-03')).toEqual({ kind: 'reviewSoon', daysLeft: 30 });
    expect(reviewReminderDue('2026-12-13', '2026-12-03')).toEqual({ kind: 'reviewSoon', daysLeft: 10 });
    expect(reviewReminderDue('2026-12-02', '2026-12-03')).toEqual({ kind: 'reviewOverdue' });
    expect(reviewReminderDue('2026-12-01', '2026-12-03')).toBeNull();
    expect(reviewReminderDue('2026-12-20', '2026-12-03')).toBeNull();
  });
});

describe('version labels', () => {
  it('counts drafts as minor versions and approvals as the next major one', () => {
    expect(nextDraftLabel(null)).toBe('0.1');
    expect(nextDraftLabel('2.0')).toBe('2.1');
    expect(approvedLabelOf('0.3')).toBe('1.0');
    expect(approvedLabelOf('2.2')).toBe('3.0');
    expect(isMajorVersion('3.0')).toBe(true);
    expect(isMajorVersion('0.1')).toBe(false);
  });

  it('orders labels as numbers', () => {
    expect(['1.10', '1.9', '2.0'].sort(compareVersionLabels)).toEqual(['1.9', '1.10', '2.0']);
  });
});
