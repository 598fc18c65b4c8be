import {
  SURVEY_EVIDENCE_SUBCRITERIA,
  type Survey,
  type SurveyDraft,
  type SurveyEvidenceSubcriterion,
  type SurveyQuestion,
  type SurveyStatus,
} from '@kvalita/core';
import { etagOf } from '../platform/paging';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import { surveyQuestionsList } from './lists/survey-questions';
import { surveysList } from './lists/surveys';
import { UnknownDepartmentError } from '../platform/directory/unknown-department';

/**
 * How a survey and its questions map to list items and back. Choices are stored as Czech labels,
 * audience departments as lookup ids, evidence as "3.3;7.1", options one per line.
 */

export const SURVEY = selectOf(
  surveysList,
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
  'SurveyOwner',
  'Introduction',
  'IntroductionEn',
  'Created',
);
export type SurveyRow = RowOf<typeof SURVEY>;

export const QUESTION = selectOf(
  surveyQuestionsList,
  'Id',
  'SurveyKey',
  'QuestionKey',
  'SortOrder',
  'QuestionType',
  'TextCs',
  'TextEn',
  'OptionsCs',
  'OptionsEn',
);
export type QuestionRow = RowOf<typeof QUESTION>;

const statuses = choiceColumn(surveysList, 'SurveyStatus');
const templates = choiceColumn(surveysList, 'SurveyTemplate');
const recurrences = choiceColumn(surveysList, 'Recurrence');
const audiences = choiceColumn(surveysList, 'AudienceKind');
const questionTypes = choiceColumn(surveyQuestionsList, 'QuestionType');

export { UnknownDepartmentError };

export const statusLabel = (status: SurveyStatus) => statuses.label(status);

/** The survey row's own values (not status, wave or owner) for a draft. */
export function surveyValues(
  draft: SurveyDraft,
  departmentIds: ReadonlyMap<string, number>,
): Omit<NewItemOf<typeof surveysList>, 'SurveyKey' | 'SurveyStatus'> {
  const codes = draft.audience.kind === 'departments' ? draft.audience.departmentCodes : [];
  const ids = [...new Set(codes)].map((code) => {
    const id = departmentIds.get(code);
    if (id === undefined) throw new UnknownDepartmentError(code);
    return id;
  });
  return {
    Title: draft.title.cs,
    TitleEn: draft.title.en,
    SurveyTemplate: draft.template === null ? null : templates.label(draft.template),
    Recurrence: recurrences.label(draft.schedule.recurrence),
    FirstWaveOn: draft.schedule.opensAt,
    WaveDurationDays: draft.schedule.waveDays,
    ClosesOn: draft.schedule.endsAt,
    ReminderAfterDays: draft.schedule.reminderAfterDays,
    AudienceKind: audiences.label(draft.audience.kind),
    AudienceDepartmentsId: ids,
    EvidenceFor: draft.evidenceFor.length > 0 ? [...new Set(draft.evidenceFor)].join(';') : null,
    Introduction: draft.introduction.cs,
    IntroductionEn: draft.introduction.en,
  };
}

export const surveyQuestionKey = (surveyKey: string, questionKey: string) => `${surveyKey}#${questionKey}`;

export function questionValues(
  surveyKey: string,
  question: SurveyQuestion,
  order: number,
): NewItemOf<typeof surveyQuestionsList> {
  return {
    Title: oneLine(question.text.cs).slice(0, 255),
    SurveyKey: surveyKey,
    QuestionKey: question.key,
    SurveyQuestionKey: surveyQuestionKey(surveyKey, question.key),
    SortOrder: order,
    QuestionType: questionTypes.label(question.type),
    TextCs: question.text.cs,
    TextEn: question.text.en,
    OptionsCs: optionLines(question.options.cs),
    OptionsEn: question.options.en.some((option) => option !== '') ? optionLines(question.options.en) : null,
  };
}

export function toSurvey(
  item: SurveyRow,
  questions: readonly QuestionRow[],
  departmentCodes: ReadonlyMap<number, string>,
): Survey {
  const audienceCodes = (item.AudienceDepartmentsId ?? [])
    .map((id) => departmentCodes.get(id))
    .filter((code): code is string => code !== undefined);
  return {
    key: item.SurveyKey ?? '',
    title: { cs: item.Title ?? '', en: item.TitleEn ?? '' },
    introduction: { cs: item.Introduction ?? '', en: item.IntroductionEn ?? '' },
    template: templates.code(item.SurveyTemplate),
    questions: [...questions]
      .sort((a, b) => (a.SortOrder ?? 0) - (b.SortOrder ?? 0) || a.Id - b.Id)
      .map(toQuestion),
    // A departments audience whose departments were deleted stays a (now empty) departments
    // audience: reading it as the whole office would ask people the author did not choose.
    audience:
      audiences.code(item.AudienceKind) === 'office'
        ? { kind: 'office' }
        : { kind: 'departments', departmentCodes: audienceCodes },
    schedule: {
      recurrence: recurrences.code(item.Recurrence) ?? 'once',
      opensAt: isoOrNull(item.FirstWaveOn) ?? isoOrNull(item.Created) ?? '',
      waveDays: item.WaveDurationDays ?? 1,
      endsAt: isoOrNull(item.ClosesOn),
      reminderAfterDays: item.ReminderAfterDays ?? null,
    },
    evidenceFor: evidenceCodes(item.EvidenceFor),
    // A label someone typed by hand reads as closed: nothing is sent for a survey in an unknown state.
    status: statuses.code(item.SurveyStatus) ?? 'closed',
    currentWave: item.CurrentWave ?? 0,
    ownerEmail: item.SurveyOwner?.EMail || null,
    createdAt: isoOrNull(item.Created) ?? '',
    etag: etagOf(item),
  };
}

function toQuestion(item: QuestionRow): SurveyQuestion {
  const cs = lines(item.OptionsCs);
  // English options are all or nothing (none = English readers see the Czech ones). SharePoint
  // may drop trailing empty lines, so a partial list is padded back to the Czech count.
  const stored = lines(item.OptionsEn);
  const en = stored.every((option) => option === '') ? [] : stored;
  while (en.length > 0 && en.length < cs.length) en.push('');
  return {
    key: item.QuestionKey ?? '',
    type: questionTypes.code(item.QuestionType) ?? 'text',
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
