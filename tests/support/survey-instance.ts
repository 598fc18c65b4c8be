import { CachedSurveys, SurveyAnswering, type ResponseStore, type RespondentKeyer } from '@kvalita/bot';
import {
  DepartmentsRepository,
  SiteContext,
  SurveyDeliveriesRepository,
  SurveyResponsesRepository,
  SurveyWaveReader,
  SurveysRepository,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import { SurveyResultsService } from '../../bot/src/surveys/survey-results';
import { SurveyService } from '../../bot/src/surveys/survey-service';
import { TEST_ANSWER_BOX } from './answer-box';

/**
 * One app instance's survey services on a SharePoint connection, as createService builds them:
 * its own site context, repositories and survey cache (15 s, moved by `later`), answers sealed with
 * the test stack's key, a clock fixed at `now`, thresholds 5 and 10.
 */
export function surveyInstance(sp: SPFI, keyer: RespondentKeyer, now: Date) {
  const site = new SiteContext(sp);
  const surveysRepository = new SurveysRepository(site);
  const responses = new SurveyResponsesRepository(site, TEST_ANSWER_BOX);
  const departments = new DepartmentsRepository(site);
  let cacheClock = 0;
  const surveys = new CachedSurveys(surveysRepository, () => cacheClock, 15_000);
  const answering = (store: ResponseStore = responses) =>
    new SurveyAnswering({ surveys, responses: store, keyer, departments: async () => [], now: () => now });
  const service = new SurveyService({
    surveys: surveysRepository,
    departments,
    previewCard: () => ({ type: 'AdaptiveCard' }),
    now: () => now,
    random: Math.random,
    onSurveyChanged: (key) => surveys.invalidate(key),
    seals: responses,
  });
  const results = new SurveyResultsService({
    answers: responses,
    deliveries: new SurveyDeliveriesRepository(site),
    waves: new SurveyWaveReader(site, TEST_ANSWER_BOX),
    seals: responses,
    departments,
    now: () => now,
    threshold: 5,
    textThreshold: 10,
    random: Math.random,
  });
  return {
    surveys,
    responses,
    departments,
    answering,
    service,
    results,
    /** Moves this instance's cache clock (the cache keeps a survey for 15 s). */
    later: (ms: number) => (cacheClock += ms),
  };
}
