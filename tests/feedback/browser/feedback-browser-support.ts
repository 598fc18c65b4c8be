import { expect, it } from '@jest/globals';
import {
  MANAGERS_MODEL,
  behaviourKeys,
  type CompetencyModelReply,
  type CyclePhase,
  type FeedbackCycleReply,
  type RatingPoint,
} from '@kvalita/core';
import type { Page } from 'playwright-core';
import { settledAxeViolations } from '../../caf/caf-support';
import { openArea } from '../../support/tab-session';

/*
 * What the 360 browser tests share: the steps of one journey (a later step stops when an earlier
 * one failed), the way into the feedback area, axe on the page as it is, and the service's API as
 * a demo person for what the test sets up around the tab (a model, the phases nobody clicks
 * through in that test, the raters' answers that arrive from chat cards).
 */

export const DOMAIN = 'lipova.example';
export const email = (local: string) => `${local}@${DOMAIN}`;

/** The first step that failed: each step builds on the ones before, so the later ones stop at once. */
export function stepper(timeout: number) {
  let failedStep: string | undefined;
  return (name: string, body: () => Promise<void>): void => {
    it(
      name,
      async () => {
        if (failedStep !== undefined) throw new Error(`Not run: the step "${failedStep}" failed.`);
        try {
          await body();
        } catch (error) {
          failedStep = name;
          throw error;
        }
      },
      timeout,
    );
  };
}

/** Whether the page as it is now is axe-clean (asserted, so a violation names the step). */
export async function expectAxeClean(tab: Page): Promise<void> {
  expect(await settledAxeViolations(tab)).toEqual([]);
}

/** Opens 360° feedback, and one of its parts ('Cykly', 'Kompetenční modely' …) when given. */
export async function openFeedback(tab: Page, part?: string): Promise<void> {
  await openArea(tab, '360° zpětná vazba');
  if (part === undefined) {
    await tab.getByRole('heading', { level: 1, name: 'Moje zpětná vazba 360°' }).waitFor();
    return;
  }
  await tab
    .getByRole('navigation', { name: 'Části zpětné vazby 360°' })
    .getByRole('button', { name: part })
    .click();
}

/** One call to /api/feedback as a demo person; the reply's JSON, or a thrown error naming the status. */
export async function feedbackApi<T>(
  serviceUrl: string,
  local: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${serviceUrl}/api/feedback${path}`, {
    method,
    headers: {
      Authorization: `Demo ${email(local)}`,
      'Content-Type': 'application/json',
      'Accept-Language': 'en',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} as ${local}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** A model for the test, the demo office's managers' model under its own name. */
export async function createModel(serviceUrl: string, name: string): Promise<CompetencyModelReply> {
  return feedbackApi<CompetencyModelReply>(serviceUrl, 'jana.novakova', 'POST', '/models', {
    draft: { ...MANAGERS_MODEL, name },
  });
}

/** The coordinator moves the cycle on to `to`, one phase at a time, as the tab's button would. */
export async function advanceCycle(
  serviceUrl: string,
  cycleId: number,
  to: Exclude<CyclePhase, 'preparation'>,
) {
  const { cycle } = await feedbackApi<FeedbackCycleReply>(
    serviceUrl,
    'jana.novakova',
    'GET',
    `/cycles/${cycleId}`,
  );
  return feedbackApi<FeedbackCycleReply>(serviceUrl, 'jana.novakova', 'POST', `/cycles/${cycleId}/advance`, {
    etag: cycle.etag,
    to,
  });
}

/** A rater's answer as the chat card sends it: `point` for every behaviour, a comment on the first group. */
export async function rate(
  serviceUrl: string,
  rater: string,
  cycleId: number,
  subjectId: number,
  point: RatingPoint,
  comment: string,
): Promise<void> {
  const ratings = Object.fromEntries(behaviourKeys(MANAGERS_MODEL).map((key) => [key, point]));
  const firstGroup = MANAGERS_MODEL.groups[0]?.key ?? '';
  await feedbackApi(serviceUrl, rater, 'POST', `/cycles/${cycleId}/forms/${subjectId}`, {
    ratings,
    comments: { [firstGroup]: comment },
  });
}

/** Chooses a person in a people picker with the keyboard: part of the name, ↓, Enter. */
export async function pickPerson(tab: Page, label: string, part: string, name: string): Promise<void> {
  const field = tab.getByRole('combobox', { name: label });
  await field.focus();
  await tab.keyboard.type(part);
  await tab
    .getByRole('listbox', { name: label })
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .waitFor();
  await tab.keyboard.press('ArrowDown');
  await tab.keyboard.press('Enter');
}
