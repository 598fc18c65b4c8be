import type { DocumentDetailReply } from '@kvalita/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { isApiError } from '../../platform/api/api-error';

export type DocumentDetailState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly reply: DocumentDetailReply };

/** What came of a change: done, stale (reloaded; the dialog keeps what was typed) or failed. */
export interface ChangeOutcome {
  readonly kind: 'done' | 'stale' | 'failed';
  /** What the page now says about it. */
  readonly message: DetailMessage;
}

export type DetailMessage =
  | { readonly kind: 'saved' | 'stale' | 'acknowledged' | 'commentSent' }
  | { readonly kind: 'uploaded'; readonly name: string; readonly version: string }
  | { readonly kind: 'uploadStale' }
  | { readonly kind: 'error' | 'uploadFailed'; readonly error: unknown };

/** What the page says after a change: done, stale, failed (the defaults suit most steps). */
export interface ChangeMessages {
  readonly done?: (reply: DocumentDetailReply) => DetailMessage;
  readonly stale?: DetailMessage;
  readonly failed?: (error: unknown) => DetailMessage;
}

export interface DocumentDetail {
  readonly state: DocumentDetailState;
  readonly retry: () => void;
  /**
   * Sends one change with the shown etag; the reply replaces the document on screen. A stale etag
   * reloads the document and says so.
   */
  readonly apply: (
    send: (etag: string) => Promise<DocumentDetailReply>,
    messages?: ChangeMessages,
  ) => Promise<ChangeOutcome>;
  readonly message: DetailMessage | null;
}

/** The service's sentences for a version that is no longer the one shown (a newer upload, a superseded version). */
const OUTDATED_VERSION = new Set(['documents.rule.staleVersion', 'documents.rule.supersededVersion']);

/**
 * A stale document: someone changed it since it was read (the service's 409 with its "stale"
 * sentence, or SharePoint's 412). Other conflicts are rules ("not possible now").
 */
export function isStaleDocument(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.status === 412) return true;
  return error.code === 'conflict' && (error.reason === null || error.reason.key === 'error.stale');
}

/** The step named a version that is no longer the one in question: the page reloads and says why. */
function isOutdatedVersion(error: unknown): boolean {
  return isApiError(error) && error.reason !== null && OUTDATED_VERSION.has(error.reason.key);
}

/** A document's detail and the changes made to it from its page. */
export function useDocumentDetail(api: ApiClient, id: number): DocumentDetail {
  const [state, setState] = useState<DocumentDetailState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<DetailMessage | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.getDocument(id, controller.signal).then(
      (reply) => {
        if (!controller.signal.aborted) setState({ status: 'ready', reply });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, id, attempt]);

  const apply = useCallback<DocumentDetail['apply']>(
    async (send, messages = {}) => {
      const say = (kind: ChangeOutcome['kind'], said: DetailMessage): ChangeOutcome => {
        setMessage(said);
        return { kind, message: said };
      };
      if (state.status !== 'ready') return { kind: 'failed', message: { kind: 'stale' } };
      try {
        const reply = await send(state.reply.document.etag);
        setState({ status: 'ready', reply });
        return say('done', messages.done?.(reply) ?? { kind: 'saved' });
      } catch (error) {
        const outdated = isOutdatedVersion(error);
        if (!isStaleDocument(error) && !outdated)
          return say('failed', messages.failed?.(error) ?? { kind: 'error', error });
        try {
          setState({ status: 'ready', reply: await api.getDocument(id) });
        } catch (reloadError) {
          return say('failed', { kind: 'error', error: reloadError });
        }
        // An outdated version has the service's own sentence (which version, what to read).
        return say('stale', outdated ? { kind: 'error', error } : (messages.stale ?? { kind: 'stale' }));
      }
    },
    [api, id, state],
  );
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, retry, apply, message };
}
