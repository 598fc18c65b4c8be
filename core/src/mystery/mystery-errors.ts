import { DomainError } from '../platform/errors';
import type { CampaignProblem, StartProblem } from './campaign-rules';
import type { PlanConflict } from './contract';
import type { MysteryRefusal } from './permissions';

/*
 * Mystery shopping's refusals, each with its sentence in the cs and en catalogues
 * (i18n/areas/mystery-rules.*.ts): the role matrix (403), a rule of the lifecycle or the schedule
 * (409), input that names what does not exist (400).
 */

export const MYSTERY_RULES = [
  'notInPreparation',
  'notRunning',
  'closed',
  'notNow',
  'checklistFrozen',
  'checklistSuperseded',
  'unanswered',
  'personalNames',
  'notCounted',
  'findingScope',
  'recorded',
] as const;
export type MysteryRule = (typeof MYSTERY_RULES)[number];

export const MYSTERY_INVALID = [
  'unknownChecklist',
  'unknownDepartment',
  'unknownPerson',
  'unknownDocument',
  'unknownEvaluation',
  'fileType',
  'fileTooLarge',
  'tooManyFiles',
] as const;
export type MysteryInvalid = (typeof MYSTERY_INVALID)[number];

/** The role matrix refuses (403). */
export class MysteryRefusedError extends DomainError {
  override readonly name = 'MysteryRefusedError';

  constructor(readonly reason: MysteryRefusal) {
    super('forbidden', { details: reason }, `mystery.refused.${reason}`);
  }
}

/** A rule refuses the step (409); params fill the sentence ({count}, {names}). */
export class MysteryRuleError extends DomainError {
  override readonly name = 'MysteryRuleError';

  constructor(
    readonly rule: MysteryRule,
    params: Readonly<Record<string, string | number>> = {},
  ) {
    super('conflict', { details: rule, ...params }, `mystery.rule.${rule}`);
  }
}

/** A campaign's draft does not hold together, or it cannot start yet (409). */
export class CampaignProblemError extends DomainError {
  override readonly name = 'CampaignProblemError';

  constructor(readonly problem: CampaignProblem | StartProblem) {
    super('conflict', { details: problem }, `mystery.campaign.${problem}`);
  }
}

/** A plan the schedule's rules refuse (409), naming the row of the request. */
export class PlanConflictError extends DomainError {
  override readonly name = 'PlanConflictError';

  constructor(
    readonly conflict: PlanConflict,
    readonly row: number,
  ) {
    super('conflict', { details: `plan ${row}: ${conflict}`, row: row + 1 }, `mystery.plan.${conflict}`);
  }
}

/** The request names what does not exist or a file the sheet does not take (400, 413, 415). */
export class MysteryInvalidError extends DomainError {
  override readonly name = 'MysteryInvalidError';

  constructor(
    readonly invalid: MysteryInvalid,
    details: string = invalid,
  ) {
    super(
      invalid === 'fileTooLarge'
        ? 'payloadTooLarge'
        : invalid === 'fileType'
          ? 'unsupportedMediaType'
          : 'badRequest',
      { details },
      `mystery.invalid.${invalid}`,
    );
  }
}
