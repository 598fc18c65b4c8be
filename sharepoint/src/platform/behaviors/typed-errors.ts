import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { toSharePointError } from '../errors';

/**
 * What rejecting a request's promise takes. PnPjs's typings keep these protected; its own
 * RejectOnError behaviour uses exactly them.
 */
interface RejectingRequest {
  readonly InternalReject: symbol;
  readonly emit: Record<symbol, (error: unknown) => void>;
}

/**
 * Rejects every failed request with Kvalita's typed errors (ConcurrencyConflictError, NotFoundError,
 * DuplicateValueError, ThrottledError, else SharePointError with SharePoint's code and message)
 * instead of PnPjs's HttpRequestError, so no repository has to wrap its calls. It sits on the error
 * moment, which every request shares whatever parser it uses (an item update brings its own), and
 * which batched SPFIs and their parts inherit: each part of a $batch is rejected with its own typed
 * error. Errors that are not HTTP answers (e.g. RetryThrottled's ThrottledError) pass unchanged.
 *
 * It takes the place of PnPjs's RejectOnError, so add it after DefaultInit() or SPFx().
 */
export function TypedErrors(): TimelinePipe<Queryable> {
  return (instance) => {
    instance.on.error.replace(function (this: unknown, error: unknown) {
      const request = this as unknown as RejectingRequest;
      // Reading SharePoint's error body is asynchronous; the request's promise waits for it.
      void toSharePointError(error)
        .catch(() => error)
        .then((typed) => request.emit[request.InternalReject]?.(typed));
    });
    return instance;
  };
}
