import type { MessageKey } from '../i18n/catalogues';
import type { MessageParams } from '../i18n/locale';
import type { ServiceErrorCode } from './contract';
import type { MeasureRefusal } from '../measures/permissions';
import type { MeasureRuleRefusal } from '../measures/lifecycle';
import type { DocumentRefusal } from '../documents/permissions';
import type { DocumentRuleRefusal } from '../documents/lifecycle';
import type { AnonymousGroup } from '../feedback/contract';
import type { NominationProblem } from '../feedback/nomination-rules';
import type { FeedbackRefusal } from '../feedback/permissions';
import type { FeedbackInvalid, FeedbackRule } from '../feedback/service-rules';

/*
 * The catalogue of errors every feature's service may raise. Each code is stable (it is what the
 * API answers with in `{ error: { code, message, details? } }` and what the tab reacts to) and has
 * one message in the cs and en catalogues: a whole sentence in the caller's language, with no
 * placeholder, so the tab can show it for the code alone. What a service adds (`details`: the field
 * or rule, in English, for developers and logs) goes beside the message, never into it.
 */
export const DOMAIN_ERRORS = {
  /** The input is not valid; `details` names the field. */
  badRequest: 'error.badRequest',
  /** No valid sign-in. */
  unauthorized: 'error.unauthorized',
  /** Signed in, but the person's role does not allow it. */
  forbidden: 'error.forbidden',
  notFound: 'error.notFound',
  /** The item's state does not allow the step (a rule); a stale etag says so with its own message. */
  conflict: 'error.conflict',
  /** The request body is larger than the service accepts. */
  payloadTooLarge: 'error.payloadTooLarge',
  /** A file of a type the item does not take. */
  unsupportedMediaType: 'error.unsupportedMediaType',
  internal: 'error.internal',
  /** Storage refused for now (SharePoint throttling); nothing was done, the caller may try again later. */
  unavailable: 'error.unavailable',
} as const satisfies Record<ServiceErrorCode, MessageKey>;

/** The codes are the contract's error codes: one list, so the API and the tab cannot drift apart. */
export type DomainErrorCode = ServiceErrorCode;

export class DomainError extends Error {
  readonly messageKey: MessageKey;

  /** `messageKey`: a more precise sentence than the code's own (a stale version, a taken key). */
  constructor(
    readonly code: DomainErrorCode,
    readonly params: MessageParams = {},
    messageKey: MessageKey = DOMAIN_ERRORS[code],
  ) {
    super(params['details'] === undefined ? code : `${code}: ${String(params['details'])}`);
    this.name = 'DomainError';
    this.messageKey = messageKey;
  }
}

/** A write lost a race: the stored item changed since the caller read it (its etag is stale). */
export class StaleVersionError extends DomainError {
  override readonly name = 'StaleVersionError';

  constructor(details = 'the item was changed meanwhile; reload it') {
    super('conflict', { details }, 'error.stale');
  }
}

/**
 * SharePoint kept throttling (or was busy) beyond what one request waits: nothing was done.
 * `retryAfterSeconds` is when to try again (the API's Retry-After), SharePoint's advice if it gave one.
 */
export class ServiceUnavailableError extends DomainError {
  override readonly name = 'ServiceUnavailableError';

  constructor(readonly retryAfterSeconds: number) {
    super('unavailable', { details: `SharePoint is throttling; retry after ${retryAfterSeconds} s` });
  }
}

/** A unique key is already taken (a retry, a race, or a name in use). */
export class DuplicateKeyError extends DomainError {
  override readonly name = 'DuplicateKeyError';

