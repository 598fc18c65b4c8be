import type { QUESTION_TYPES } from '@kvalita/core';
import type { ListSchema } from '../../platform/schema/types';
import { uniqueKeyField } from '../../platform/schema/fields';

export const QUESTION_TYPE_CHOICES = [
  { code: 'scale5', label: 'Škála 1–5' },
  { code: 'scale11', label: 'Škála 0–10' },
  { code: 'singleChoice', label: 'Jedna možnost' },
  { code: 'multiChoice', label: 'Více možností' },
  { code: 'text', label: 'Volný text' },
] as const satisfies readonly { code: (typeof QUESTION_TYPES)[number]; label: string }[];

/**
 * Questions of a survey in both languages; options one per line, in the same order in cs and en
 * (answers store the option's index). Joined to the survey by SurveyKey, not by a lookup: a survey
 * and its questions are written in one $batch, before the survey's item id is known.
 */
export const surveyQuestionsList = {
  key: 'surveyQuestions',
  urlName: 'KvalitaSurveyQuestions',
  template: 'genericList',
  title: { cs: 'Otázky průzkumů', en: 'Survey questions' },
  description: {
    cs: 'Otázky průzkumů v češtině a angličtině, jejich typ a pořadí.',
    en: 'Survey questions in Czech and English, their type and order.',
  },
  titleField: { cs: 'Krátký název', en: 'Short name' },
  fields: [
    {
      name: 'SurveyKey',
      type: 'Text',
      title: { cs: 'Klíč průzkumu', en: 'Survey key' },
      required: true,
      indexed: true,
      maxLength: 64,
    },
    {
      name: 'QuestionKey',
      type: 'Text',
      title: { cs: 'Klíč otázky', en: 'Question key' },
      required: true,
      indexed: true,
      maxLength: 64,
    },
    uniqueKeyField('SurveyQuestionKey', { cs: 'Klíč průzkumu a otázky', en: 'Survey and question key' }),
    {
      name: 'SortOrder',
      type: 'Number',
      title: { cs: 'Pořadí', en: 'Order' },
      required: true,
      min: 0,
    },
    {
      name: 'QuestionType',
      type: 'Choice',
      title: { cs: 'Typ otázky', en: 'Question type' },
      required: true,
      choices: QUESTION_TYPE_CHOICES,
    },
    { name: 'TextCs', type: 'Note', title: { cs: 'Znění (česky)', en: 'Text (Czech)' }, required: true },
    { name: 'TextEn', type: 'Note', title: { cs: 'Znění (anglicky)', en: 'Text (English)' } },
    { name: 'OptionsCs', type: 'Note', title: { cs: 'Možnosti (česky)', en: 'Options (Czech)' } },
    { name: 'OptionsEn', type: 'Note', title: { cs: 'Možnosti (anglicky)', en: 'Options (English)' } },
  ],
} as const satisfies ListSchema;
