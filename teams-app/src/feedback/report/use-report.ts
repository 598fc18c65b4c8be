import type { DevelopmentGoal, FeedbackReportReply, GoalRequest } from '@kvalita/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import type { GoalEditing } from './ReportPage.types';

export type ReportState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly reply: FeedbackReportReply };

export interface ReportDetail {
  readonly state: ReportState;
  readonly retry: () => void;
  readonly goals: readonly DevelopmentGoal[];
  readonly editing: GoalEditing | null;
  readonly setEditing: (editing: GoalEditing | null) => void;
  readonly busy: boolean;
  readonly problem: unknown;
  readonly saveGoal: (request: GoalRequest, goal: DevelopmentGoal | null) => Promise<void>;
  readonly removeGoal: (goal: DevelopmentGoal) => Promise<void>;
}

/** A released report and its development goals, added, edited and removed on the page. */
export function useReport(api: ApiClient, cycleId: number, subjectId: number): ReportDetail {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const [goals, setGoals] = useState<readonly DevelopmentGoal[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [editing, setEditing] = useState<GoalEditing | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.getFeedbackReport(cycleId, subjectId, controller.signal).then(
      (reply) => {
        if (controller.signal.aborted) return;
        setState({ status: 'ready', reply });
        setGoals(reply.goals);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, cycleId, subjectId, attempt]);

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }, []);
  const saveGoal = useCallback<ReportDetail['saveGoal']>(
    (request, goal) =>
      run(async () => {
        const reply =
          goal === null
            ? await api.addDevelopmentGoal(cycleId, subjectId, request)
            : await api.editDevelopmentGoal(cycleId, subjectId, goal.id, request);
        setGoals(reply.goals);
        setEditing(null);
      }),
    [api, cycleId, run, subjectId],
  );
  const removeGoal = useCallback<ReportDetail['removeGoal']>(
    (goal) =>
      run(async () => {
        const reply = await api.removeDevelopmentGoal(cycleId, subjectId, goal.id, goal.etag);
        setGoals(reply.goals);
      }),
    [api, cycleId, run, subjectId],
  );
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, retry, goals, editing, setEditing, busy, problem, saveGoal, removeGoal };
}
