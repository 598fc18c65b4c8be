import { translate } from '@kvalita/core';
import type { ErrorRequestHandler } from 'express';
import { ApiError } from '../api/api-error';
import { localeFromAcceptLanguage } from '../api/locale';

interface BodyParserError {
  type?: string;
  status?: number;
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const parserError = error as BodyParserError;
  if (parserError.type === 'entity.parse.failed')
    return new ApiError('badRequest', { details: 'malformed JSON' });
  if (parserError.type === 'entity.too.large')
    return new ApiError('payloadTooLarge', { details: 'body too large' });
  if (parserError.status === 400 || parserError.status === 415) {
    return new ApiError('badRequest', { details: parserError.type ?? 'unreadable body' });
  }
  return new ApiError('internal');
}

/** Every failure becomes `{ error: { code, message } }` in the caller's language; internals are only logged. */
export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const apiError = toApiError(error);
    if (apiError.code === 'internal')
      log(`${req.method} ${req.path} failed: ${error instanceof Error ? error.stack : String(error)}`);
    const locale = localeFromAcceptLanguage(req.headers['accept-language']);
    res.status(apiError.status).json({
      error: { code: apiError.code, message: translate(locale, apiError.messageKey, apiError.params) },
    });
  };
}