  constructor(details: string) {
    super('conflict', { details }, 'error.duplicate');
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

/**
 * The measures' role matrix refuses the step (403), saying why in the caller's language (core
 * `actionRefusal`, `createRefusal`, `readRefusal`: 'hidden', 'createRole', 'runRole', …).
 */
export class MeasureRefusedError extends DomainError {
  override readonly name = 'MeasureRefusedError';
  override readonly messageKey: MessageKey;

  constructor(readonly reason: MeasureRefusal) {
    super('forbidden', { details: reason });
    this.messageKey = `measures.refused.${reason}`;
  }
}

/**
 * The measure's lifecycle refuses the step in its state (409), with the rule's sentence (core
 * `transitionRefusal` and the like): a step the status does not allow names the step.
 */
export class MeasureRuleError extends DomainError {
  override readonly name = 'MeasureRuleError';
  override readonly messageKey: MessageKey;

  constructor(readonly refusal: MeasureRuleRefusal) {
    super('conflict', { details: `${refusal.action}: ${refusal.kind}` });
    this.messageKey =
      refusal.kind === 'notInStatus'
        ? `measures.rule.notInStatus.${refusal.action}`
        : `measures.rule.${refusal.kind}`;
  }
}

/** A person or department a measure names is not in the office directory (400, with its own sentence). */
export class MeasureUnknownPartyError extends DomainError {
  override readonly name = 'MeasureUnknownPartyError';

  constructor(field: string, kind: 'person' | 'department') {
    super(
      'badRequest',
      { details: `${field}: no such ${kind} in the office directory` },
      kind === 'person' ? 'measures.invalid.unknownPerson' : 'measures.invalid.unknownDepartment',
    );
  }
}

/**
 * The controlled documents' role matrix refuses the step (403), saying why in the caller's language
 * (core documents/permissions.ts: 'hidden', 'approverRole', 'selfApproval', …).
 */
export class DocumentRefusedError extends DomainError {
  override readonly name = 'DocumentRefusedError';
  override readonly messageKey: MessageKey;

  constructor(readonly reason: DocumentRefusal) {
    super('forbidden', { details: reason });
    this.messageKey = `documents.refused.${reason}`;
  }
}

/**
 * A controlled document's lifecycle refuses the step in its state (409), with the rule's sentence
 * (core documents/lifecycle.ts): a step the state does not allow names the step; a stale draft
 * (approving 0.2 after 0.3 was uploaded) and a superseded version say so.
 */
export class DocumentRuleError extends DomainError {
  override readonly name = 'DocumentRuleError';
  override readonly messageKey: MessageKey;

  constructor(readonly refusal: DocumentRuleRefusal) {
    super('conflict', { details: `${refusal.action}: ${refusal.kind}` });
    this.messageKey =
      refusal.kind === 'notInState'
        ? `documents.rule.notInState.${refusal.action}`
        : `documents.rule.${refusal.kind}`;
  }
}

/** A person or department a document names is not in the office directory (400, with its own sentence). */
export class DocumentUnknownPartyError extends DomainError {
  override readonly name = 'DocumentUnknownPartyError';

  constructor(field: string, kind: 'person' | 'department') {
    super(
      'badRequest',
      { details: `${field}: no such ${kind} in the office directory` },
      kind === 'person' ? 'documents.invalid.unknownPerson' : 'documents.invalid.unknownDepartment',
    );
  }
}

/**
 * A file upload the service refuses before (or while) reading it: no declared length (400), larger
 * than SharePoint takes (413), a type the document does not take (415), or a body that ended before
 * (or ran past) its declared length (400: nothing was stored).
 */
export class DocumentFileError extends DomainError {
  override readonly name = 'DocumentFileError';

  constructor(
    readonly problem: 'lengthRequired' | 'tooLarge' | 'wrongType' | 'incomplete' | 'empty',
    details: string,
  ) {
    super(
      problem === 'tooLarge'
        ? 'payloadTooLarge'
        : problem === 'wrongType'
          ? 'unsupportedMediaType'
          : 'badRequest',
      { details },
      `documents.file.${problem}`,
    );
  }
}

/** A document's code is taken by another document (409). */
export class DocumentCodeTakenError extends DomainError {
  override readonly name = 'DocumentCodeTakenError';

  constructor(readonly documentCode: string) {
    super(
      'conflict',
      { details: `a document with the code ${documentCode} exists` },
      'documents.invalid.codeTaken',
    );
  }
}

/**
 * 360 feedback's role matrix refuses the step (403), saying why in the caller's language (core
 * feedback/permissions.ts: 'notCoordinator', 'notReportReader', 'notReleased', …).
 */
export class FeedbackRefusedError extends DomainError {
  override readonly name = 'FeedbackRefusedError';
  override readonly messageKey: MessageKey;

  constructor(readonly reason: FeedbackRefusal) {
    super('forbidden', { details: reason });
    this.messageKey = `feedback.refused.${reason}`;
  }
}

/** A rule of a 360 cycle's phases, answers or nominations refuses the step (409), with its sentence. */
export class FeedbackRuleError extends DomainError {
  override readonly name = 'FeedbackRuleError';
  override readonly messageKey: MessageKey;

  constructor(
    readonly rule: FeedbackRule,
    details: string = rule,
  ) {
    super('conflict', { details });
    this.messageKey = `feedback.rule.${rule}`;
  }
}

/** 360 input that names what does not exist, or a file that cannot be read (400, with its sentence). */
export class FeedbackInvalidError extends DomainError {
  override readonly name = 'FeedbackInvalidError';
  override readonly messageKey: MessageKey;

  constructor(
    readonly kind: FeedbackInvalid,
    details: string,
  ) {
    super('badRequest', { details });
    this.messageKey = `feedback.invalid.${kind}`;
  }
}

/**
 * A list of raters breaks the cycle's nomination rules (409): the first problem says its sentence
 * (`name`: the rater's name, or the group's limits); every problem is in the details.
 */
export class FeedbackNominationError extends DomainError {
  override readonly name = 'FeedbackNominationError';
  override readonly messageKey: MessageKey;

  constructor(
    readonly problems: readonly NominationProblem[],
    params: { readonly name?: string; readonly min?: number; readonly max?: number },
  ) {
    super('conflict', {
      ...params,
      details: problems.map((problem) => `${problem.subjectOf}: ${problem.kind}`).join('; '),
    });
    const first = problems[0];
    this.messageKey =
      first === undefined
        ? 'feedback.rule.nominationState'
        : first.kind === 'belowMinimum' || first.kind === 'aboveMaximum'
          ? `feedback.nomination.${first.kind}.${first.subjectOf as AnonymousGroup}`
          : `feedback.nomination.${first.kind}`;
  }
}
