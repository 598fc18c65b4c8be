import { describe, expect, it } from '@jest/globals';
import { QUESTION_TYPES, RECURRENCES, SURVEY_STATUSES, TEMPLATE_IDS } from '@kvalita/core';
import {
  SURVEY_RECURRENCE_CHOICES,
  SURVEY_STATUS_CHOICES,
  SURVEY_TEMPLATE_CHOICES,
  QUESTION_TYPE_CHOICES,
  fieldOf,
  surveyDeliveriesList,
  surveyResponsesList,
} from '../../src';

const codes = (choices: readonly { code: string }[]) => choices.map((choice) => choice.code);

describe('survey lists', () => {
  it('store exactly the codes core knows for statuses, recurrences, templates and question types', () => {
    expect(codes(SURVEY_STATUS_CHOICES)).toEqual([...SURVEY_STATUSES]);
    expect(codes(SURVEY_RECURRENCE_CHOICES)).toEqual([...RECURRENCES]);
    expect(codes(SURVEY_TEMPLATE_CHOICES)).toEqual([...TEMPLATE_IDS]);
    expect(codes(QUESTION_TYPE_CHOICES)).toEqual([...QUESTION_TYPES]);
  });

  it('filter answers and deliveries first on an indexed per-wave key', () => {
    expect(fieldOf(surveyResponsesList, 'QuestionWaveKey')).toMatchObject({ type: 'Text', indexed: true });
    expect(fieldOf(surveyDeliveriesList, 'WaveKey')).toMatchObject({ type: 'Text', indexed: true });
  });
});
