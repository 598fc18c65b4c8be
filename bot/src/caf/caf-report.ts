import {
  aggregate,
  inLocale,
  type Department,
  type Locale,
  type LoopMeasure,
  type SurveyEvidence,
} from '@kvalita/core';
import type {
  ReportDocumentsInForce,
  ReportMysteryEvidence,
  ReportMeasure,
  SelfAssessmentReport,
} from './report/report.types';
import type { CafService } from './caf-service';

type ReportData = Awaited<ReturnType<CafService['reportData']>>;

/** What the report needs beside the cycle's data: who it is for and what the office's other lists say. */
export interface ReportContext {
  readonly locale: Locale;
  readonly officeName: string;
  readonly generatedAt: string;
  /** Surveys marked as evidence (GET /api/surveys/evidence), shown under their subcriteria and in the annex. */
  readonly surveyEvidence?: readonly SurveyEvidence[];
  /** The office's departments, so a departments scope reads as names, not codes. */
  readonly departments?: readonly Department[];
  /** The controlled documents in force on the report's date, listed in the annex. */
  readonly documentsInForce?: ReportDocumentsInForce;
  /** Mystery-shopping campaigns that are evidence for the cycle (already chosen for its window). */
  readonly mysteryEvidence?: readonly ReportMysteryEvidence[];
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line.length > 0);
}

const measureOf = (measure: LoopMeasure): ReportMeasure => ({
  title: measure.title,
  subcriterionCode: measure.subcriterionCode,
  ownerName: measure.ownerName,
  deadline: measure.deadline,
  status: measure.status,
  effective: measure.effective,
});

/**
 * Turns what the service gathered into the report model: texts typed as lines become bullet points,
 * department codes become names, the previous cycle's scores are aggregated as this cycle's are, and
 * each document the team linked is listed once under its subcriterion.
 */
export function cafReport(data: ReportData, context: ReportContext): SelfAssessmentReport {
  const { locale, officeName, generatedAt, surveyEvidence = [], departments = [] } = context;
  const departmentName = new Map(departments.map((department) => [department.code, department.name]));
  const previousScores = Object.fromEntries(
    data.results.changes.flatMap((change) =>
      change.previous === null ? [] : [[change.code, change.previous] as const],
    ),
  );
  const previous = data.previousCycle ? aggregate(previousScores) : null;
  const evidenceOf = (code: string) => {
    const seen = new Set<string>();
    return data.evidence
      .filter((link) => link.code === code && !seen.has(link.url) && seen.add(link.url))
      .map(({ title, url }) => ({ title, url }));
  };
  return {
    locale,
    officeName,
    generatedAt,
    cycle: {
      name: data.cycle.name,
      method: data.cycle.method,
      startDate: data.cycle.startDate,
      endDate: data.cycle.endDate,
      scope: data.cycle.scope,
      scopeDepartmentNames:
        data.cycle.scope.kind === 'departments'
          ? data.cycle.scope.departmentCodes.map((code) => departmentName.get(code) ?? code)
          : [],
      currentStep: data.cycle.currentStep,
    },
    approval: data.cycle.approval,
    team: data.team.map((member) => ({
      name: member.displayName,
      role: member.role,
      department: member.departmentName,
    })),
    results: data.results.results,
    previousCycle: data.previousCycle
      ? {
          name: data.previousCycle.name,
          startDate: data.previousCycle.startDate,
          endDate: data.previousCycle.endDate,
          approval: data.previousCycle.approval,
          chosen: data.results.comparedWith?.source === 'chosen',
        }
      : null,
    changes: data.results.changes,
    previousOverall: previous?.overall ?? null,
    previousCriteria: Object.fromEntries(
      (previous?.criteria ?? []).map((criterion) => [criterion.number, criterion.score]),
    ),
    subcriteria: data.results.subcriteria.map((entry) => ({
      code: entry.code,
      score: entry.score,
      strengths: lines(entry.strengths),
      areasForImprovement: lines(entry.areasForImprovement),
      improvementIdeas: lines(entry.improvementIdeas),
      evidence: evidenceOf(entry.code),
    })),
    measures: data.measures.map(measureOf),
    previousMeasures: data.previousMeasures.map(measureOf),
    surveyEvidence: surveyEvidence.map((survey) => ({
      title: inLocale(survey.title, locale),
      subcriteria: survey.subcriteria,
      waves: survey.waves,
      lastWaveOpensAt: survey.lastWaveOpensAt,
    })),
    ...(context.documentsInForce ? { documentsInForce: context.documentsInForce } : {}),
    ...(context.mysteryEvidence && context.mysteryEvidence.length > 0
      ? { mysteryEvidence: context.mysteryEvidence }
      : {}),
  };
}
