import { describe, expect, it } from '@jest/globals';
import {
  CYCLE_PHASES,
  NOMINATION_SOURCES,
  NOMINATION_STATES,
  RATER_GROUPS,
  RATER_STATES,
  STAFF_MODEL,
} from '@kvalita/core';
import { ALL_LISTS } from '../../src/all-lists';
import { feedbackDeliveryKey } from '../../src/feedback/feedback-deliveries-repository';
import { readGoalLink } from '../../src/feedback/feedback-goals-repository';
import { modelContentOf } from '../../src/feedback/competency-models-repository';
import { StoredContentError } from '../../src/platform/stored-rows';
import { CLAIM_STATES } from '../../src/platform/claimed-rows';
import { CYCLE_PHASE_CHOICES } from '../../src/feedback/lists/feedback-cycles';
import { FEEDBACK_DELIVERY_STATE_CHOICES } from '../../src/feedback/lists/feedback-deliveries';
import {
  NOMINATION_SOURCE_CHOICES,
  RATER_GROUP_CHOICES,
  RATER_STATE_CHOICES,
} from '../../src/feedback/lists/feedback-nominations';
import { NOMINATION_STATE_CHOICES } from '../../src/feedback/lists/feedback-subjects';

const FEEDBACK_URLS = [
  'KvalitaCompetencyModels',
  'Kvalita360Cycles',
  'Kvalita360Subjects',
  'Kvalita360Nominations',
  'Kvalita360Answers',
  'Kvalita360Goals',
  'Kvalita360Deliveries',
];

describe('the 360 lists', () => {
  const lists = ALL_LISTS.filter((list) => FEEDBACK_URLS.includes(list.urlName));

  it('are all provisioned: models and cycles read-only for people, the rest the service’s alone', () => {
    expect(lists.map((list) => list.urlName).sort()).toEqual([...FEEDBACK_URLS].sort());
    expect(Object.fromEntries(lists.map((list) => [list.urlName, list.permissions]))).toEqual({
      KvalitaCompetencyModels: 'readOnlyForPeople',
      Kvalita360Cycles: 'readOnlyForPeople',
      Kvalita360Subjects: 'serviceOnly',
      Kvalita360Nominations: 'serviceOnly',
      Kvalita360Answers: 'serviceOnly',
      Kvalita360Goals: 'serviceOnly',
      Kvalita360Deliveries: 'serviceOnly',
    });
  });

  it('replace the scaffold that predates the contract: none of its lists is provisioned any more', () => {
    const urls = ALL_LISTS.map((list) => list.urlName);
    for (const old of [
      'KvalitaCompetencies',
      'KvalitaFeedbackCycles',
      'KvalitaFeedbackNominations',
      'KvalitaFeedbackResponses',
    ])
      expect(urls).not.toContain(old);
  });

  it('keep no plain group, score or comment beside an answer', () => {
    const answers = lists.find((list) => list.urlName === 'Kvalita360Answers');
    expect(answers?.fields.map((field) => field.name)).toEqual([
      'CycleId',
      'SubjectKey',
      'RespondentKey',
      'SealedAnswer',
      'SealedComments',
    ]);
    expect(answers?.versioning).toBe(false);
  });

  it('have choices covering core’s codes exactly, with distinct Czech labels', () => {
    const pairs = [
      [CYCLE_PHASE_CHOICES, CYCLE_PHASES],
      [NOMINATION_STATE_CHOICES, NOMINATION_STATES],
      [RATER_GROUP_CHOICES, RATER_GROUPS],
      [RATER_STATE_CHOICES, RATER_STATES],
      [NOMINATION_SOURCE_CHOICES, NOMINATION_SOURCES],
      [FEEDBACK_DELIVERY_STATE_CHOICES, CLAIM_STATES],
    ] as const;
    for (const [choices, codes] of pairs) {
      expect(choices.map((choice) => choice.code)).toEqual([...codes]);
      expect(new Set(choices.map((choice) => choice.label)).size).toBe(choices.length);
    }
  });
});

describe('a delivery’s key', () => {
  const card = {
    kind: 'ratingRequest',
    cycleId: 7,
    subjectId: 12,
    occasion: '-',
    recipientEmail: 'Jiri.Kucera@Lipova.example',
  } as const;

  it('is the same for the same card however the e-mail is written, and differs per occasion', () => {
    expect(feedbackDeliveryKey(card)).toBe('ratingRequest#7#12#-#jiri.kucera@lipova.example');
    expect(feedbackDeliveryKey({ ...card, recipientEmail: 'jiri.kucera@lipova.example' })).toBe(
      feedbackDeliveryKey(card),
    );
    expect(feedbackDeliveryKey({ ...card, occasion: '2027-03-24' })).not.toBe(feedbackDeliveryKey(card));
  });

  it('fits its column with the longest e-mail, still one per person', () => {
    const long = (local: string) => ({
      ...card,
      recipientEmail: `${local}${'x'.repeat(230)}@lipova.example`,
    });
    expect(feedbackDeliveryKey(long('a')).length).toBeLessThanOrEqual(255);
    expect(feedbackDeliveryKey(long('a'))).not.toBe(feedbackDeliveryKey(long('b')));
    expect(feedbackDeliveryKey(long('a'))).toBe(feedbackDeliveryKey(long('a')));
  });
});

describe('a goal’s stored link', () => {
  it('reads a training, a measure or none; anything else as none', () => {
    expect(readGoalLink('{"kind":"training","title":"Porady","url":null}')).toEqual({
      kind: 'training',
      title: 'Porady',
      url: null,
    });
    expect(readGoalLink('{"kind":"measure","measureId":4}')).toEqual({ kind: 'measure', measureId: 4 });
    expect(readGoalLink('{"kind":"measure","measureId":"4"}')).toEqual({ kind: 'none' });
    expect(readGoalLink('nejde o JSON')).toEqual({ kind: 'none' });
    expect(readGoalLink(null)).toEqual({ kind: 'none' });
  });
});

describe('a model’s stored content', () => {
  const row = (content: unknown) => ({
    Id: 3,
    Title: STAFF_MODEL.name,
    ModelContent: JSON.stringify(content),
  });

  it('reads back as the model it was written from', () => {
    const { name: _name, ...content } = STAFF_MODEL;
    expect(modelContentOf(row(content))).toEqual(content);
  });

  it('is refused, saying where, when it is not a model', () => {
    const { name: _name, ...content } = STAFF_MODEL;
    const broken = { ...content, groups: content.groups.map((group) => ({ ...group, competencies: [] })) };
    expect(() => modelContentOf(row(broken))).toThrow(StoredContentError);
    expect(() => modelContentOf({ Id: 3, Title: 'x', ModelContent: '{' })).toThrow(/Competency model 3/);
  });
});
