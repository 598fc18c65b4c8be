import type { PublishReply } from '@kvalita/core';
import { useRef, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { isApiError } from '../../platform/api/api-error';

export type PublishState =
  | { readonly status: 'idle' | 'busy' }
  | { readonly status: 'done'; readonly reply: PublishReply }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * Publishing, once per publication asked for. Each click has its own request id, except the
 * second click of a double click and a retry after an answer that never came (or a failure of
 * the service's own): they send the id before, so the service answers the publication already
 * made instead of making another. A click while one is on its way sends nothing.
 */
export function usePublish(api: ApiClient, onPublished: () => void) {
  const [state, setState] = useState<PublishState>({ status: 'idle' });
  const requestId = useRef<string | null>(null);
  const unanswered = useRef(false);
  const running = useRef(false);
  /** `again`: the click is the second of a double click. */
  const publish = async (again: boolean) => {
    if (running.current) return;
    running.current = true;
    if (requestId.current === null || !(again || unanswered.current)) requestId.current = crypto.randomUUID();
    setState({ status: 'busy' });
    try {
      const reply = await api.publishOpenData({ requestId: requestId.current });
      unanswered.current = false;
      setState({ status: 'done', reply });
      onPublished();
    } catch (error) {
      // A refusal (4xx) made nothing; otherwise the publication may have been made.
      unanswered.current = !(isApiError(error) && error.status !== null && error.status < 500);
      setState({ status: 'failed', error });
    } finally {
      running.current = false;
    }
  };
  return { state, publish };
}
