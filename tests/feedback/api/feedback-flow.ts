import { expect } from '@jest/globals';
import {
  DEFAULT_CYCLE_THRESHOLDS,
  DEFAULT_NOMINATION_RULES,
  STAFF_MODEL,
  behaviourKeys,
  type CompetencyModelReply,
  type CycleSubjectsReply,
  type FeedbackCycleDraft,
  type FeedbackCycleReply,
  type SubjectNominationsReply,
} from '@kvalita/core';
import { callFeedback, type FeedbackTestApp } from './feedback-test-app';

/** Steps of a 360 cycle over HTTP, each checked to succeed, for the tests that need a cycle in a phase. */

export const COORDINATOR = 'jana.novakova';
export const at = (local: string) => `${local}@lipova.example`;

export function cycleDraft(modelId: number, changes: Partial<FeedbackCycleDraft> = {}): FeedbackCycleDraft {
  return {
    name: 'Zpětná vazba 360° 2027',
    modelId,
    subjectEmails: [],
    departmentCodes: ['OSV'],
    nominationDeadline: '2027-02-15',
    approvalDeadline: '2027-02-22',
    ratingDeadline: '2027-03-15',
    rules: DEFAULT_NOMINATION_RULES,
    thresholds: DEFAULT_CYCLE_THRESHOLDS,
    ...changes,
  };
}

export async function createdModel(app: FeedbackTestApp, who = COORDINATOR) {
  const reply = await callFeedback<CompetencyModelReply>(app, 'POST', '/models', who, { draft: STAFF_MODEL });
  expect(reply.status).toBe(201);
  return reply.body.model;
}

export async function createdCycle(app: FeedbackTestApp, changes: Partial<FeedbackCycleDraft> = {}) {
  const model = await createdModel(app);
  const reply = await callFeedback<FeedbackCycleReply>(app, 'POST', '/cycles', COORDINATOR, {
    draft: cycleDraft(model.id, changes),
  });
  expect(reply.status).toBe(201);
  return { model, cycle: reply.body.cycle };
}

export async function advance(app: FeedbackTestApp, cycleId: number, etag: string, to: string) {
  const reply = await callFeedback<FeedbackCycleReply>(
    app,
    'POST',
    `/cycles/${cycleId}/advance`,
    COORDINATOR,
    {
      etag,
      to,
      ...(to === 'released' ? { developmentOnlyConfirmed: true } : {}),
    },
  );
  expect([reply.status, reply.body.error]).toEqual([200, undefined]);
  return reply.body.cycle;
}

export async function subjectId(app: FeedbackTestApp, cycleId: number, local: string): Promise<number> {
  const reply = await callFeedback<CycleSubjectsReply>(
    app,
    'GET',
    `/cycles/${cycleId}/subjects?email=${encodeURIComponent(at(local))}`,
    COORDINATOR,
  );
  const id = reply.body.items[0]?.subject.id;
  if (id === undefined) throw new Error(`${local} is no subject`);
  return id;
}

/** A cycle in rating where Marie's peers (Karel, Hana, Ondřej, Petra) and Jiří as other were approved by Lucie. */
export async function ratingCycle(app: FeedbackTestApp) {
  const { model, cycle } = await createdCycle(app);
  const started = await advance(app, cycle.id, cycle.etag, 'nomination');
  const marie = await subjectId(app, cycle.id, 'marie.prochazkova');
  const path = `/cycles/${cycle.id}/subjects/${marie}`;
  const opened = await callFeedback<SubjectNominationsReply>(app, 'GET', path, 'marie.prochazkova');
  const set = await callFeedback<SubjectNominationsReply>(
    app,
    'PUT',
    `${path}/nominations`,
    'marie.prochazkova',
    {
      etag: opened.body.subject.etag,
      raters: [
        ...['karel.novy', 'hana.mala', 'ondrej.kral', 'petra.sedla'].map((local) => ({
          email: at(local),
          group: 'peer',
        })),
        { email: at('jiri.kucera'), group: 'other' },
      ],
    },
  );
  expect(set.status).toBe(200);
  const submitted = await callFeedback<SubjectNominationsReply>(
    app,
    'POST',
    `${path}/submit`,
    'marie.prochazkova',
    {
      etag: set.body.subject.etag,
    },
  );
  expect(submitted.status).toBe(200);
  const approved = await callFeedback<SubjectNominationsReply>(
    app,
    'POST',
    `${path}/approve`,
    'lucie.dvorakova',
    {
      etag: submitted.body.subject.etag,
    },
  );
  expect(approved.body.subject.nominationState).toBe('approved');
  const approval = await advance(app, cycle.id, started.etag, 'approval');
  const rating = await advance(app, cycle.id, approval.etag, 'rating');
  return { model, cycle: rating, marie };
}

export const ratingsOf = (point: number | null) =>
  Object.fromEntries(behaviourKeys(STAFF_MODEL).map((key) => [key, point]));
