import type { MessageKey } from '../i18n/cs';
import type { MessageParams } from '../i18n/locale';
import type { ServiceErrorCode } from './contract';

/*
 * The catalogue of errors every feature's service may raise. Each code is stable (it is what the
 * API answers with in `{ error: { code, message } }` and what the tab reacts to) and has one
 * message in the cs and en catalogues. Services throw these and nothing else; how a code becomes
 * an HTTP status is decided in one place, the app service's error handler.
 */
export const DOMAIN_ERRORS = {
  /** The input breaks a rule; `details` names the field or rule. */
  badRequest: 'error.badRequest',
  /** No valid sign-in. */
  unauthorized: 'error.unauthorized',
  /** Signed in, but the person's role does not allow it. */
  forbidden: 'error.forbidden',
  notFound: 'error.notFound',
  /** Someone changed the item meanwhile (stale etag), or its state does not allow the step. */
  conflict: 'error.conflict',
  /** The request body is larger than the service accepts. */
  payloadTooLarge: 'error.badRequest',
  internal: 'error.internal',
} as const satisfies Record<ServiceErrorCode, MessageKey>;

/** The codes are the contract's error codes: one list, so the API and the tab cannot drift apart. */
export type DomainErrorCode = ServiceErrorCode;

export class DomainError extends Error {
  readonly messageKey: MessageKey;

  constructor(
    readonly code: DomainErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(params['details'] === undefined ? code : `${code}: ${String(params['details'])}`);
    this.name = 'DomainError';
    this.messageKey = DOMAIN_ERRORS[code];
  }
}

/** A write lost a race: the stored item changed since the caller read it (its etag is stale). */
export class StaleVersionError extends DomainError {
  override readonly name = 'StaleVersionError';

  constructor(details = 'the item was changed meanwhile; reload it') {
    super('conflict', { details });
  }
}

/** A unique key is already taken (a retry, a race, or a name in use). */
export class DuplicateKeyError extends DomainError {
  override readonly name = 'DuplicateKeyError';

  constructor(details: string) {
    super('conflict', { details });
  }
}

/**
 * A step a rule refuses in the item's present state (e.g. editing scores already submitted): a
 * conflict with a message of its own, so nobody reads it as a lost race and reloads in vain.
 */
export class RefusedByRuleError extends DomainError {
  override readonly name = 'RefusedByRuleError';
  override readonly messageKey: MessageKey;

  constructor(messageKey: MessageKey, details = String(messageKey)) {
    super('conflict', { details });
    this.messageKey = messageKey;
  }
}
