import type { Survey } from '@kvalita/core';

/** A survey with one question of every type, open weekly from Monday 2 Feb 2027 08:00 Prague time. */
export function sampleSurvey(overrides: Partial<Survey> = {}): Survey {
  return {
    key: 'srv-abcd1234',
    title: { cs: 'Týdenní pulz', en: 'Weekly pulse' },
    introduction: { cs: 'Krátký průzkum.', en: '' },
    template: null,
    questions: [
      {
        key: 'q1',
        type: 'scale5',
        text: { cs: 'Cítil(a) jsem se dobře.', en: 'I felt good.' },
        options: { cs: [], en: [] },
      },
      {
        key: 'q2',
        type: 'scale11',
        text: { cs: 'Doporučil(a) byste úřad?', en: '' },
        options: { cs: [], en: [] },
      },
      {
        key: 'q3',
        type: 'singleChoice',
        text: { cs: 'Kde pracujete?', en: 'Where do you work?' },
        options: { cs: ['Kancelář', 'Doma'], en: ['Office', ''] },
      },
      {
        key: 'q4',
        type: 'multiChoice',
        text: { cs: 'Co pomáhá?', en: 'What helps?' },
        options: { cs: ['Klid', 'Porady', 'Školení'], en: ['Quiet', 'Meetings', 'Training'] },
      },
      { key: 'q5', type: 'text', text: { cs: 'Vzkaz', en: 'Note' }, options: { cs: [], en: [] } },
    ],
    audience: { kind: 'office' },
    schedule: {
      recurrence: 'weekly',
      opensAt: '2027-02-01T07:00:00.000Z',
      waveDays: 5,
      endsAt: '2027-02-20T00:00:00.000Z',
      reminderAfterDays: 2,
    },
    evidenceFor: [],
    status: 'open',
    currentWave: 1,
    ownerEmail: 'kvalita@lipova.example',
    createdAt: '2027-01-20T10:00:00.000Z',
    etag: '"1"',
    ...overrides,
  };
}
