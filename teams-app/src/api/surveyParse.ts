import type {
  BilingualText,
  DepartmentResult,
  EnpsFigures,
  QuestionResult,
  QuestionTrend,
  QuestionType,
  Recurrence,
  Survey,
  SurveyAudience,
  SurveyDraft,
  SurveyEvidence,
  SurveyEvidenceSubcriterion,
  SurveyQuestion,
  SurveyResults,
  SurveySchedule,
  SurveyStatus,
  SurveySummary,
  SurveyTemplateId,
  SurveyWave,
  TrendPoint,
  WaveResult,
} from '@kvalita/core';
import type { SurveyDetail, SurveyTemplateOption } from './survey.types';
import {
  isBoolean,
  isNullableNumber,
  isNullableString,
  isNumber,
  isRecord,
  isString,
  oneOf,
  parseArray,
  type Json,
} from './parse';

/*
 * Narrowing of the /api/surveys answers; undefined = not the promised shape. Loaded with the first
 * survey request (surveyEndpoints.ts imports it on demand), so the tab's start does not pay for it.
 * The code lists repeat core's (survey.types.ts) so this file pulls in no core module at run time.
 */

export const QUESTION_TYPE_LIST: readonly QuestionType[] = [
  'scale5',
  'scale11',
  'singleChoice',
  'multiChoice',
  'text',
];
export const RECURRENCE_LIST: readonly Recurrence[] = ['once', 'weekly', 'monthly'];
export const SURVEY_STATUS_LIST: readonly SurveyStatus[] = ['draft', 'scheduled', 'open', 'closed'];
export const TEMPLATE_ID_LIST: readonly SurveyTemplateId[] = [
  'wellbeing',
  'enps',
  'workload',
  'clientOrientation',
];
export const EVIDENCE_SUBCRITERION_LIST: readonly SurveyEvidenceSubcriterion[] = [
  '3.1',
  '3.2',
  '3.3',
  '7.1',
  '7.2',
];

const isQuestionType = oneOf(QUESTION_TYPE_LIST);
const isRecurrence = oneOf(RECURRENCE_LIST);
const isStatus = oneOf(SURVEY_STATUS_LIST);
const isTemplateId = oneOf(TEMPLATE_ID_LIST);
const isSubcriterion = oneOf(EVIDENCE_SUBCRITERION_LIST);

function strings(value: Json): string[] | undefined {
  return parseArray(value, (item) => (isString(item) ? item : undefined));
}

function parseBilingual(value: Json): BilingualText | undefined {
  return isRecord(value) && isString(value.cs) && isString(value.en)
    ? { cs: value.cs, en: value.en }
    : undefined;
}

function parseOptions(value: Json): SurveyQuestion['options'] | undefined {
  if (!isRecord(value)) return undefined;
  const cs = strings(value.cs);
  const en = strings(value.en);
  return cs && en ? { cs, en } : undefined;
}

function parseQuestion(value: Json): SurveyQuestion | undefined {
  if (!isRecord(value)) return undefined;
  const text = parseBilingual(value.text);
  const options = parseOptions(value.options);
  const { key, type } = value;
  return isString(key) && isQuestionType(type) && text && options ? { key, type, text, options } : undefined;
}

function parseAudience(value: Json): SurveyAudience | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'office') return { kind: 'office' };
  const codes = strings(value.departmentCodes);
  return value.kind === 'departments' && codes ? { kind: 'departments', departmentCodes: codes } : undefined;
}

function parseSchedule(value: Json): SurveySchedule | undefined {
  if (!isRecord(value)) return undefined;
  const { recurrence, opensAt, waveDays, endsAt, reminderAfterDays } = value;
  return isRecurrence(recurrence) &&
    isString(opensAt) &&
    isNumber(waveDays) &&
    isNullableString(endsAt) &&
    isNullableNumber(reminderAfterDays)
    ? { recurrence, opensAt, waveDays, endsAt, reminderAfterDays }
    : undefined;
}

