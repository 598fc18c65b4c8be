import { describe, expect, it } from '@jest/globals';
import {
  advanceCycleRequestSchema,
  competencyModelDraftSchema,
  createCycleRequestSchema,
  declineRatingRequestSchema,
  goalRequestSchema,
  setNominationsRequestSchema,
  submitRatingRequestSchema,
} from '../../src/schemas';

const behaviours = (prefix: string) =>
  [1, 2, 3].map((n) => ({ key: `${prefix}-b${n}`, text: `Chování ${n}` }));
const model = {
  name: 'Zaměstnanci',
  description: '<b>popis</b>',
  scale: [1, 2, 3, 4, 5].map((point) => ({ point, label: `Bod ${point}`, description: '' })),
  groups: [
    {
      key: 'prace',
      name: 'Práce',
      competencies: ['k1', 'k2', 'k3'].map((key) => ({
        key,
        name: key,
        definition: 'Definice',
        behaviours: behaviours(key),
      })),
    },
  ],
};
const etag = '"1"';

describe('360 request bodies', () => {
  it('keeps markup as literal text and refuses a model that breaks its rules', () => {
    expect(competencyModelDraftSchema.parse(model).description).toBe('<b>popis</b>');
    const twice = { ...model, groups: [{ ...model.groups[0]!, key: 'k1' }] };
    expect(competencyModelDraftSchema.safeParse(twice).success).toBe(false);
    expect(competencyModelDraftSchema.safeParse({ ...model, name: 'x'.repeat(10_000) }).success).toBe(false);
    expect(competencyModelDraftSchema.safeParse({ ...model, extra: 1 }).success).toBe(false);
  });

  it('takes a rating only when every behaviour of the model is answered with 1–5 or "cannot judge"', () => {
    const schema = submitRatingRequestSchema(model);
    const ratings = Object.fromEntries(
      model.groups[0]!.competencies.flatMap((c) => c.behaviours.map((b) => [b.key, 4])),
    );
    expect(schema.safeParse({ ratings, comments: {} }).success).toBe(true);
    expect(
      schema.safeParse({ ratings: { ...ratings, 'k1-b1': null }, comments: { prace: 'Dobře' } }).success,
    ).toBe(true);
    expect(schema.safeParse({ ratings: { ...ratings, 'k1-b1': 6 }, comments: {} }).success).toBe(false);
    expect(schema.safeParse({ ratings: { ...ratings, 'k1-b1': '4' }, comments: {} }).success).toBe(false);
    expect(schema.safeParse({ ratings: { ...ratings, unknown: 3 }, comments: {} }).success).toBe(false);
    const { ['k1-b1']: _missing, ...short } = ratings;
    expect(schema.safeParse({ ratings: short, comments: {} }).success).toBe(false);
    expect(schema.safeParse({ ratings, comments: { jinde: 'x' } }).success).toBe(false);
    expect(schema.safeParse({ ratings, comments: { prace: 'x'.repeat(1001) } }).success).toBe(false);
  });

  const cycle = {
    name: '360 2026',
    modelId: 1,
    subjectEmails: ['Jiri.Kucera@lipova.example'],
    departmentCodes: [],
    nominationDeadline: '2026-12-10',
    approvalDeadline: '2026-12-15',
    ratingDeadline: '2027-01-15',
    rules: { directReport: { min: 0, max: 10 }, peer: { min: 3, max: 6 }, other: { min: 0, max: 4 } },
    thresholds: { group: 3, comments: 3, raterLoad: 8 },
  };
  it('refuses thresholds below 3, deadlines out of order and a cycle with nobody to rate', () => {
    expect(createCycleRequestSchema.parse({ draft: cycle }).draft.subjectEmails).toEqual([
      'jiri.kucera@lipova.example',
    ]);
    expect(
      createCycleRequestSchema.safeParse({
        draft: { ...cycle, thresholds: { ...cycle.thresholds, group: 2 } },
      }).success,
    ).toBe(false);
    expect(
      createCycleRequestSchema.safeParse({ draft: { ...cycle, ratingDeadline: '2026-12-01' } }).success,
    ).toBe(false);
    expect(createCycleRequestSchema.safeParse({ draft: { ...cycle, subjectEmails: [] } }).success).toBe(
      false,
    );
    expect(
      createCycleRequestSchema.safeParse({ draft: { ...cycle, departmentCodes: ["OSV' or 1 eq 1"] } })
        .success,
    ).toBe(false);
    expect(
      createCycleRequestSchema.safeParse({ draft: { ...cycle, nominationDeadline: '2026-02-30' } }).success,
    ).toBe(false);
  });

  it('checks advances, nominations, declines and goals', () => {
    expect(advanceCycleRequestSchema.safeParse({ etag, to: 'preparation' }).success).toBe(false);
    expect(
      advanceCycleRequestSchema.safeParse({ etag, to: 'released', developmentOnlyConfirmed: true }).success,
    ).toBe(true);
    const peer = { email: 'a@lipova.example', group: 'peer' };
    expect(
      setNominationsRequestSchema.safeParse({ etag, raters: [peer, { ...peer, email: 'A@lipova.example' }] })
        .success,
    ).toBe(false);
    expect(
      setNominationsRequestSchema.safeParse({ etag, raters: [{ ...peer, group: 'self' }] }).success,
    ).toBe(false);
    expect(declineRatingRequestSchema.safeParse({ reason: '  ' }).success).toBe(false);
    expect(
      goalRequestSchema.safeParse({
        competencyKey: 'k1',
        text: 'Kurz',
        dueDate: null,
        link: { kind: 'training', title: 'Kurz', url: 'javascript:alert(1)' },
      }).success,
    ).toBe(false);
    expect(
      goalRequestSchema.safeParse({
        competencyKey: 'k1',
        text: 'Cíl',
        dueDate: '2027-06-30',
        link: { kind: 'measure', measureId: 12 },
      }).success,
    ).toBe(true);
  });
});
