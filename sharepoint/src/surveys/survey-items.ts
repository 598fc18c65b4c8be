import {
  SURVEY_EVIDENCE_SUBCRITERIA,
  type QuestionType,
  type Recurrence,
  type Survey,
  type SurveyDraft,
  type SurveyEvidenceSubcriterion,
  type SurveyQuestion,
  type SurveyStatus,
  type SurveyTemplateId,
} from '@kvalita/core';
import { choiceCode, choiceLabel, fieldOf, surveyQuestionsList, surveysList } from '../all-lists';
import { etagOf } from '../platform/paging';

/**
 * How a survey and its questions map to list items and back. Choices are stored as Czech labels,
 * audience departments as lookup ids, evidence as "3.3;7.1", options one per line.
 */

export interface SurveyItem {
  Id: number;
  Title: string | null;
  SurveyKey: string;
  TitleEn: string | null;
  SurveyStatus: string | null;
  SurveyTemplate: string | null;
  Recurrence: string | null;
  FirstWaveOn: string | null;
  WaveDurationDays: number | null;
  ClosesOn: string | null;
  ReminderAfterDays: number | null;
  CurrentWave: number | null;
  AudienceKind: string | null;
  AudienceDepartmentsId: number[] | null;
  EvidenceFor: string | null;
  SurveyOwner?: { EMail?: string | null } | null;
  Introduction: string | null;
  IntroductionEn: string | null;
  Created: string;
}

export const SURVEY_SELECT = [
  'Id',
  'Title',
  'SurveyKey',
  'TitleEn',
  'SurveyStatus',
  'SurveyTemplate',
  'Recurrence',
  'FirstWaveOn',
  'WaveDurationDays',
  'ClosesOn',
  'ReminderAfterDays',
  'CurrentWave',
  'AudienceKind',
  'AudienceDepartmentsId',
  'EvidenceFor',
  'SurveyOwner/EMail',
  'Introduction',
  'IntroductionEn',
  'Created',
];
export const SURVEY_EXPAND = 'SurveyOwner';

export interface QuestionItem {
  Id: number;
  SurveyKey: string;
  QuestionKey: string;
  SortOrder: number | null;
  QuestionType: string | null;
  TextCs: string | null;
  TextEn: string | null;
  OptionsCs: string | null;
  OptionsEn: string | null;
}

export const QUESTION_SELECT = [
  'Id',
  'SurveyKey',
  'QuestionKey',
  'SortOrder',
  'QuestionType',
  'TextCs',
  'TextEn',
  'OptionsCs',
  'OptionsEn',
];

const statusField = fieldOf(surveysList, 'SurveyStatus');
const templateField = fieldOf(surveysList, 'SurveyTemplate');
const recurrenceField = fieldOf(surveysList, 'Recurrence');
const audienceField = fieldOf(surveysList, 'AudienceKind');
const typeField = fieldOf(surveyQuestionsList, 'QuestionType');

/** A department code the Departments list does not know. */
export class UnknownDepartmentError extends RangeError {
  override readonly name = 'UnknownDepartmentError';

  constructor(readonly code: string) {
    super(`Unknown department code "${code}"`);
  }
}

export const statusLabel = (status: SurveyStatus) => choiceLabel(statusField, status);

/** The survey row's own values (not status, wave or owner) for a draft. */
export function surveyValues(
  draft: SurveyDraft,
  departmentIds: ReadonlyMap<string, number>,
): Record<string, unknown> {
  const codes = draft.audience.kind === 'departments' ? draft.audience.departmentCodes : [];
  const ids = [...new Set(codes)].map((code) => {
    const id = departmentIds.get(code);
    if (id === undefined) throw new UnknownDepartmentError(code);
    return id;
  });
  return {
    Title: draft.title.cs,
    TitleEn: draft.title.en,
    SurveyTemplate: draft.template === null ? null : choiceLabel(templateField, draft.template),
    Recurrence: choiceLabel(recurrenceField, draft.schedule.recurrence),
    FirstWaveOn: draft.schedule.opensAt,
    WaveDurationDays: draft.schedule.waveDays,
    ClosesOn: draft.schedule.endsAt,
    ReminderAfterDays: draft.schedule.reminderAfterDays,
    AudienceKind: choiceLabel(audienceField, draft.audience.kind),
    AudienceDepartmentsId: ids,
    EvidenceFor: draft.evidenceFor.length > 0 ? [...new Set(draft.evidenceFor)].join(';') : null,
    Introduction: draft.introduction.cs,
    IntroductionEn: draft.introduction.en,
  };
}

