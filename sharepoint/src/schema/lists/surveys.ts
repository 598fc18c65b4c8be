import type { ListSchema } from '../types';
import { departmentLookup, subcriterionField } from './common';

export const SURVEY_KIND_CHOICES = [
  { code: 'pulse', label: 'Pulzní průzkum' },
  { code: 'staff', label: 'Spokojenost zaměstnanců' },
  { code: 'citizen', label: 'Spokojenost občanů' },
  { code: 'custom', label: 'Vlastní' },
] as const;

export const SURVEY_STATUS_CHOICES = [
  { code: 'draft', label: 'Koncept' },
  { code: 'scheduled', label: 'Naplánováno' },
  { code: 'open', label: 'Probíhá' },
  { code: 'closed', label: 'Uzavřeno' },
] as const;

/** How often a new wave starts; each wave is numbered (1, 2, …) in deliveries and responses. */
export const SURVEY_RECURRENCE_CHOICES = [
  { code: 'once', label: 'Jednorázově' },
  { code: 'weekly', label: 'Týdně' },
  { code: 'monthly', label: 'Měsíčně' },
  { code: 'quarterly', label: 'Čtvrtletně' },
  { code: 'yearly', label: 'Ročně' },
] as const;

export const SURVEY_AUDIENCE_CHOICES = [
  { code: 'everyone', label: 'Všichni zaměstnanci' },
  { code: 'departments', label: 'Vybrané útvary' },
  { code: 'public', label: 'Veřejnost' },
] as const;

/**
 * A survey and its schedule. SurveyKey is what responses and deliveries carry, so results can be
 * grouped without a lookup; AnonymityThreshold is the smallest group whose results may be shown.
 */
export const surveysList: ListSchema = {
  key: 'surveys',
  urlName: 'KvalitaSurveys',
  template: 'genericList',
  title: { cs: 'Průzkumy', en: 'Surveys' },
  description: {
    cs: 'Průzkumy spokojenosti a pulzní průzkumy: vlny, harmonogram, okruh respondentů a práh anonymity.',
    en: 'Satisfaction and pulse surveys: waves, schedule, audience and anonymity threshold.',
  },
  titleField: { cs: 'Název průzkumu', en: 'Survey name' },
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
      name: 'SurveyKind',
      type: 'Choice',
      title: { cs: 'Druh', en: 'Kind' },
      required: true,
      indexed: true,
      choices: SURVEY_KIND_CHOICES,
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
      name: 'Recurrence',
      type: 'Choice',
      title: { cs: 'Opakování', en: 'Recurrence' },
      required: true,
      choices: SURVEY_RECURRENCE_CHOICES,
    },
    { name: 'FirstWaveOn', type: 'DateTime', title: { cs: 'Začátek první vlny', en: 'First wave starts' } },
    {
      name: 'WaveDurationDays',
      type: 'Number',
      title: { cs: 'Délka vlny (dny)', en: 'Wave length (days)' },
      min: 1,
      max: 365,
    },
    {
      name: 'CurrentWave',
      type: 'Number',
      title: { cs: 'Aktuální vlna', en: 'Current wave' },
      min: 0,
    },
    {
      name: 'NextWaveOn',
      type: 'DateTime',
      title: { cs: 'Začátek další vlny', en: 'Next wave starts' },
      indexed: true,
    },
    { name: 'ClosesOn', type: 'DateTime', title: { cs: 'Ukončení', en: 'Closes on' } },
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
      name: 'AnonymityThreshold',
      type: 'Number',
      title: { cs: 'Práh anonymity (min. odpovědí)', en: 'Anonymity threshold (min. answers)' },
      required: true,
      min: 3,
    },
    subcriterionField(),
    { ...departmentLookup(), title: { cs: 'Garantující útvar', en: 'Responsible department' } },
    { name: 'SurveyOwner', type: 'User', title: { cs: 'Garant průzkumu', en: 'Survey owner' } },
    { name: 'Introduction', type: 'Note', title: { cs: 'Úvodní text', en: 'Introduction' } },
  ],
};
