import type { Checklist, ChecklistItem, Evaluation, EvaluationRecord, ItemAnswer } from '../../src';

/** A hand-made visit checklist: weights 1–3, one critical item. */
export const items: ChecklistItem[] = [
  { key: 'greet', section: 'firstContact', text: 'Pozdravil do 30 s', hint: '', weight: 1, critical: false },
  { key: 'sign', section: 'environment', text: 'Značení přepážek', hint: '', weight: 2, critical: false },
  { key: 'correct', section: 'competence', text: 'Správná odpověď', hint: '', weight: 3, critical: true },
  { key: 'polite', section: 'communication', text: 'Zdvořilé jednání', hint: '', weight: 2, critical: false },
];

export const checklist: Checklist = {
  id: 7,
  familyId: 7,
  version: 1,
  name: 'Návštěva',
  channel: 'visit',
  description: '',
  items,
  frozen: true,
  superseded: false,
  createdAt: '2026-01-01T00:00:00Z',
  modifiedAt: '2026-01-01T00:00:00Z',
  etag: '"1"',
};

export function record(
  answers: Record<string, ItemAnswer | null>,
  extra: Partial<EvaluationRecord> = {},
): EvaluationRecord {
  return {
    contactAt: null,
    answeredAt: null,
    items: Object.fromEntries(Object.entries(answers).map(([key, answer]) => [key, { answer, note: '' }])),
    waitMinutes: null,
    rings: null,
    answerCorrect: null,
    generalNote: '',
    ...extra,
  };
}

export function evaluation(partial: Partial<Evaluation> & Pick<Evaluation, 'id'>): Evaluation {
  return {
    campaignId: 1,
    departmentCode: 'OD',
    servicePointKey: 'sp-1',
    scenarioKey: 'sc-1',
    evaluatorEmail: 'eva@lipova.cz',
    evaluator: { email: 'eva@lipova.cz', displayName: 'Eva' },
    week: '2026-W10',
    channel: 'visit',
    checklistId: 7,
    status: 'released',
    record: record({}),
    score: null,
    reviewComment: '',
    history: [],
    files: [],
    submittedAt: null,
    releasedAt: null,
    modifiedAt: '2026-03-01T00:00:00Z',
    etag: '"1"',
    ...partial,
  };
}
