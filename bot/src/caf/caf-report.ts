import { inLocale, type Locale, type SurveyEvidence } from '@kvalita/core';
import type { SelfAssessmentReport } from './report/report.types';
import type { CafService } from './caf-service';

type ReportData = Awaited<ReturnType<CafService['reportData']>>;

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * Turns what the service gathered into the report model; texts typed as lines become bullet points,
 * and surveys marked as evidence (GET /api/surveys/evidence) appear under their subcriteria.
 */
export function cafReport(
  data: ReportData,
  locale: Locale,
  officeName: string,
  generatedAt: string,
  surveyEvidence: readonly SurveyEvidence[] = [],
): SelfAssessmentReport {
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
      scopeDepartmentNames: data.cycle.scope.kind === 'departments' ? data.cycle.scope.departmentCodes : [],
    },
    approval: data.cycle.approval,
    team: data.team.map((member) => ({
      name: member.displayName,
      role: member.role,
      department: member.departmentName,
    })),
    results: data.results.results,
    changes: data.results.changes,
    subcriteria: data.results.subcriteria.map((entry) => ({
      code: entry.code,
      score: entry.score,
      strengths: lines(entry.strengths),
      areasForImprovement: lines(entry.areasForImprovement),
      improvementIdeas: lines(entry.improvementIdeas),
    })),
    measures: data.measures.map((measure) => ({
      title: measure.title,
      subcriterionCode: measure.subcriterionCode,
      ownerName: measure.ownerName,
      deadline: measure.deadline,
    })),
    surveyEvidence: surveyEvidence.map((survey) => ({
      title: inLocale(survey.title, locale),
      subcriteria: survey.subcriteria,
      waves: survey.waves,
      lastWaveOpensAt: survey.lastWaveOpensAt,
    })),
  };
}
