import { describe, expect, it } from '@jest/globals';
import type { Survey } from '@kvalita/core';
import { surveyEvidence } from '../../src/surveys/survey-evidence';
import { sampleDraft } from './fakes';

const base: Survey = {
  ...sampleDraft(),
  key: 'srv-evidence',
  status: 'open',
  currentWave: 0,
  ownerEmail: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  etag: '"1"',
};

const weekly = (key: string, opensAt: string, extra: Partial<Survey> = {}): Survey => ({
  ...base,
  key,
  schedule: { ...base.schedule, opensAt },
  ...extra,
});

describe('surveys as CAF evidence', () => {
  const now = new Date('2026-12-20T12:00:00Z');

  it('lists marked surveys with the waves that opened in the 12 months before the cycle ended', () => {
    const evidence = surveyEvidence(
      [
        // Weekly since 2 Nov 2026: waves on 2, 9 Nov … 14 Dec; the cycle ends 15 Dec → 7 waves.
        weekly('srv-weekly01', '2026-11-02T07:00:00.000Z'),
        // Not marked as evidence.
        weekly('srv-notmarkd', '2026-11-02T07:00:00.000Z', { evidenceFor: [] }),
        // A draft has no waves.
        weekly('srv-draft001', '2026-11-02T07:00:00.000Z', { status: 'draft' }),
        // A once survey from two years before.
        weekly('srv-tooold01', '2024-10-01T07:00:00.000Z', {
          status: 'closed',
          currentWave: 1,
          schedule: { ...base.schedule, recurrence: 'once', opensAt: '2024-10-01T07:00:00.000Z' },
        }),
        // Closed after three monthly waves within the window.
        weekly('srv-monthly1', '2026-01-15T07:00:00.000Z', {
          status: 'closed',
          currentWave: 3,
          evidenceFor: ['3.3', '7.1'],
          schedule: { ...base.schedule, recurrence: 'monthly', opensAt: '2026-01-15T07:00:00.000Z' },
        }),
      ],
      '2026-12-15',
      now,
    );
    expect(evidence).toEqual([
      {
        surveyKey: 'srv-weekly01',
        title: base.title,
        subcriteria: ['7.1'],
        waves: 7,
        lastWaveOpensAt: '2026-12-14T07:00:00.000Z',
      },
      {
        surveyKey: 'srv-monthly1',
        title: base.title,
        subcriteria: ['3.3', '7.1'],
        waves: 3,
        lastWaveOpensAt: '2026-03-15T07:00:00.000Z',
      },
    ]);
  });
});
