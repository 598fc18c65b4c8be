import type { CriterionKind, ScoringMethod } from '@kvalita/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { isApiError } from '../../platform/api/api-error';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { checkScore } from './score-values';
import type { SaveState, ScoreEntry } from './scoring.types';

interface AutoSaveOptions {
  readonly api: ApiClient;
  readonly cycleId: number;
  readonly method: ScoringMethod;
  readonly kindOf: (code: string) => CriterionKind;
  readonly delayMs: number;
  /** Called with the service's new etag after each save. */
  readonly onSaved: (code: string, etag: string) => void;
}

/**
 * Debounced auto-save, one subcriterion at a time: after `delayMs` without typing the entry is PUT
 * with its last etag. Invalid scores are not sent. A 409 means someone (another device) changed it,
 * or the scores were submitted meanwhile: the member is told which, and nothing is overwritten.
 */
export function useAutoSave({ api, cycleId, method, kindOf, delayMs, onSaved }: AutoSaveOptions) {
  const { t } = useI18n();
  const [states, setStates] = useState<Readonly<Record<string, SaveState>>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const latest = useRef(new Map<string, ScoreEntry>());
  const setState = useCallback(
    (code: string, state: SaveState) => setStates((all) => ({ ...all, [code]: state })),
    [],
  );

  const save = useCallback(
    async (code: string) => {
      const entry = latest.current.get(code);
      if (entry === undefined) return;
      const { input } = checkScore(method, kindOf(code), entry.values);
      if (input === undefined) {
        setState(code, { kind: 'invalid' });
        return;
      }
      setState(code, { kind: 'saving' });
      try {
        const saved = await api.saveMyScore(cycleId, code, {
          input,
          strengths: entry.strengths,
          areasForImprovement: entry.areasForImprovement,
          improvementIdeas: entry.improvementIdeas,
          evidence: entry.evidence,
          etag: entry.etag,
        });
        // A newer edit made while saving keeps its own timer; only the etag moves on.
        latest.current.set(code, { ...(latest.current.get(code) ?? entry), etag: saved.etag });
        onSaved(code, saved.etag);
        if (!timers.current.has(code)) setState(code, { kind: 'saved' });
      } catch (error) {
        const message = errorText(error, t);
        if (isApiError(error) && error.code === 'conflict') {
          // A conflict is either a change made elsewhere (reload helps) or the submission (nothing
          // helps): the member is told which, as the service's own state says.
          const submitted = await api.getMyScores(cycleId).then(
            (mine) => mine.submitted,
            () => false,
          );
          setState(code, submitted ? { kind: 'submitted' } : { kind: 'conflict', message });
        } else setState(code, { kind: 'error', message });
      }
    },
    [api, cycleId, method, kindOf, onSaved, setState, t],
  );

  const schedule = useCallback(
    (code: string, entry: ScoreEntry) => {
      latest.current.set(code, entry);
      const existing = timers.current.get(code);
      if (existing !== undefined) clearTimeout(existing);
      setState(code, { kind: 'pending' });
      timers.current.set(
        code,
        setTimeout(() => {
          timers.current.delete(code);
          void save(code);
        }, delayMs),
      );
    },
    [delayMs, save, setState],
  );

  const retry = useCallback((code: string) => void save(code), [save]);

  /** Saves whatever is still waiting (before submitting or leaving). */
  const flush = useCallback(async () => {
    const waiting = [...timers.current.keys()];
    for (const code of waiting) {
      clearTimeout(timers.current.get(code));
      timers.current.delete(code);
    }
    await Promise.all(waiting.map((code) => save(code)));
  }, [save]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  return { states, schedule, retry, flush };
}
