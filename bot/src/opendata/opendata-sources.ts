import type {
  CafCycleFigures,
  FeedbackCycleFigures,
  MeasureSummary,
  MysteryCampaignFigures,
  OpenDatasetKey,
  OpenRow,
  SurveyResults,
} from '@kvalita/core';
import {
  cafResultRows,
  feedbackOfficeRows,
  measuresSummaryRows,
  mysteryResultRows,
  surveyAggregateRows,
  type NamedDepartments,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';

/*
 * Where each dataset's rows come from: the features' own results, read as the quality manager who
 * publishes (the surveys' and 360's come already suppressed by their results code). service.ts
 * builds these from the feature services; tests pass their own.
 */

export interface OpenDataSources {
  /** Cycles whose report was approved (improvement or closed), with their consensus results. */
  caf(publisher: Identity): Promise<readonly CafCycleFigures[]>;
  measures(
    publisher: Identity,
  ): Promise<readonly Pick<MeasureSummary, 'deadline' | 'kind' | 'origin' | 'status' | 'departmentCode'>[]>;
  /** The results of every survey past its draft, as its results page shows them. */
  surveys(publisher: Identity): Promise<readonly SurveyResults[]>;
  mystery(): Promise<readonly MysteryCampaignFigures[]>;
  feedback(): Promise<readonly FeedbackCycleFigures[]>;
}

/** A dataset's rows. */
export async function datasetRows(
  key: OpenDatasetKey,
  sources: OpenDataSources,
  publisher: Identity,
  named: NamedDepartments,
): Promise<OpenRow[]> {
  switch (key) {
    case 'cafResults':
      return cafResultRows(await sources.caf(publisher));
    case 'measuresSummary':
      return measuresSummaryRows(await sources.measures(publisher), named);
    case 'surveyAggregates':
      return surveyAggregateRows(await sources.surveys(publisher), named);
    case 'mysteryResults':
      return mysteryResultRows(await sources.mystery(), named);
    case 'feedbackOffice':
      return feedbackOfficeRows(await sources.feedback());
  }
}
