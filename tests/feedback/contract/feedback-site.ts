import { hmacRespondentKeyer } from '@kvalita/bot';
import {
  DepartmentsRepository,
  PeopleRepository,
  SiteContext,
  competencyModelsList,
  connectSharePoint,
  departmentsList,
  feedbackAnswersList,
  feedbackCyclesList,
  feedbackDeliveriesList,
  feedbackGoalsList,
  feedbackNominationsList,
  feedbackSubjectsList,
  peopleList,
  provisionLists,
  type ListSchema,
} from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import type { TimelinePipe } from '@pnp/core';
import type { SPFI } from '@pnp/sp';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE } from '../../../scripts/local/demo/office';
import { TEST_RESPONDENT_SECRET } from '../../support/answer-box';

export const FEEDBACK_LISTS: readonly ListSchema[] = [
  competencyModelsList,
  feedbackCyclesList,
  feedbackSubjectsList,
  feedbackNominationsList,
  feedbackAnswersList,
  feedbackGoalsList,
  feedbackDeliveriesList,
];

export interface FeedbackSite {
  readonly sp: SPFI;
  readonly site: SiteContext;
  readonly emulator: RunningEmulator;
  close(): Promise<void>;
}

/** The keys the service computes (store.types.ts): whom and who, never an e-mail beside an answer. */
export const keyer = hmacRespondentKeyer(TEST_RESPONDENT_SECRET);
export const subjectKeyOf = (cycleId: number, subjectEmail: string) =>
  keyer(`feedback#${cycleId}`, subjectEmail);
export const respondentKeyOf = (cycleId: number, subjectKey: string, raterEmail: string) =>
  keyer(`feedback#${cycleId}#${subjectKey}`, raterEmail);

/**
 * The local SharePoint with the demo office's people in its directory (so jiri.kucera can call
 * it as himself), the departments and people lists seeded, and every 360 list provisioned (or the
 * lists a test names; `behaviors` join the connection, e.g. a request counter).
 */
export async function feedbackSite(
  lists: readonly ListSchema[] = FEEDBACK_LISTS,
  ...behaviors: TimelinePipe[]
): Promise<FeedbackSite> {
  const emulator = await startEmulator({
    port: 0,
    dataFile: ':memory:',
    directory: DEMO_PEOPLE.map((person) => ({ email: person.email, displayName: person.displayName })),
  });
  const sp = connectSharePoint(emulator.siteUrl, {}, ...behaviors);
  const site = new SiteContext(sp);
  await provisionLists(sp, { locale: 'cs', lists: [departmentsList, peopleList, ...lists] });
  const departments = new DepartmentsRepository(site);
  for (const department of DEMO_DEPARTMENTS) await departments.upsert(department);
  const people = new PeopleRepository(site);
  for (const person of DEMO_PEOPLE) await people.upsert(person);
  return { sp, site, emulator, close: () => emulator.close() };
}

/** A request as an ordinary member sends it with a script, straight to SharePoint's REST API. */
export async function asPerson(
  emulator: RunningEmulator,
  email: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Readonly<Record<string, string>> = {},
): Promise<{ status: number; json: unknown }> {
  const auth = { 'X-Kvalita-Emulator-User': email, Accept: 'application/json;odata=nometadata' };
  const info = await fetch(`${emulator.siteUrl}/_api/contextinfo`, { method: 'POST', headers: auth });
  const { FormDigestValue } = (await info.json()) as { FormDigestValue: string };
  const reply = await fetch(`${emulator.siteUrl}/_api/${path}`, {
    method,
    headers: {
      ...auth,
      'X-RequestDigest': FormDigestValue,
      'Content-Type': 'application/json;odata=nometadata',
      ...(method === 'GET' || method === 'POST' ? {} : { 'If-Match': '*' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await reply.text();
  let json: unknown = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: reply.status, json };
}
