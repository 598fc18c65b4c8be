import type {
  CriterionResult,
  CycleResults,
  CyclePermissions,
  CycleScope,
  ScoreChange,
  ScoreStatistics,
  SubcriterionScoreInput,
  TeamRole,
} from '@kvalita/core';
import {
  CYCLE_STATUS_ORDER as CYCLE_STATUSES,
  MEASURE_KIND_LIST as MEASURE_KINDS,
  MEASURE_STATUS_LIST as MEASURE_STATUSES,
  SCORING_METHOD_LIST as SCORING_METHODS,
} from '../components/caf/cafConstants';
import type {
  ConsensusBoard,
  ConsensusEntry,
  ConsensusMemberScore,
  ConsensusRow,
  CycleDetail,
  CycleResultsView,
  CycleSummary,
  EvidenceLink,
  IndividualScore,
  MyScores,
  PlanMeasure,
  ScoreTexts,
  SubcriterionOutcome,
  TeamMember,
} from './caf.types';
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

/* Narrowing of the CAF endpoints' answers (docs/api-caf.md); undefined = not the promised shape. */

const isTeamRole = oneOf<TeamRole>(['leader', 'member']);
const isStatus = oneOf(CYCLE_STATUSES);
const isMethod = oneOf(SCORING_METHODS);

function parseScope(value: Json): CycleScope | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'office') return { kind: 'office' };
  if (value.kind !== 'departments' || !Array.isArray(value.departmentCodes)) return undefined;
  const codes = value.departmentCodes;
  return codes.every(isString) ? { kind: 'departments', departmentCodes: codes } : undefined;
}

const PERMISSION_KEYS = [
  'manageCycle',
  'scoreIndividually',
  'seeAllIndividualScores',
  'seeTeamScoresAnonymously',
  'setConsensus',
  'approveReport',
  'downloadReport',
  'nominateTeam',
  'createMeasures',
  'seeResults',
] as const satisfies readonly (keyof CyclePermissions)[];

function parsePermissions(value: Json): CyclePermissions | undefined {
  if (!isRecord(value)) return undefined;
  const permissions: Partial<Record<keyof CyclePermissions, boolean>> = {};
  for (const key of PERMISSION_KEYS) {
    const flag = value[key];
    if (!isBoolean(flag)) return undefined;
    permissions[key] = flag;
  }
  return permissions as CyclePermissions;
}

export function parseCycleSummary(value: Json): CycleSummary | undefined {
  if (!isRecord(value)) return undefined;
  const { id, name, method, status, startDate, endDate, currentStep, myTeamRole, mySubmitted } = value;
  const scope = parseScope(value.scope);
  const permissions = parsePermissions(value.permissions);
  const approval = value.reportApproval;
  const reportApproval =
    approval === null || approval === undefined
      ? null
      : isRecord(approval) && isString(approval.approvedBy) && isString(approval.approvedAt)
        ? { approvedBy: approval.approvedBy, approvedAt: approval.approvedAt }
        : undefined;
  if (!isNumber(id) || !isString(name) || !isMethod(method) || !isStatus(status)) return undefined;
  if (!isString(startDate) || !isString(endDate) || !isNumber(currentStep)) return undefined;
  if (!(myTeamRole === null || isTeamRole(myTeamRole)) || !isBoolean(mySubmitted)) return undefined;
  if (scope === undefined || permissions === undefined || reportApproval === undefined) return undefined;
  return {
    id,
    name,
    method,
    status,
    startDate,
    endDate,
    scope,
    currentStep,
    reportApproval,
    myTeamRole,
    mySubmitted,
    permissions,
  };
}

export function parseCycleList(body: Json): CycleSummary[] | undefined {
  return isRecord(body) ? parseArray(body.cycles, parseCycleSummary) : undefined;
}

