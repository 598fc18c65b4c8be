import type { PeopleRepository } from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import { Router } from 'express';
import type { Authenticator } from '../auth/identity';

/** What the survey API (authoring, preview, results, export, CAF evidence) needs from the service. */
export interface SurveyApiDeps {
  readonly sp: SPFI;
  readonly people: PeopleRepository;
  readonly authenticator: Authenticator;
  readonly now: () => Date;
  /** Minimum group size for results (default 5, never below 3). */
  readonly groupThreshold: number;
  /** Minimum respondents of a wave before its text answers are shown (default 10). */
  readonly textThreshold: number;
  readonly log: (line: string) => void;
}

/** Mounted at /api/surveys. */
export function surveyApiRouter(_deps: SurveyApiDeps): Router {
  return Router();
}
