import type { MessageKey } from '../i18n/catalogues';
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

/** A CAF cycle's name is taken in the office (`existing` is how that cycle spells it). */
export class CycleNameTakenError extends DomainError {
  override readonly name = 'CycleNameTakenError';
  override readonly messageKey: MessageKey = 'error.caf.cycleNameTaken';

  constructor(readonly existing: string) {
    super('conflict', { existing, details: `a cycle named "${existing}" exists` });
  }
}

/**
 * A change of a CAF team that the person may not make, with the reason the message gives
 * (core `teamChangeRefusal`): 'leaderByQualityManager', 'noDepartment' or 'otherDepartment'.
 */
export class TeamChangeRefusedError extends DomainError {
  override readonly name = 'TeamChangeRefusedError';
  override readonly messageKey: MessageKey;

  constructor(
    readonly reason: 'leaderByQualityManager' | 'noDepartment' | 'otherDepartment',
    personName: string,
  ) {
    super('forbidden', { name: personName, details: reason });
    this.messageKey = `error.caf.${reason}`;
  }
}