export function parseTeamMember(value: Json): TeamMember | undefined {
  if (!isRecord(value)) return undefined;
  const { email, displayName, role, submitted } = value;
  const departmentName = value.departmentName ?? null;
  return isString(email) &&
    isString(displayName) &&
    isTeamRole(role) &&
    isNullableString(departmentName) &&
    isBoolean(submitted)
    ? { email, displayName, role, departmentName, submitted }
    : undefined;
}

export function parseCycleDetail(body: Json): CycleDetail | undefined {
  const summary = parseCycleSummary(body);
  if (summary === undefined || !isRecord(body)) return undefined;
  const team = parseArray(body.team, parseTeamMember);
  const previousCycleId = body.previousCycleId ?? null;
  if (team === undefined || !isNullableNumber(previousCycleId)) return undefined;
  return { ...summary, team, previousCycleId };
}

export function parseScoreInput(value: Json): SubcriterionScoreInput | undefined {
  if (!isRecord(value)) return undefined;
  if (value.method === 'classical')
    return isNumber(value.score) ? { method: 'classical', score: value.score } : undefined;
  if (value.method !== 'fineTuned') return undefined;
  const { plan, do: doing, check, act, trends, targets } = value;
  if (isNumber(plan) && isNumber(doing) && isNumber(check) && isNumber(act))
    return { method: 'fineTuned', plan, do: doing, check, act };
  if (isNumber(trends) && isNumber(targets)) return { method: 'fineTuned', trends, targets };
  return undefined;
}

function parseTexts(value: Record<string, Json>): ScoreTexts | undefined {
  const { strengths, areasForImprovement, improvementIdeas } = value;
  return isString(strengths) && isString(areasForImprovement) && isString(improvementIdeas)
    ? { strengths, areasForImprovement, improvementIdeas }
    : undefined;
}

function parseEvidence(value: Json): EvidenceLink | undefined {
  return isRecord(value) && isString(value.title) && isString(value.url)
    ? { title: value.title, url: value.url }
    : undefined;
}

export function parseIndividualScore(value: Json): IndividualScore | undefined {
  if (!isRecord(value)) return undefined;
  const texts = parseTexts(value);
  const input = value.input === null ? null : parseScoreInput(value.input);
  const evidence = parseArray(value.evidence ?? [], parseEvidence);
  const { code, score, updatedAt, etag } = value;
  if (texts === undefined || input === undefined || evidence === undefined) return undefined;
  if (!isString(code) || !isNullableNumber(score) || !isString(updatedAt) || !isString(etag))
    return undefined;
  return { code, input, score, updatedAt, etag, evidence, ...texts };
}

export function parseMyScores(body: Json): MyScores | undefined {
  if (!isRecord(body) || !isBoolean(body.submitted)) return undefined;
  const scores = parseArray(body.scores, parseIndividualScore);
  return scores === undefined ? undefined : { submitted: body.submitted, scores };
}

export function parseSubmitted(body: Json): { submitted: true } | undefined {
  return isRecord(body) && body.submitted === true ? { submitted: true } : undefined;
}

function parseStatistics(value: Json): ScoreStatistics | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { n, mean, median, min, max, spread } = value;
  return isNumber(n) &&
    isNumber(mean) &&
    isNumber(median) &&
    isNumber(min) &&
    isNumber(max) &&
    isNumber(spread)
    ? { n, mean, median, min, max, spread }
    : undefined;
}

export function parseConsensusEntry(value: Json): ConsensusEntry | undefined {
  if (!isRecord(value)) return undefined;
  const texts = parseTexts(value);
  const input = parseScoreInput(value.input);
  const { code, score } = value;
  return texts && input && isString(code) && isNumber(score) ? { code, input, score, ...texts } : undefined;
}

function parseMember(value: Json): ConsensusMemberScore | undefined {
  if (!isRecord(value)) return undefined;
  const texts = parseTexts(value);
  const name = value.name ?? null;
  const score = value.score ?? null;
  return texts && isNullableString(name) && isNullableNumber(score) ? { name, score, ...texts } : undefined;
}