export const surveyQuestionKey = (surveyKey: string, questionKey: string) => `${surveyKey}#${questionKey}`;

export function questionValues(surveyKey: string, question: SurveyQuestion, order: number) {
  return {
    Title: oneLine(question.text.cs).slice(0, 255),
    SurveyKey: surveyKey,
    QuestionKey: question.key,
    SurveyQuestionKey: surveyQuestionKey(surveyKey, question.key),
    SortOrder: order,
    QuestionType: choiceLabel(typeField, question.type),
    TextCs: question.text.cs,
    TextEn: question.text.en,
    OptionsCs: optionLines(question.options.cs),
    OptionsEn: question.options.en.some((option) => option !== '') ? optionLines(question.options.en) : null,
  };
}

export function toSurvey(
  item: SurveyItem,
  questions: readonly QuestionItem[],
  departmentCodes: ReadonlyMap<number, string>,
): Survey {
  const audienceCodes = (item.AudienceDepartmentsId ?? [])
    .map((id) => departmentCodes.get(id))
    .filter((code): code is string => code !== undefined);
  return {
    key: item.SurveyKey,
    title: { cs: item.Title ?? '', en: item.TitleEn ?? '' },
    introduction: { cs: item.Introduction ?? '', en: item.IntroductionEn ?? '' },
    template: (choiceCode(templateField, item.SurveyTemplate) as SurveyTemplateId | null) ?? null,
    questions: [...questions]
      .sort((a, b) => (a.SortOrder ?? 0) - (b.SortOrder ?? 0) || a.Id - b.Id)
      .map(toQuestion),
    // A departments audience whose departments were deleted stays a (now empty) departments
    // audience: reading it as the whole office would ask people the author did not choose.
    audience:
      choiceCode(audienceField, item.AudienceKind) === 'office'
        ? { kind: 'office' }
        : { kind: 'departments', departmentCodes: audienceCodes },
    schedule: {
      recurrence: (choiceCode(recurrenceField, item.Recurrence) as Recurrence | null) ?? 'once',
      opensAt: isoOrNull(item.FirstWaveOn) ?? isoOrNull(item.Created) ?? '',
      waveDays: item.WaveDurationDays ?? 1,
      endsAt: isoOrNull(item.ClosesOn),
      reminderAfterDays: item.ReminderAfterDays ?? null,
    },
    evidenceFor: evidenceCodes(item.EvidenceFor),
    // A label someone typed by hand reads as closed: nothing is sent for a survey in an unknown state.
    status: (choiceCode(statusField, item.SurveyStatus) as SurveyStatus | null) ?? 'closed',
    currentWave: item.CurrentWave ?? 0,
    ownerEmail: item.SurveyOwner?.EMail || null,
    createdAt: isoOrNull(item.Created) ?? '',
    etag: etagOf(item),
  };
}

function toQuestion(item: QuestionItem): SurveyQuestion {
  const cs = lines(item.OptionsCs);
  // English options are all or nothing (none = English readers see the Czech ones). SharePoint
  // may drop trailing empty lines, so a partial list is padded back to the Czech count.
  const stored = lines(item.OptionsEn);
  const en = stored.every((option) => option === '') ? [] : stored;
  while (en.length > 0 && en.length < cs.length) en.push('');
  return {
    key: item.QuestionKey,
    type: (choiceCode(typeField, item.QuestionType) as QuestionType | null) ?? 'text',
    text: { cs: item.TextCs ?? '', en: item.TextEn ?? '' },
    options: { cs, en },
  };
}

function evidenceCodes(stored: string | null): SurveyEvidenceSubcriterion[] {
  const known = new Set<string>(SURVEY_EVIDENCE_SUBCRITERIA);
  const codes = (stored ?? '').split(/[;,\s]+/).filter((code) => known.has(code));
  return [...new Set(codes)] as SurveyEvidenceSubcriterion[];
}

/** One option per line; a line break inside an option would split it, so it becomes a space. */
function optionLines(options: readonly string[]): string | null {
  return options.length > 0 ? options.map(oneLine).join('\n') : null;
}

function lines(stored: string | null): string[] {
  return stored === null || stored === '' ? [] : stored.split(/\r?\n/);
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function isoOrNull(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