export function parseDraft(value: Json): SurveyDraft | undefined {
  if (!isRecord(value)) return undefined;
  const title = parseBilingual(value.title);
  const introduction = parseBilingual(value.introduction);
  const questions = parseArray(value.questions, parseQuestion);
  const audience = parseAudience(value.audience);
  const schedule = parseSchedule(value.schedule);
  const evidenceFor = parseArray(value.evidenceFor, (item) => (isSubcriterion(item) ? item : undefined));
  const template = value.template ?? null;
  if (!title || !introduction || !questions || !audience || !schedule || !evidenceFor) return undefined;
  if (!(template === null || isTemplateId(template))) return undefined;
  return { title, introduction, template, questions, audience, schedule, evidenceFor };
}

export function parseSurvey(value: Json): Survey | undefined {
  const draft = parseDraft(value);
  if (draft === undefined || !isRecord(value)) return undefined;
  const { key, status, currentWave, createdAt, etag } = value;
  const ownerEmail = value.ownerEmail ?? null;
  if (!isString(key) || !isStatus(status) || !isNumber(currentWave)) return undefined;
  if (!isNullableString(ownerEmail) || !isString(createdAt) || !isString(etag)) return undefined;
  return { ...draft, key, status, currentWave, ownerEmail, createdAt, etag };
}

export function parseSurveyBody(body: Json): Survey | undefined {
  return isRecord(body) ? parseSurvey(body.survey) : undefined;
}

export function parseWave(value: Json): SurveyWave | undefined {
  if (!isRecord(value)) return undefined;
  const { number, opensAt, closesAt } = value;
  const remindAt = value.remindAt ?? null;
  return isNumber(number) && isString(opensAt) && isString(closesAt) && isNullableString(remindAt)
    ? { number, opensAt, closesAt, remindAt }
    : undefined;
}

const parseOptionalWave = (value: Json): SurveyWave | null | undefined =>
  value === null || value === undefined ? null : parseWave(value);

function parseSummary(value: Json): SurveySummary | undefined {
  if (!isRecord(value)) return undefined;
  const title = parseBilingual(value.title);
  const openWave = parseOptionalWave(value.openWave);
  const nextWave = parseOptionalWave(value.nextWave);
  const evidenceFor = parseArray(value.evidenceFor, (item) => (isSubcriterion(item) ? item : undefined));
  const { key, status, recurrence, questionCount, currentWave, etag } = value;
  if (!isString(key) || !title || !isStatus(status) || !isRecurrence(recurrence)) return undefined;
  if (!isNumber(questionCount) || !isNumber(currentWave) || !isString(etag)) return undefined;
  if (openWave === undefined || nextWave === undefined || !evidenceFor) return undefined;
  return {
    key,
    title,
    status,
    recurrence,
    questionCount,
    currentWave,
    openWave,
    nextWave,
    evidenceFor,
    etag,
  };
}

export function parseSurveyList(body: Json): SurveySummary[] | undefined {
  return isRecord(body) ? parseArray(body.surveys, parseSummary) : undefined;
}

function parseTemplate(value: Json): SurveyTemplateOption | undefined {
  if (!isRecord(value)) return undefined;
  const name = parseBilingual(value.name);
  const description = parseBilingual(value.description);
  const draft = parseDraft(value.draft);
  return isTemplateId(value.id) && name && description && draft
    ? { id: value.id, name, description, draft }
    : undefined;
}

export function parseTemplates(body: Json): SurveyTemplateOption[] | undefined {
  return isRecord(body) ? parseArray(body.templates, parseTemplate) : undefined;
}

export function parseSurveyDetail(body: Json): SurveyDetail | undefined {
  if (!isRecord(body)) return undefined;
  const survey = parseSurvey(body.survey);
  const waves = parseArray(body.waves, parseWave);
  return survey && waves ? { survey, waves } : undefined;
}

export function parseCard(body: Json): Record<string, unknown> | undefined {
  return isRecord(body) && isRecord(body.card) && body.card.type === 'AdaptiveCard' ? body.card : undefined;
}

function parseEnps(value: Json): EnpsFigures | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) return undefined;
  const { score, promoters, passives, detractors } = value;
  return isNumber(score) && isNumber(promoters) && isNumber(passives) && isNumber(detractors)
    ? { score, promoters, passives, detractors }
    : undefined;
}

function parseDistribution(value: Json): Readonly<Record<string, number>> | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  return entries.every(([, count]) => isNumber(count)) ? (value as Record<string, number>) : undefined;
}