function parseConsensusRow(value: Json): ConsensusRow | undefined {
  if (!isRecord(value)) return undefined;
  const stats = parseStatistics(value.stats ?? null);
  const members = parseArray(value.members, parseMember);
  const consensus = value.consensus == null ? null : parseConsensusEntry(value.consensus);
  const { code, needsDiscussion } = value;
  if (!isString(code) || !isBoolean(needsDiscussion)) return undefined;
  if (stats === undefined || members === undefined || consensus === undefined) return undefined;
  return { code, stats, needsDiscussion, members, consensus };
}

export function parseConsensusBoard(body: Json): ConsensusBoard | undefined {
  if (!isRecord(body) || !isNumber(body.spreadLimit)) return undefined;
  const subcriteria = parseArray(body.subcriteria, parseConsensusRow);
  return subcriteria === undefined ? undefined : { spreadLimit: body.spreadLimit, subcriteria };
}

function parseCriterionResult(value: Json): CriterionResult | undefined {
  if (!isRecord(value)) return undefined;
  const { number, kind, score, scored, total } = value;
  return isNumber(number) &&
    (kind === 'enabler' || kind === 'result') &&
    isNullableNumber(score) &&
    isNumber(scored) &&
    isNumber(total)
    ? { number, kind, score, scored, total }
    : undefined;
}

function parseCycleResults(value: Json): CycleResults | undefined {
  if (!isRecord(value)) return undefined;
  const criteria = parseArray(value.criteria, parseCriterionResult);
  const { enablers, results, overall, complete } = value;
  return criteria &&
    isNullableNumber(enablers) &&
    isNullableNumber(results) &&
    isNullableNumber(overall) &&
    isBoolean(complete)
    ? { criteria, enablers, results, overall, complete }
    : undefined;
}

function parseChange(value: Json): ScoreChange | undefined {
  if (!isRecord(value)) return undefined;
  const { code, current, previous, delta } = value;
  return isString(code) && isNullableNumber(current) && isNullableNumber(previous) && isNullableNumber(delta)
    ? { code, current, previous, delta }
    : undefined;
}

function parseOutcome(value: Json): SubcriterionOutcome | undefined {
  if (!isRecord(value)) return undefined;
  const { code, score, strengths, areasForImprovement } = value;
  return isString(code) && isNullableNumber(score) && isString(strengths) && isString(areasForImprovement)
    ? { code, score, strengths, areasForImprovement }
    : undefined;
}

export function parseResultsView(body: Json): CycleResultsView | undefined {
  if (!isRecord(body)) return undefined;
  const results = parseCycleResults(body.results);
  const changes = parseArray(body.changes, parseChange);
  const subcriteria = parseArray(body.subcriteria, parseOutcome);
  const previousCycleName = body.previousCycleName ?? null;
  return results && changes && subcriteria && isNullableString(previousCycleName)
    ? { results, changes, subcriteria, previousCycleName }
    : undefined;
}

export function parsePlanMeasure(value: Json): PlanMeasure | undefined {
  if (!isRecord(value)) return undefined;
  const { id, title, kind, status } = value;
  const ownerEmail = value.ownerEmail ?? null;
  const ownerName = value.ownerName ?? null;
  const deadline = value.deadline ?? null;
  const subcriterionCode = value.subcriterionCode ?? null;
  const criterion = value.criterion ?? null;
  if (!isNumber(id) || !isString(title) || !oneOf(MEASURE_KINDS)(kind) || !oneOf(MEASURE_STATUSES)(status))
    return undefined;
  if (!isNullableString(ownerEmail) || !isNullableString(ownerName) || !isNullableString(deadline))
    return undefined;
  if (!isNullableString(subcriterionCode) || !isNullableNumber(criterion)) return undefined;
  return { id, title, kind, status, ownerEmail, ownerName, deadline, subcriterionCode, criterion };
}

export function parseMeasureList(body: Json): PlanMeasure[] | undefined {
  return isRecord(body) ? parseArray(body.measures, parsePlanMeasure) : undefined;
}
