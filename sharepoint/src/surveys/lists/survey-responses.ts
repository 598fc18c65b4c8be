import type { ListSchema } from '../../platform/schema/types';

/**
 * One row per answer to one question of one wave. No readable identity (architecture rule 7):
 * RespondentKey is a keyed hash of the survey, wave, question and person, unique, so a person
 * answers once and nobody can read who it was. Nothing else on the row points at a person:
 * deliveries record who was asked, never who answered.
 * The service account writes every row, so Author/Editor do not reveal the respondent either.
 * What was answered, and by which department, is sealed in SealedAnswer (sealed-answer.ts): a site
 * administrator reading the list cannot tie a comment to a department by neighbouring rows. The
 * plain Score, DepartmentCode, ChoiceAnswer and TextAnswer columns are only read, for rows written
 * by releases before answers were sealed; nothing writes them any more.
 *
 * QuestionWaveKey ("<survey>#<wave>#<question>") is the first, indexed clause of every results
 * query: it selects one wave's answers to one question (at most the office's headcount), so the
 * 5,000-item list view threshold is never hit however many waves the list accumulates.
 */
export const surveyResponsesList = {
  key: 'surveyResponses',
  urlName: 'KvalitaSurveyResponses',
  template: 'genericList',
  permissions: 'serviceOnly',
  title: { cs: 'Odpovědi na průzkumy', en: 'Survey responses' },
  description: {
    cs: 'Anonymní odpovědi na pulzní průzkumy (bez jmen respondentů).',
    en: 'Anonymous answers to pulse surveys (without respondents’ names).',
  },
  titleField: { cs: 'Průzkum', en: 'Survey' },
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
      title: { cs: 'Otázka', en: 'Question' },
      required: true,
      indexed: true,
      maxLength: 64,
    },
    {
      name: 'QuestionWaveKey',
      type: 'Text',
      title: { cs: 'Klíč vlny a otázky', en: 'Wave and question key' },
      indexed: true,
      maxLength: 128,
    },
    {
      name: 'RespondentKey',
      type: 'Text',
      title: { cs: 'Klíč respondenta', en: 'Respondent key' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: 64,
    },
    { name: 'Score', type: 'Number', title: { cs: 'Hodnocení', en: 'Score' } },
    {
      name: 'DepartmentCode',
      type: 'Text',
      title: { cs: 'Útvar (kód)', en: 'Department (code)' },
      indexed: true,
      maxLength: 32,
    },
    {
      name: 'Wave',
      type: 'Number',
      title: { cs: 'Vlna', en: 'Wave' },
      indexed: true,
      min: 0,
    },
    {
      // Option indexes separated by ";" ("0;2"), as core's encodeChoice writes them.
      name: 'ChoiceAnswer',
      type: 'Text',
      title: { cs: 'Zvolené možnosti (pořadí)', en: 'Chosen options (indexes)' },
      maxLength: 255,
    },
    { name: 'TextAnswer', type: 'Note', title: { cs: 'Textová odpověď', en: 'Text answer' } },
    {
      // Authenticated ciphertext of a fixed length per question type; unreadable without the service's key.
      name: 'SealedAnswer',
      type: 'Note',
      title: { cs: 'Zapečetěná odpověď', en: 'Sealed answer' },
    },
  ],
} as const satisfies ListSchema;
