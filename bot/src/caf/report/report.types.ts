import type {
  CycleResults,
  DocumentKind,
  CycleScope,
  EvidenceLink,
  Locale,
  MeasureStatus,
  ScoreChange,
  ScoringMethod,
  TeamRole,
} from '@kvalita/core';

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
    /** Department names (not codes) for a departments scope. */
    readonly scopeDepartmentNames: readonly string[];
    /** The CAF step the cycle stands at (1–10; 11 once the journey is complete). */
    readonly currentStep: number;
  };
  readonly approval: { readonly approvedBy: string; readonly approvedAt: string } | null;
  readonly team: readonly {
    readonly name: string;
    readonly role: TeamRole;
    readonly department: string | null;
  }[];
  readonly results: CycleResults;
  /**
   * The cycle the changes are measured against (core's previousComparableCycle), named in the
   * report; null when there is none, and then `changes` is empty.
   */
  readonly previousCycle: ReportPreviousCycle | null;
  /** Change per subcriterion since the previous cycle; empty when there is none. */
  readonly changes: readonly ScoreChange[];
  /** The previous cycle's overall score, for the summary's comparison; null without one. */
  readonly previousOverall: number | null;
  /** The previous cycle's criterion scores by criterion number, for the chart. */
  readonly previousCriteria: Readonly<Record<number, number | null>>;
  readonly subcriteria: readonly ReportSubcriterion[];
  /** This cycle's improvement plan. */
  readonly measures: readonly ReportMeasure[];
  /**
   * What was done since the previous cycle (its improvement plan, and measures of other origins
   * naming a subcriterion that fell due since): evidence for this one, listed per subcriterion.
   */
  readonly previousMeasures: readonly ReportMeasure[];
  /** Kvalita surveys marked as evidence, shown under each of their subcriteria (scored or not). */
  readonly surveyEvidence: readonly ReportSurveyEvidence[];
  /**
   * The office's controlled documents in force on the report's date ("Platné řízené dokumenty" in
   * the annex); absent where the report is built without the documents register.
   */
  readonly documentsInForce?: ReportDocumentsInForce;
  /** Mystery-shopping campaigns with released results in the 12 months before the cycle's end (6.1, 6.2, 5.2). */
  readonly mysteryEvidence?: readonly ReportMysteryEvidence[];
}

export interface ReportMysteryEvidence {
  readonly campaignName: string;
  readonly endDate: string;
  readonly evaluations: number;
  readonly meanScore: number | null;
  readonly subcriteria: readonly string[];
}

export interface ReportDocumentsInForce {
  /** The date the documents were in force on (the cycle's end, or today while it runs). */
  readonly onDate: string;
  readonly documents: readonly {
    readonly code: string;
    readonly title: string;
    readonly kind: DocumentKind;
    readonly versionLabel: string;
    readonly effectiveFrom: string;
  }[];
}

export interface ReportPreviousCycle {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly approval: { readonly approvedBy: string; readonly approvedAt: string } | null;
  /** The quality manager chose it (not the default rule): the report says so instead of the rule. */
  readonly chosen?: boolean;
}

export interface ReportSubcriterion {
  readonly code: string;
  /** Consensus score, null if the team has not agreed one. */
  readonly score: number | null;
  readonly strengths: readonly string[];
  readonly areasForImprovement: readonly string[];
  readonly improvementIdeas: readonly string[];
  /** Documents the team's members linked to their submitted scores of this subcriterion, once each. */
  readonly evidence: readonly EvidenceLink[];
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
  readonly status: MeasureStatus;
  /** The last effectiveness check's outcome; null before any. */
  readonly effective: boolean | null;
}
