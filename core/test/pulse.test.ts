import { describe, expect, it } from '@jest/globals';
import { isoWeek, isoWeekStart, parsePulseId, pulseAnswerSchema, weeklyPulseId } from '../src';

describe('weekly pulse id', () => {
  it('follows ISO 8601 weeks across year boundaries', () => {
    expect(isoWeek(new Date('2026-11-22T12:00:00Z'))).toEqual({ year: 2026, week: 47 });
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(new Date('2024-12-30T12:00:00Z'))).toEqual({ year: 2025, week: 1 });
    expect(weeklyPulseId(new Date('2026-01-05T08:00:00Z'))).toBe('pulse-2026-W02');
  });
});

describe('pulse answer parsing', () => {
  it('accepts a card submit with the score as text (Input.ChoiceSet sends strings)', () => {
    expect(
      pulseAnswerSchema.parse({ verb: 'kvalita.pulse.answer', pulseId: 'pulse-2026-W47', score: '4' }),
    ).toEqual({
      verb: 'kvalita.pulse.answer',
      pulseId: 'pulse-2026-W47',
      score: 4,
    });
  });

  it.each([
    [{ verb: 'kvalita.pulse.answer', pulseId: 'pulse-2026-W47', score: '6' }],
    [{ verb: 'kvalita.pulse.answer', pulseId: 'pulse-2026-W47', score: '2.5' }],
    [{ verb: 'kvalita.pulse.answer', pulseId: 'pulse-2026-W47' }],
    [{ verb: 'kvalita.pulse.answer', pulseId: "x' or 1 eq 1", score: 3 }],
    [{ verb: 'other', pulseId: 'pulse-2026-W47', score: 3 }],
    ['<script>alert(1)</script>'],
  ])('rejects %j', (payload) => {
    expect(pulseAnswerSchema.safeParse(payload).success).toBe(false);
  });
});

describe('ISO week boundaries', () => {
  it('finds the Monday a week starts on, across years', () => {
    expect(isoWeekStart(2026, 47).toISOString()).toBe('2026-11-16T00:00:00.000Z');
    expect(isoWeekStart(2026, 1).toISOString()).toBe('2025-12-29T00:00:00.000Z');
    expect(parsePulseId('pulse-2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parsePulseId('pulse-2026-W54')).toBeNull();
    expect(parsePulseId('pulse-2026-W47x')).toBeNull();
  });
});
