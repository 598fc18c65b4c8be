import {
  CycleNameTakenError,
  DomainError,
  DuplicateKeyError,
  ServiceUnavailableError,
  StaleVersionError,
} from '@kvalita/core';
import {
  ConcurrencyConflictError,
  CycleAlreadyExistsError,
  DuplicateValueError,
  MemberSubmittedError,
  NotFoundError,
  ScoreExistsError,
  SealedValueError,
  ScoresSubmittedError,
  SubmitBusyError,
  ThrottledError,
} from '@kvalita/sharepoint';

/** When to try again if SharePoint gave no advice: the minute the chat's polite card speaks of. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

/**
 * SharePoint's typed errors in the domain's terms. This is the only place the app service looks at
 * SharePoint error classes: feature services see storage through their ports, wrapped by
 * `withDomainErrors`, and catch domain errors only.
 */
export function toDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  // Scoring rules storage enforces while it orders saves and submits: conflicts in words of their own.
  if (error instanceof ScoresSubmittedError)
    return new DomainError('conflict', { details: 'scores submitted' }, 'error.caf.scoresSubmitted');
  if (error instanceof MemberSubmittedError)
    return new DomainError('conflict', { details: 'member submitted' }, 'error.caf.memberSubmitted');
  if (error instanceof SubmitBusyError)
    return new DomainError('conflict', { details: 'scores kept changing' }, 'error.caf.submitBusy');
  if (error instanceof ScoreExistsError)
    return new DomainError(
      'conflict',
      { code: error.code, details: 'a saved draft exists; send its etag' },
      'error.caf.scoreSavedElsewhere',
    );
  if (error instanceof ConcurrencyConflictError) return new StaleVersionError();
  // Throttled beyond what one request waits (RetryThrottled): the caller is told when to come back.
  if (error instanceof ThrottledError)
    return new ServiceUnavailableError(
      error.retryAfterSeconds === null
        ? DEFAULT_RETRY_AFTER_SECONDS
        : Math.max(1, Math.ceil(error.retryAfterSeconds)),
    );
  if (error instanceof CycleAlreadyExistsError) return new CycleNameTakenError(error.existingName);
  if (error instanceof DuplicateValueError) return new DuplicateKeyError(error.message);
  if (error instanceof NotFoundError) return new DomainError('notFound');
  // A sealed answer that does not open: another key (the secret changed) or a row altered in SharePoint.
  if (error instanceof SealedValueError)
    return new DomainError('internal', { details: error.message }, 'error.sealedAnswer');
  // Storage refuses values it cannot hold (an unknown department code, a malformed key).
  if (error instanceof RangeError) return new DomainError('badRequest', { details: error.message });
  return error;
}

/** True when storage refused for now (SharePoint throttling): nothing was done, a later try may pass. */
export function isUnavailable(error: unknown): boolean {
  const translated = toDomainError(error);
  return translated instanceof DomainError && translated.code === 'unavailable';
}

/**
 * A storage port whose every method reports failures as domain errors, so the same translation
 * holds for every feature without a try/catch in any service.
 */
export function withDomainErrors<T extends object>(port: T): T {
  return new Proxy(port, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const result: unknown = Reflect.apply(value, target, args);
          if (result instanceof Promise)
            return result.catch((error: unknown) => {
              throw toDomainError(error);
            });
          // A paged read (an async generator): each page's failure in the domain's terms too.
          return isAsyncIterable(result) ? translatedPages(result) : result;
        } catch (error) {
          throw toDomainError(error);
        }
      };
    },
  });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

async function* translatedPages<T>(pages: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    for await (const page of pages) yield page;
  } catch (error) {
    throw toDomainError(error);
  }
}
