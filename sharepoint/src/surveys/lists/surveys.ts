import type { RECURRENCES, SURVEY_STATUSES, TEMPLATE_IDS } from '@kvalita/core';
import type { ListSchema } from '../../platform/schema/types';

export const SURVEY_STATUS_CHOICES = [
  { code: 'draft', label: 'Koncept' },
  { code: 'scheduled', label: 'Naplánováno' },
  { code: 'open', label: 'Probíhá' },
  { code: 'closed', label: 'Uzavřeno' },
] as const satisfies readonly { code: (typeof SURVEY_STATUSES)[number]; label: string }[];

/** How often a new wave opens; each wave is numbered (1, 2, …) in deliveries and responses. */
export const SURVEY_RECURRENCE_CHOICES = [
  { code: 'once', label: 'Jednorázově' },
  { code: 'weekly', label: 'Týdně' },
  { code: 'monthly', label: 'Měsíčně' },
] as const satisfies readonly { code: (typeof RECURRENCES)[number]; label: string }[];

/** 'office' keeps the label the first version of this list used for "everyone", so old rows read right. */
export const SURVEY_AUDIENCE_CHOICES = [
  { code: 'office', label: 'Všichni zaměstnanci' },
  { code: 'departments', label: 'Vybrané útvary' },
] as const;

/** The template a survey started from; empty for a survey written from scratch. */
export const SURVEY_TEMPLATE_CHOICES = [
  { code: 'wellbeing', label: 'Pohoda při práci' },
  { code: 'enps', label: 'eNPS (doporučení zaměstnavatele)' },
  { code: 'workload', label: 'Pracovní zátěž' },
  { code: 'clientOrientation', label: 'Orientace na klienta' },
] as const satisfies readonly { code: (typeof TEMPLATE_IDS)[number]; label: string }[];

/**
 * A survey, its schedule and its state. The Czech title is the row's Title. SurveyKey
 * ("srv-xxxxxxxx") is what questions, responses and deliveries carry, so they are grouped without
 * a lookup (and a survey with its questions is written in one $batch, before its item id exists).
 *
 * EvidenceFor holds the CAF subcriteria as text, "3.3;7.1": the allowed codes are core's
 * (SURVEY_EVIDENCE_SUBCRITERIA), so a new one needs no column change, and a code is the same in
 * every language (a Choice would need a Czech label per code). Nothing filters on it: the survey
 * list is small and read whole.
 */
export const surveysList = {
  key: 'surveys',
  urlName: 'KvalitaSurveys',
  template: 'genericList',
  title: { cs: 'Průzkumy', en: 'Surveys' },
  description: {
    cs: 'Pulzní průzkumy: otázky jsou v seznamu Otázky průzkumů, harmonogram vln, okruh respondentů a stav.',
    en: 'Pulse surveys: questions are in the Survey questions list; wave schedule, audience and state.',
  },
  titleField: { cs: 'Název průzkumu (česky)', en: 'Survey name (Czech)' },
  fields: [
    {
      name: 'SurveyKey',
      type: 'Text',
      title: { cs: 'Klíč průzkumu', en: 'Survey key' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: 64,
    },
    {
      name: 'TitleEn',
      type: 'Text',
      title: { cs: 'Název průzkumu (anglicky)', en: 'Survey name (English)' },
      maxLength: 255,
    },
    {
      name: 'SurveyStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: SURVEY_STATUS_CHOICES,
    },
    {
      name: 'SurveyTemplate',
      type: 'Choice',
      title: { cs: 'Šablona', en: 'Template' },
      choices: SURVEY_TEMPLATE_CHOICES,
    },
    {
      name: 'Recurrence',
      type: 'Choice',
      title: { cs: 'Opakování', en: 'Recurrence' },
      required: true,
      choices: SURVEY_RECURRENCE_CHOICES,
    },
    {
      name: 'FirstWaveOn',
      type: 'DateTime',
      title: { cs: 'Otevření první vlny', en: 'First wave opens' },
      required: true,
    },
    {
      name: 'WaveDurationDays',
      type: 'Number',
      title: { cs: 'Délka vlny (dny)', en: 'Wave length (days)' },
      required: true,
      min: 1,
      max: 365,
    },
    {
      // Recurring surveys: no wave opens after this; empty = until closed by hand.
      name: 'ClosesOn',
      type: 'DateTime',
      title: { cs: 'Opakovat nejdéle do', en: 'Repeat until' },
    },
    {
      name: 'ReminderAfterDays',
      type: 'Number',
      title: { cs: 'Připomenout po (dnech)', en: 'Remind after (days)' },
      min: 1,
      max: 365,
    },
    {
      name: 'CurrentWave',
      type: 'Number',
      title: { cs: 'Otevřených vln', en: 'Waves opened' },
      min: 0,
    },
    {
      name: 'AudienceKind',
      type: 'Choice',
      title: { cs: 'Okruh respondentů', en: 'Audience' },
      required: true,
      choices: SURVEY_AUDIENCE_CHOICES,
    },
    {
      name: 'AudienceDepartments',
      type: 'LookupMulti',
      lookupList: 'departments',
      title: { cs: 'Útvary respondentů', en: 'Audience departments' },
    },
    {
      name: 'EvidenceFor',
      type: 'Text',
      title: { cs: 'Podklad pro subkritéria CAF', en: 'Evidence for CAF subcriteria' },
      maxLength: 64,
    },
    { name: 'SurveyOwner', type: 'User', title: { cs: 'Garant průzkumu', en: 'Survey owner' } },
    { name: 'Introduction', type: 'Note', title: { cs: 'Úvodní text (česky)', en: 'Introduction (Czech)' } },
    {
      name: 'IntroductionEn',
      type: 'Note',
      title: { cs: 'Úvodní text (anglicky)', en: 'Introduction (English)' },
    },
  ],
} as const satisfies ListSchema;