function parseQuestionResult(value: Json): QuestionResult | undefined {
  if (!isRecord(value)) return undefined;
  const text = parseBilingual(value.text);
  const optionTexts = parseOptions(value.optionTexts);
  const distribution = parseDistribution(value.distribution);
  const enps = parseEnps(value.enps);
  const optionCounts =
    value.optionCounts === null || value.optionCounts === undefined
      ? null
      : parseArray(value.optionCounts, (item) => (isNumber(item) ? item : undefined));
  const texts = value.texts === null || value.texts === undefined ? null : strings(value.texts);
  const average = value.average ?? null;
  const answered = value.answered ?? null;
  const { key, type } = value;
  if (!isString(key) || !isQuestionType(type) || !text || !optionTexts) return undefined;
  if (distribution === undefined || enps === undefined || optionCounts === undefined || texts === undefined)
    return undefined;
  if (!isNullableNumber(average) || !isNullableNumber(answered)) return undefined;
  return { key, type, text, distribution, average, enps, optionCounts, optionTexts, texts, answered };
}

function parseDepartmentResult(value: Json): DepartmentResult | undefined {
  if (!isRecord(value)) return undefined;
  const questions = parseArray(value.questions, (item) => {
    if (!isRecord(item)) return undefined;
    const average = item.average ?? null;
    const enps = item.enps ?? null;
    return isString(item.key) && isNullableNumber(average) && isNullableNumber(enps)
      ? { key: item.key, average, enps }
      : undefined;
  });
  const { code, name, hidden } = value;
  const respondents = value.respondents ?? null;
  return isString(code) && isString(name) && isBoolean(hidden) && isNullableNumber(respondents) && questions
    ? { code, name, hidden, respondents, questions }
    : undefined;
}

function parseWaveResult(value: Json): WaveResult | undefined {
  if (!isRecord(value)) return undefined;
  const wave = parseWave(value.wave);
  const questions = parseArray(value.questions, parseQuestionResult);
  const departments = parseArray(value.departments, parseDepartmentResult);
  const { invited, respondents, hidden, inProgress } = value;
  const responseRate = value.responseRate ?? null;
  if (!wave || !questions || !departments || !isBoolean(hidden) || !isBoolean(inProgress)) return undefined;
  if (!isNumber(invited) || !isNumber(respondents) || !isNullableNumber(responseRate)) return undefined;
  return { wave, invited, respondents, responseRate, inProgress, hidden, questions, departments };
}

function parseTrendPoint(value: Json): TrendPoint | undefined {
  if (!isRecord(value)) return undefined;
  const average = value.average ?? null;
  const enps = value.enps ?? null;
  const { wave, opensAt } = value;
  return isNumber(wave) && isString(opensAt) && isNullableNumber(average) && isNullableNumber(enps)
    ? { wave, opensAt, average, enps }
    : undefined;
}

function parseTrend(value: Json): QuestionTrend | undefined {
  if (!isRecord(value)) return undefined;
  const text = parseBilingual(value.text);
  const points = parseArray(value.points, parseTrendPoint);
  return isString(value.key) && isQuestionType(value.type) && text && points
    ? { key: value.key, type: value.type, text, points }
    : undefined;
}

export function parseSurveyResults(body: Json): SurveyResults | undefined {
  if (!isRecord(body)) return undefined;
  const title = parseBilingual(body.title);
  const waves = parseArray(body.waves, parseWaveResult);
  const trends = parseArray(body.trends, parseTrend);
  const { surveyKey, threshold, textThreshold } = body;
  return isString(surveyKey) && title && isNumber(threshold) && isNumber(textThreshold) && waves && trends
    ? { surveyKey, title, threshold, textThreshold, waves, trends }
    : undefined;
}

function parseEvidence(value: Json): SurveyEvidence | undefined {
  if (!isRecord(value)) return undefined;
  const title = parseBilingual(value.title);
  const subcriteria = parseArray(value.subcriteria, (item) => (isSubcriterion(item) ? item : undefined));
  const { surveyKey, waves, lastWaveOpensAt } = value;
  return isString(surveyKey) && title && subcriteria && isNumber(waves) && isString(lastWaveOpensAt)
    ? { surveyKey, title, subcriteria, waves, lastWaveOpensAt }
    : undefined;
}

export function parseEvidenceList(body: Json): SurveyEvidence[] | undefined {
  return isRecord(body) ? parseArray(body.evidence, parseEvidence) : undefined;
}
