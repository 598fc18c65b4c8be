import type { MessageKey, MessageParams, ServiceErrorCode } from '@kvalita/core';

/**
 * The catalogue of errors the API answers with: every code of the contract's error body, its HTTP
 * status and its message in the cs/en catalogues.
 */
export const API_ERRORS = {
  badRequest: { status: 400, message: 'error.badRequest' },
  unauthorized: { status: 401, message: 'error.unauthorized' },
  forbidden: { status: 403, message: 'error.forbidden' },
  notFound: { status: 404, message: 'error.notFound' },
  conflict: { status: 409, message: 'error.conflict' },
  payloadTooLarge: { status: 413, message: 'error.badRequest' },
  internal: { status: 500, message: 'error.internal' },
} as const satisfies Record<ServiceErrorCode, { status: number; message: MessageKey }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

export class ApiError extends Error {
  readonly status: number;
  readonly messageKey: MessageKey;

  constructor(
    readonly code: ApiErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = 'ApiError';
    this.status = API_ERRORS[code].status;
    this.messageKey = API_ERRORS[code].message;
  }
}
