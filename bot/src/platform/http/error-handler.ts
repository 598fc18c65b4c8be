import {
  DOMAIN_ERRORS,
  DomainError,
  ServiceUnavailableError,
  translate,
  type DomainErrorCode,
  type ErrorReply,
} from '@kvalita/core';
import type { ErrorRequestHandler } from 'express';
import { toDomainError } from '../storage-errors';
import { localeFromAcceptLanguage } from './locale';

/** The one place where a domain error becomes an HTTP status. */
export const HTTP_STATUS: Readonly<Record<DomainErrorCode, number>> = {
  badRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  payloadTooLarge: 413,
  unsupportedMediaType: 415,
  internal: 500,
  unavailable: 503,
};

interface BodyParserError {
  type?: string;
  status?: number;
}

function domainErrorOf(error: unknown): DomainError {
  const translated = toDomainError(error);
  if (translated instanceof DomainError) return translated;
  const parserError = error as BodyParserError;
  if (parserError.type === 'entity.parse.failed')
    return new DomainError('badRequest', { details: 'malformed JSON' });
  if (parserError.type === 'entity.too.large')
    return new DomainError('payloadTooLarge', { details: 'body too large' });
  if (parserError.status === 400 || parserError.status === 415) {
    return new DomainError('badRequest', { details: parserError.type ?? 'unreadable body' });
  }
  return new DomainError('internal');
}

/**
 * Every failure becomes `{ error: { code, message, details? } }`: the message a whole sentence in
 * the caller's language, the service's English details beside it (never inside a Czech sentence);
 * internals are only logged.
 */
export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const domainError = domainErrorOf(error);
    if (domainError.code === 'internal')
      log(`${req.method} ${req.path} failed: ${error instanceof Error ? error.stack : String(error)}`);
    const locale = localeFromAcceptLanguage(req.headers['accept-language']);
    const { details, ...params } = domainError.params;
    const precise = domainError.messageKey !== DOMAIN_ERRORS[domainError.code];
    // RFC 9110: a 503 says when to try again; the tab and other clients wait that long. Persistent
    // throttling is worth an operator's eye too (a runaway job, too many instances); no stack.
    if (domainError instanceof ServiceUnavailableError) {
      log(`${req.method} ${req.path}: SharePoint throttling, answered 503`);
      res.setHeader('Retry-After', String(domainError.retryAfterSeconds));
    }
    res.status(HTTP_STATUS[domainError.code]).json({
      error: {
        code: domainError.code,
        message: translate(locale, domainError.messageKey, domainError.params),
        ...(details === undefined ? {} : { details: String(details) }),
        ...(precise
          ? { reason: { key: domainError.messageKey, ...(Object.keys(params).length > 0 ? { params } : {}) } }
          : {}),
      },
    } satisfies ErrorReply);
  };
}
