import {
  departmentsList,
  surveyDeliveriesList,
  surveyQuestionsList,
  surveyResponsesList,
  surveysList,
  type FieldSchema,
  type ListSchema,
} from '@kvalita/sharepoint';

/**
 * The survey lists as the first release provisioned them (weekly pulse only), to prove that
 * provisioning brings such a site up to date. Same URLs and titles; columns as they were.
 */
const text = (name: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  name,
  type: 'Text',
  title: { cs: name, en: name },
  maxLength: 64,
  ...extra,
});

export const surveysListV1: ListSchema = {
  ...surveysList,
  fields: [
    text('SurveyKey', { required: true, indexed: true, unique: true }),
    {
      name: 'SurveyKind',
      type: 'Choice',
      title: { cs: 'Druh', en: 'Kind' },
      required: true,
      indexed: true,
      choices: [
        { code: 'pulse', label: 'Pulzní průzkum' },
        { code: 'custom', label: 'Vlastní' },
      ],
    },
    {
      name: 'SurveyStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: [
        { code: 'draft', label: 'Koncept' },
        { code: 'open', label: 'Probíhá' },
        { code: 'closed', label: 'Uzavřeno' },
      ],
    },
    {
      name: 'Recurrence',
      type: 'Choice',
      title: { cs: 'Opakování', en: 'Recurrence' },
      required: true,
      choices: [
        { code: 'once', label: 'Jednorázově' },
        { code: 'quarterly', label: 'Čtvrtletně' },
      ],
    },
    { name: 'FirstWaveOn', type: 'DateTime', title: { cs: 'Začátek první vlny', en: 'First wave starts' } },
    { name: 'WaveDurationDays', type: 'Number', title: { cs: 'Délka vlny (dny)', en: 'Wave length (days)' } },
    { name: 'CurrentWave', type: 'Number', title: { cs: 'Aktuální vlna', en: 'Current wave' } },
    { name: 'ClosesOn', type: 'DateTime', title: { cs: 'Ukončení', en: 'Closes on' } },
    {
      name: 'AudienceKind',
      type: 'Choice',
      title: { cs: 'Okruh respondentů', en: 'Audience' },
      required: true,
      choices: [
        { code: 'everyone', label: 'Všichni zaměstnanci' },
        { code: 'public', label: 'Veřejnost' },
      ],
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
      title: { cs: 'Práh anonymity', en: 'Anonymity threshold' },
      required: true,
    },
    { name: 'SurveyOwner', type: 'User', title: { cs: 'Garant průzkumu', en: 'Survey owner' } },
    { name: 'Introduction', type: 'Note', title: { cs: 'Úvodní text', en: 'Introduction' } },
  ],
};

export const surveyQuestionsListV1: ListSchema = {
  ...surveyQuestionsList,
  fields: [
    {
      name: 'Survey',
      type: 'Lookup',
      lookupList: 'surveys',
      title: { cs: 'Průzkum', en: 'Survey' },
      required: true,
      indexed: true,
    },
    text('QuestionKey', { required: true, indexed: true }),
    text('SurveyQuestionKey', { required: true, indexed: true, unique: true, maxLength: 128 }),
    { name: 'SortOrder', type: 'Number', title: { cs: 'Pořadí', en: 'Order' }, required: true },
    {
      name: 'QuestionType',
      type: 'Choice',
      title: { cs: 'Typ otázky', en: 'Question type' },
      required: true,
      choices: [
        { code: 'scale5', label: 'Škála 1–5' },
        { code: 'yesNo', label: 'Ano/Ne' },
      ],
    },
    { name: 'TextCs', type: 'Note', title: { cs: 'Znění (česky)', en: 'Text (Czech)' }, required: true },
    { name: 'IsRequired', type: 'Boolean', title: { cs: 'Povinná odpověď', en: 'Answer required' } },
  ],
};

export const surveyResponsesListV1: ListSchema = {
  ...surveyResponsesList,
  fields: [
    text('SurveyKey', { required: true, indexed: true }),
    text('QuestionKey', { required: true, indexed: true }),
    text('RespondentKey', { required: true, indexed: true, unique: true }),
    { name: 'Score', type: 'Number', title: { cs: 'Hodnocení', en: 'Score' } },
    text('DepartmentCode', { indexed: true, maxLength: 32 }),
  ],
};

export const surveyDeliveriesListV1: ListSchema = {
  ...surveyDeliveriesList,
  fields: [
    text('SurveyKey', { required: true, indexed: true }),
    { name: 'Wave', type: 'Number', title: { cs: 'Vlna', en: 'Wave' }, required: true, indexed: true },
    {
      name: 'Recipient',
      type: 'User',
      title: { cs: 'Příjemce', en: 'Recipient' },
      required: true,
      indexed: true,
    },
    text('WaveKey', { required: true, indexed: true, maxLength: 96 }),
    text('DeliveryKey', { required: true, indexed: true, unique: true, maxLength: 128 }),
    {
      name: 'DeliveryState',
      type: 'Choice',
      title: { cs: 'Stav', en: 'State' },
      required: true,
      indexed: true,
      choices: [
        { code: 'pending', label: 'Čeká na odeslání' },
        { code: 'sent', label: 'Odesláno' },
        { code: 'failed', label: 'Nepodařilo se odeslat' },
      ],
    },
    { name: 'Attempts', type: 'Number', title: { cs: 'Počet pokusů', en: 'Attempts' } },
    { name: 'LastAttemptOn', type: 'DateTime', title: { cs: 'Poslední pokus', en: 'Last attempt' } },
  ],
};

export const SURVEY_LISTS_V1: readonly ListSchema[] = [
  departmentsList,
  surveysListV1,
  surveyQuestionsListV1,
  surveyResponsesListV1,
  surveyDeliveriesListV1,
];
