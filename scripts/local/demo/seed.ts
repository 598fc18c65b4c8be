import { aesSealedBox } from '@kvalita/bot';
import {
  DepartmentsRepository,
  PeopleRepository,
  SharePointCafStore,
  type ListProvisionResult,
  type SiteContext,
} from '@kvalita/sharepoint';
import { seedDemoCycles } from './caf-seed';
import { seedDemoDocuments } from './document-seed';
import { seedDemoFeedback } from './feedback-seed';
import { seedDemoMeasures } from './measure-seed';
import { seedDemoMystery } from './mystery-seed';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE } from './office';
import { seedDemoSurveys } from './survey-seed';

export interface SeedReport {
  readonly departments: number;
  readonly people: number;
  readonly measuresAdded: number;
  readonly cyclesAdded: number;
  readonly surveysAdded: number;
  readonly documentsAdded: number;
  readonly feedbackCyclesAdded: number;
  readonly mysteryCampaignsAdded: number;
}

/**
 * Seeds the demo office. Departments and people are upserted (safe to repeat); measures are added
 * only to a list that was just created, and CAF cycles, surveys and documents only when missing, so a second
 * `npm start` keeps what people changed. The demo answers are sealed and keyed as the service's own
 * (the same respondent secret); `now` places the demo surveys' past waves and the 360 cycles.
 */
export async function seedDemoOffice(
  site: SiteContext,
  provisioned: readonly ListProvisionResult[],
  respondentKeySecret: string,
  now: Date = new Date(),
): Promise<SeedReport> {
  const answerBox = aesSealedBox(respondentKeySecret);
  const departments = new DepartmentsRepository(site);
  for (const department of DEMO_DEPARTMENTS) await departments.upsert(department);
  const people = new PeopleRepository(site);
  // Managers first, so each person's manager is already a site user.
  for (const person of DEMO_PEOPLE) await people.upsert(person);

  const store = new SharePointCafStore(site);
  const cyclesAdded = await seedDemoCycles(store);
  let measuresAdded = 0;
  if (provisioned.find((result) => result.key === 'measures')?.created) {
    // The register from every origin; the 2024 self-assessment's measures are that cycle's plan.
    const planCycle = (await store.listCycles()).find((cycle) => cycle.status === 'closed') ?? null;
    measuresAdded = await seedDemoMeasures(site, planCycle?.id ?? null, now);
  }
  // After the people: the demo surveys' owner must be a site user.
  const surveysAdded = await seedDemoSurveys(site, answerBox, now);
  // After the people: owners, approvers and reviewers are site users; codes already there are kept.
  const documentsAdded = await seedDemoDocuments(site, now);
  // After the people: subjects, managers and raters come from the directory.
  const feedbackCyclesAdded = await seedDemoFeedback(site, answerBox, respondentKeySecret, now);
  // After the people and the measures: evaluators are site users, findings become measures.
  const mysteryCampaignsAdded = await seedDemoMystery(site, now);
  return {
    departments: DEMO_DEPARTMENTS.length,
    people: DEMO_PEOPLE.length,
    measuresAdded,
    cyclesAdded,
    surveysAdded,
    documentsAdded,
    feedbackCyclesAdded,
    mysteryCampaignsAdded,
  };
}
