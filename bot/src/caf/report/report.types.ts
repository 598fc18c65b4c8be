import type { CycleResults, CycleScope, Locale, ScoreChange, ScoringMethod, TeamRole } from '@kvalita/core';

/** Everything the self-assessment report shows, already gathered; building the document needs no I/O. */
export interface SelfAssessmentReport {
  readonly locale: Locale;
  readonly officeName: string;
  readonly generatedAt: string;
  readonly cycle: {
    readonly name: string;
    readonly method: ScoringMethod;
    readonly startDate: string;
    readonly endDate: string;
    readonly scope: CycleScope;
    /** Department names for a departments scope, in the report's language. */
    readonly scopeDepartmentNames: readonly string[];
  };
  readonly approval: { readonly approvedBy: string; readonly approvedAt: string } | null;
  readonly team: readonly {
    readonly name: string;
    readonly role: TeamRole;
    readonly department: string | null;
  }[];
  readonly results: CycleResults;
  /** Change per subcriterion since the previous cycle; empty when there is none. */
  readonly changes: readonly ScoreChange[];
  readonly subcriteria: readonly ReportSubcriterion[];
  readonly measures: readonly ReportMeasure[];
  /** Kvalita surveys marked as evidence, shown under each of their subcriteria (scored or not). */
  readonly surveyEvidence: readonly ReportSurveyEvidence[];
}

export interface ReportSubcriterion {
  readonly code: string;
  /** Consensus score, null if the team has not agreed one. */
  readonly score: number | null;
  readonly strengths: readonly string[];
  readonly areasForImprovement: readonly string[];
  readonly improvementIdeas: readonly string[];
}

export interface ReportSurveyEvidence {
  /** Title in the report's language. */
  readonly title: string;
  readonly subcriteria: readonly string[];
  /** Waves in the 12 months before the cycle's end. */
  readonly waves: number;
  readonly lastWaveOpensAt: string;
}

export interface ReportMeasure {
  readonly title: string;
  readonly subcriterionCode: string | null;
  readonly ownerName: string | null;
  readonly deadline: string | null;
}
