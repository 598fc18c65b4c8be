import type { ErrorReason } from '@kvalita/core';
import type { ApiErrorCode } from './api.types';

/**
 * A failed API call. `message` is the service's own text, already in the user's language, or empty
 * when the service could not be reached or answered something unreadable: the UI then shows a
 * catalogue text chosen by `code`.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly status: number | null,
    message = '',
    /** The service's precise sentence, as a catalogue key and values (see ErrorReply). */
    readonly reason: ErrorReason | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
