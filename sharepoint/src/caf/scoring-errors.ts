/*
 * What the scoring rules refuse in storage's own words; the app service turns each into a domain
 * error with a message of its own (bot/src/platform/storage-errors.ts).
 */

/** The member's scores are submitted: nothing of theirs is written any more. */
export class ScoresSubmittedError extends Error {
  override readonly name = 'ScoresSubmittedError';
  constructor() {
    super('The scores were submitted and can no longer be changed');
  }
}

/**
 * A first save (no etag) of a subcriterion that has a saved draft: another device saved it, and a
 * save that names no version must not overwrite it.
 */
export class ScoreExistsError extends Error {
  override readonly name = 'ScoreExistsError';
  constructor(readonly code: string) {
    super(`${code} has a saved draft; a save without its etag would overwrite it`);
  }
}

/** A member who submitted stays on the team: their scores count in the self-assessment. */
export class MemberSubmittedError extends Error {
  override readonly name = 'MemberSubmittedError';
  constructor() {
    super('The member submitted their scores and cannot be removed from the team');
  }
}

/** Saves kept landing while the submit ran, more often than it tries: nothing was submitted. */
export class SubmitBusyError extends Error {
  override readonly name = 'SubmitBusyError';
  constructor() {
    super('Scores kept changing while they were being submitted');
  }
}
