import type { SubjectNominationsReply } from '@kvalita/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { isStale } from '../parts/is-stale';
import { changed, chosenOf, type ChosenRater } from './nomination-list';

export type NominationsState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly reply: SubjectNominationsReply };

/** What the page says after a step. */
export type NominationMessage =
  | { readonly kind: 'saved' | 'submitted' | 'approved' | 'stale' }
  | { readonly kind: 'error'; readonly error: unknown };

export interface Nominations {
  readonly state: NominationsState;
  readonly retry: () => void;
  /** The list as edited on the page. */
  readonly chosen: readonly ChosenRater[];
  readonly setChosen: (chosen: readonly ChosenRater[]) => void;
  readonly busy: boolean;
  readonly message: NominationMessage | null;
  /** Saves the list (if changed), then submits it to the manager or approves it. */
  readonly send: (step: 'save' | 'submit' | 'approve') => Promise<void>;
}

/**
 * A subject's nomination list: loaded, edited on the page, saved with its etag (PUT the whole
 * list), submitted by the subject or approved by the manager. A stale etag reloads the stored
 * list and keeps the edits on the page, and says so.
 */
export function useNominations(api: ApiClient, cycleId: number, subjectId: number): Nominations {
  const [state, setState] = useState<NominationsState>({ status: 'loading' });
  const [chosen, setChosen] = useState<readonly ChosenRater[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<NominationMessage | null>(null);
  const show = useCallback((reply: SubjectNominationsReply) => {
    setState({ status: 'ready', reply });
    setChosen(chosenOf(reply));
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    api.getSubjectNominations(cycleId, subjectId, controller.signal).then(
      (reply) => {
        if (!controller.signal.aborted) show(reply);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, cycleId, subjectId, attempt, show]);

  const send = useCallback<Nominations['send']>(
    async (step) => {
      if (state.status !== 'ready') return;
      setBusy(true);
      setMessage(null);
      try {
        let reply = state.reply;
        if (changed(reply, chosen)) {
          reply = await api.setNominations(cycleId, subjectId, {
            etag: reply.subject.etag,
            raters: chosen.map((rater) => ({ email: rater.person.email, group: rater.group })),
          });
          // Stored: a failed submit after it retries with this list's new etag.
          show(reply);
        }
        if (step === 'submit')
          reply = await api.submitNominations(cycleId, subjectId, { etag: reply.subject.etag });
        if (step === 'approve')
          reply = await api.approveNominations(cycleId, subjectId, { etag: reply.subject.etag });
        show(reply);
        setMessage({ kind: step === 'save' ? 'saved' : step === 'submit' ? 'submitted' : 'approved' });
      } catch (error) {
        if (!isStale(error)) return setMessage({ kind: 'error', error });
        // Someone changed the list meanwhile: the stored list comes back, the page keeps the edits.
        try {
          setState({ status: 'ready', reply: await api.getSubjectNominations(cycleId, subjectId) });
          setMessage({ kind: 'stale' });
        } catch (reloadError) {
          setMessage({ kind: 'error', error: reloadError });
        }
      } finally {
        setBusy(false);
      }
    },
    [api, chosen, cycleId, show, state, subjectId],
  );
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, retry, chosen, setChosen, busy, message, send };
}
